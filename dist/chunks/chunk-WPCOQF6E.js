import {
  ConfigError,
  DEFAULT_CONFIG_PATH,
  EMPTY_OUTPUTS,
  anyFeatureHandles,
  workspaceConfigPath
} from "./chunk-YIBL4WD6.js";
import {
  core_exports,
  debug,
  endGroup,
  error,
  info,
  setFailed,
  setOutput,
  startGroup,
  summary,
  warning
} from "./chunk-DPO7T37N.js";
import {
  IF_NO_REPORTS
} from "./chunk-OMOOQ22A.js";

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
  } catch (error2) {
    throw new EnvironmentError(
      `cannot read the event payload at GITHUB_EVENT_PATH=${path}: ${error2 instanceof Error ? error2.message : String(error2)}`
    );
  }
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch (error2) {
    throw new EnvironmentError(
      `the event payload at ${path} is not valid JSON: ${error2 instanceof Error ? error2.message : String(error2)}`
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
  } catch (error2) {
    return `the event payload at ${path} is not valid JSON: ${error2.message}`;
  }
}
function pinnedClock(iso) {
  if (!iso) throw new EnvironmentError("--now: expected an ISO date-time, e.g. 2025-01-11T09:00:00Z");
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) throw new EnvironmentError(`--now ${iso}: not an ISO date-time`);
  return () => new Date(at);
}

// src/main.ts
import { statSync } from "node:fs";
function readInputs(actions = core_exports) {
  const maxWritesText = actions.getInput("max-writes") || "100";
  const maxWrites = Number(maxWritesText);
  if (!Number.isInteger(maxWrites) || maxWrites < 0) {
    throw new Error(`input max-writes: expected a whole number of writes (0 or more), got "${maxWritesText}"`);
  }
  const waitText = actions.getInput("rate-limit-wait") || "60";
  const rateLimitWait = Number(waitText);
  if (!Number.isInteger(rateLimitWait) || rateLimitWait < 0) {
    throw new Error(`input rate-limit-wait: expected a whole number of seconds (0 or more), got "${waitText}"`);
  }
  const dryRunText = actions.getInput("dry-run");
  const ifNoReports = actions.getInput("if-no-reports") || "fail";
  if (!IF_NO_REPORTS.includes(ifNoReports)) {
    throw new Error(`input if-no-reports: expected one of ${IF_NO_REPORTS.join(", ")}, got "${ifNoReports}"`);
  }
  const configInput = actions.getInput("config");
  return {
    token: actions.getInput("github-token") || process.env.GITHUB_TOKEN || "",
    configPath: configInput || DEFAULT_CONFIG_PATH,
    configRequired: Boolean(configInput),
    dryRun: dryRunText ? actions.getBooleanInput("dry-run") : false,
    maxWrites,
    rateLimitWait,
    ifNoReports
  };
}
var actionsLogger = {
  debug,
  info,
  warning,
  error,
  startGroup,
  endGroup
};
async function finishUnhandled(inputs, event) {
  if (anyFeatureHandles(event)) return false;
  if (inputs.configRequired && !isWorkspaceFile(inputs.configPath, event)) return false;
  const name = `${event.name}${event.action ? `.${event.action}` : ""}`;
  const line = `No feature handles \`${name}\`: the config (\`${inputs.configPath}\`) was not read; nothing to do.`;
  info(line.replace(/`/g, ""));
  const outputs = { ...EMPTY_OUTPUTS, "dry-run": String(inputs.dryRun) };
  for (const [output, value] of Object.entries(outputs)) setOutput(output, value);
  const repo = `${event.repo.owner}/${event.repo.repo}`;
  if (process.env.GITHUB_STEP_SUMMARY)
    await summary.addRaw(`## Epic Steward

**Event** \`${name}\` on \`${repo}\` \xB7 ${line}
`, true).write();
  return true;
}
function isWorkspaceFile(path, event) {
  const local = workspaceConfigPath(path, event);
  return local !== void 0 && (statSync(local, { throwIfNoEntry: false })?.isFile() ?? false);
}
async function run(now) {
  try {
    const inputs = readInputs();
    if (!inputs.token)
      throw new Error(
        "input github-token is empty: pass `github-token: ${{ github.token }}` (the default) or a token secret"
      );
    const event = readEventContext(process.env);
    if (await finishUnhandled(inputs, event)) return;
    const { runAction } = await import("./run-H44GY7UF.js");
    const outcome = await runAction(inputs, event, now, actionsLogger);
    for (const [name, value] of Object.entries(outcome.outputs)) setOutput(name, value);
    for (const warning2 of outcome.warnings) warning(warning2);
    if (process.env.GITHUB_STEP_SUMMARY) await summary.addRaw(outcome.summary, true).write();
    if (outcome.failure) setFailed(outcome.failure);
  } catch (error2) {
    for (const [name, value] of Object.entries(EMPTY_OUTPUTS)) setOutput(name, value);
    if (error2 instanceof Error && !(error2 instanceof ConfigError) && error2.stack) debug(error2.stack);
    setFailed(
      error2 instanceof ConfigError ? `Invalid config: ${error2.message}` : error2 instanceof Error ? error2.message : String(error2)
    );
  }
}

// src/start.ts
async function run2(now = () => /* @__PURE__ */ new Date()) {
  const problem = eventFileProblem(process.env);
  if (problem) setFailed(problem);
  else await run(now);
}

export {
  pinnedClock,
  run2 as run
};
