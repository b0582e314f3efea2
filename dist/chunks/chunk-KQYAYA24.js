import { createRequire as __esCreateRequire } from 'node:module'; const require = __esCreateRequire(import.meta.url);

// src/gates/wants.ts
var EVENTS = /* @__PURE__ */ new Set([
  "push",
  "pull_request",
  "pull_request_target",
  "schedule",
  "workflow_dispatch",
  "workflow_run"
]);
var wants = (ctx) => ctx.config.gates.items.length > 0 && EVENTS.has(ctx.event.name);

export {
  wants
};
