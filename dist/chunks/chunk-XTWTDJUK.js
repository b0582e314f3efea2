
// src/labels/wants.ts
var ISSUE_ACTIONS = /* @__PURE__ */ new Set(["opened", "edited", "reopened"]);
var PULL_ACTIONS = /* @__PURE__ */ new Set(["opened", "edited", "synchronize", "reopened"]);
function configured(config) {
  return config.priority.enabled || config.rules.length > 0 || config.inherit.labels.length > 0;
}
function handles(event) {
  const { name, action } = event;
  if (name === "issues") return ISSUE_ACTIONS.has(action ?? "");
  return (name === "pull_request" || name === "pull_request_target") && PULL_ACTIONS.has(action ?? "");
}
function subject(ctx) {
  if (!handles(ctx.event)) return void 0;
  const payload = ctx.event.payload;
  const number = ctx.event.name === "issues" ? payload.issue?.number : payload.pull_request?.number;
  return typeof number === "number" ? number : void 0;
}
var wants = (ctx) => configured(ctx.config.labels) && subject(ctx) !== void 0;
function pushTouchesConfig(ctx) {
  const raw = ctx.event.payload.commits;
  const commits = Array.isArray(raw) ? raw : [];
  const path = ctx.configPath.replace(/^\.\//, "");
  return commits.some((c) => [c?.added, c?.modified].some((files) => Array.isArray(files) && files.includes(path)));
}
function handlesDefinitions(event) {
  return event.name === "workflow_dispatch" || event.name === "schedule" || event.name === "push";
}
var wantsDefinitions = (ctx) => {
  if (!handlesDefinitions(ctx.event) || ctx.config.labels.definitions.length === 0) return false;
  return ctx.event.name !== "push" || pushTouchesConfig(ctx);
};

export {
  handles,
  subject,
  wants,
  handlesDefinitions,
  wantsDefinitions
};
