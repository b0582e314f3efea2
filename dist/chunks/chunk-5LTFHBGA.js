import { createRequire as __esCreateRequire } from 'node:module'; const require = __esCreateRequire(import.meta.url);

// src/core/env.ts
import { readFileSync } from "node:fs";
var EnvironmentError = class extends Error {
  name = "EnvironmentError";
};
function readEventContext(env, readFile = (p) => readFileSync(p, "utf8")) {
  const name = env.GITHUB_EVENT_NAME;
  if (!name)
    throw new EnvironmentError(
      "GITHUB_EVENT_NAME is not set: run inside GitHub Actions, or use `epic-steward run --event-name`."
    );
  const path = env.GITHUB_EVENT_PATH;
  const payload = path ? readPayload(path, readFile) : {};
  const full = env.GITHUB_REPOSITORY ?? payload.repository?.full_name;
  const [owner, repo] = typeof full === "string" ? full.split("/") : [];
  if (!owner || !repo) throw new EnvironmentError("GITHUB_REPOSITORY is not set (expected owner/name).");
  const serverUrl = (env.GITHUB_SERVER_URL || "https://github.com").replace(/\/$/, "");
  const apiUrl = (env.GITHUB_API_URL || "https://api.github.com").replace(/\/$/, "");
  const runId = Number(env.GITHUB_RUN_ID);
  return {
    name,
    action: typeof payload.action === "string" ? payload.action : void 0,
    payload,
    repo: { owner, repo },
    ref: env.GITHUB_REF || void 0,
    sha: env.GITHUB_SHA || void 0,
    workspace: env.GITHUB_WORKSPACE || void 0,
    actor: env.GITHUB_ACTOR || void 0,
    runId: Number.isFinite(runId) && runId > 0 ? runId : void 0,
    serverUrl,
    apiUrl,
    graphqlUrl: (env.GITHUB_GRAPHQL_URL || `${apiUrl}/graphql`).replace(/\/$/, "")
  };
}
function readPayload(path, readFile) {
  let text;
  try {
    text = readFile(path);
  } catch (error) {
    throw new EnvironmentError(
      `cannot read the event payload at GITHUB_EVENT_PATH=${path}: ${error instanceof Error ? error.message : String(error)}`
    );
  }
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new EnvironmentError(
      `the event payload at ${path} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`
    );
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed))
    throw new EnvironmentError(`the event payload at ${path} is not a JSON object`);
  return parsed;
}
function eventFileProblem(env, readFile = (p) => readFileSync(p, "utf8")) {
  const path = env.GITHUB_EVENT_PATH;
  if (!path) return void 0;
  let text;
  try {
    text = readFile(path);
  } catch {
    return void 0;
  }
  try {
    JSON.parse(text);
    return void 0;
  } catch (error) {
    return `the event payload at ${path} is not valid JSON: ${error.message}`;
  }
}
function pinnedClock(iso) {
  if (!iso) throw new EnvironmentError("--now: expected an ISO date-time, e.g. 2025-01-11T09:00:00Z");
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) throw new EnvironmentError(`--now ${iso}: not an ISO date-time`);
  return () => new Date(at);
}

export {
  readEventContext,
  eventFileProblem,
  pinnedClock
};
