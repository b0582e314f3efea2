import { createRequire as __esCreateRequire } from 'node:module'; const require = __esCreateRequire(import.meta.url);

// src/core/event.ts
function isMerged(pull) {
  return Boolean(pull && "merged" in pull && pull.merged === true);
}
function subIssuesTotal(issue) {
  const summary = "sub_issues_summary" in issue ? issue.sub_issues_summary : void 0;
  const total = summary && typeof summary === "object" && "total" in summary ? summary.total : void 0;
  return typeof total === "number" ? total : void 0;
}
function issueTypeName(issue) {
  const type = "type" in issue ? issue.type : void 0;
  const name = type && typeof type === "object" && "name" in type ? type.name : void 0;
  return typeof name === "string" ? name : void 0;
}

// src/epics/wants.ts
function triggerOf(event, config) {
  if (!config.enabled) return void 0;
  const enabled = (t) => config.triggers.includes(t) ? t : void 0;
  switch (event.name) {
    case "issues":
      if ((event.action === "typed" || event.action === "untyped") && config.types.length === 0) return void 0;
      return ["closed", "reopened", "edited", "labeled", "typed", "untyped"].includes(event.action ?? "") ? enabled(`issues.${event.action}`) : void 0;
    case "pull_request":
    case "pull_request_target":
      return event.action === "closed" && isMerged(event.payload.pull_request) ? enabled("pull_request.closed") : void 0;
    case "schedule":
    case "workflow_dispatch":
      return enabled(event.name);
    case "push":
    case "workflow_run":
      return "gates";
    default:
      return void 0;
  }
}
var wants = (ctx) => triggerOf(ctx.event, ctx.config.epics) !== void 0;

export {
  subIssuesTotal,
  issueTypeName,
  triggerOf,
  wants
};
