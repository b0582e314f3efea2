import { createRequire as __esCreateRequire } from 'node:module'; const require = __esCreateRequire(import.meta.url);
import {
  ConfigError,
  DEFAULT_CONFIG_PATH,
  EMPTY_OUTPUTS,
  anyFeatureHandles,
  workspaceConfigPath
} from "./chunk-NZQOPKRT.js";
import "./chunk-H4XTA2PO.js";
import {
  readEventContext
} from "./chunk-5LTFHBGA.js";
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
} from "./chunk-OWTV6MXN.js";
import "./chunk-XTWTDJUK.js";
import {
  IF_NO_REPORTS
} from "./chunk-OMOOQ22A.js";
import "./chunk-ZASDCANV.js";
import "./chunk-ICBU4LL7.js";

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
  for (const [output, value] of Object.entries(EMPTY_OUTPUTS)) setOutput(output, value);
  setOutput("dry-run", String(inputs.dryRun));
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
    const { runAction } = await import("./run-TNNK5HG4.js");
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
export {
  readInputs,
  run
};
