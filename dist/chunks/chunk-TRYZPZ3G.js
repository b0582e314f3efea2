import { createRequire as __esCreateRequire } from 'node:module'; const require = __esCreateRequire(import.meta.url);

// src/labels/wants.ts
var ISSUE_ACTIONS = /* @__PURE__ */ new Set(["opened", "edited", "reopened"]);
var PULL_ACTIONS = /* @__PURE__ */ new Set(["opened", "edited", "synchronize", "reopened"]);
function configured(config) {
  return config.priority.enabled || config.rules.length > 0 || config.inherit.labels.length > 0;
}
function subject(ctx) {
  const { name, action } = ctx.event;
  const payload = ctx.event.payload;
  const issue = payload.issue?.number;
  const pull = payload.pull_request?.number;
  if (name === "issues" && ISSUE_ACTIONS.has(action ?? "") && typeof issue === "number") return issue;
  if ((name === "pull_request" || name === "pull_request_target") && PULL_ACTIONS.has(action ?? "") && typeof pull === "number")
    return pull;
  return void 0;
}
var wants = (ctx) => configured(ctx.config.labels) && subject(ctx) !== void 0;
function pushTouchesConfig(ctx) {
  const raw = ctx.event.payload.commits;
  const commits = Array.isArray(raw) ? raw : [];
  const path = ctx.configPath.replace(/^\.\//, "");
  return commits.some((c) => [c?.added, c?.modified].some((files) => Array.isArray(files) && files.includes(path)));
}
var wantsDefinitions = (ctx) => {
  if (ctx.config.labels.definitions.length === 0) return false;
  const { name } = ctx.event;
  if (name === "workflow_dispatch" || name === "schedule") return true;
  return name === "push" && pushTouchesConfig(ctx);
};

export {
  subject,
  wants,
  wantsDefinitions
};
