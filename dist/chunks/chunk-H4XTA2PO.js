
// src/escalations/wants.ts
var GATE_EVENTS = /* @__PURE__ */ new Set([
  "pull_request",
  "pull_request_target",
  "push",
  "workflow_run",
  "schedule",
  "workflow_dispatch"
]);
var PULL_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_target"]);
var ISSUE_ACTIONS = /* @__PURE__ */ new Set([
  "opened",
  "edited",
  "closed",
  "reopened",
  "labeled",
  "unlabeled",
  "assigned",
  "unassigned"
]);
function handles(event) {
  return GATE_EVENTS.has(event.name) || event.name === "issues" && ISSUE_ACTIONS.has(event.action ?? "");
}
function workOf(event, config) {
  const none = { thresholds: false, sweep: false, epics: false, report: false };
  if (!config.enabled || !handles(event)) return none;
  const scheduled = event.name === "schedule" || event.name === "workflow_dispatch";
  const issue = event.payload.issue;
  const pull = event.payload.pull_request;
  return {
    // Whether gates were measured is only known at run time (ctx.shared.gates).
    thresholds: config.threshold.enabled && GATE_EVENTS.has(event.name),
    sweep: scheduled && config.events.includes(event.name),
    issue: event.name === "issues" && config.events.includes("issues") && ISSUE_ACTIONS.has(event.action ?? "") && typeof issue?.number === "number" && !issue.pull_request && !closedUnescalated(event.action, issue.labels, config.label) ? issue.number : void 0,
    // A merged or closed pull request ends its escalations (a gate that failed on it no longer matters).
    ...PULL_EVENTS.has(event.name) && event.action === "closed" && typeof pull?.number === "number" && !closedUnescalated(event.action, pull.labels, config.label) ? { pull: { number: pull.number, merged: pull.merged === true } } : {},
    // Events on which an epic may complete; whether one did is known at run time (ctx.shared.epics).
    // (An issue event of another kind, e.g. `milestoned`, cannot complete one: nothing is loaded.)
    epics: event.name === "issues" && ISSUE_ACTIONS.has(event.action ?? "") || PULL_EVENTS.has(event.name) && event.action === "closed" || event.name === "push" || scheduled,
    report: scheduled && config.report.enabled && config.report.events.includes(event.name)
  };
}
function closedUnescalated(action, labels, label) {
  if (action !== "closed") return false;
  const list = Array.isArray(labels) ? labels : [];
  return !list.some(
    (l) => (typeof l === "string" ? l : l?.name)?.toLowerCase() === label.toLowerCase()
  );
}
var wants = (ctx) => {
  const work = workOf(ctx.event, ctx.config.escalations);
  return work.thresholds || work.sweep || work.issue !== void 0 || work.pull !== void 0 || work.epics || work.report;
};

export {
  handles,
  workOf,
  wants
};
