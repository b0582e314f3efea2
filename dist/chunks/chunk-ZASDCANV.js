
// src/core/event.ts
function isMerged(pull) {
  return Boolean(pull && "merged" in pull && pull.merged === true);
}

// src/epics/wants.ts
var ISSUE_ACTIONS = /* @__PURE__ */ new Set(["closed", "reopened", "edited", "labeled", "typed", "untyped"]);
function handles(event) {
  switch (event.name) {
    case "issues":
      return ISSUE_ACTIONS.has(event.action ?? "");
    case "pull_request":
    case "pull_request_target":
      return event.action === "closed";
    case "schedule":
    case "workflow_dispatch":
    case "push":
    case "workflow_run":
      return true;
    default:
      return false;
  }
}
function triggerOf(event, config) {
  if (!config.enabled || !handles(event)) return void 0;
  const enabled = (t) => config.triggers.includes(t) ? t : void 0;
  switch (event.name) {
    case "issues":
      if ((event.action === "typed" || event.action === "untyped") && config.types.length === 0) return void 0;
      return enabled(`issues.${event.action}`);
    case "pull_request":
    case "pull_request_target":
      return isMerged(event.payload.pull_request) ? enabled("pull_request.closed") : void 0;
    case "schedule":
    case "workflow_dispatch":
      return enabled(event.name);
    default:
      return "gates";
  }
}
var wants = (ctx) => triggerOf(ctx.event, ctx.config.epics) !== void 0;

export {
  handles,
  triggerOf,
  wants
};
