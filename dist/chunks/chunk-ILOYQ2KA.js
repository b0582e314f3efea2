import { createRequire as __esCreateRequire } from 'node:module'; const require = __esCreateRequire(import.meta.url);
import {
  eventFileProblem
} from "./chunk-5LTFHBGA.js";
import {
  setFailed
} from "./chunk-OWTV6MXN.js";

// src/start.ts
async function run(now = () => /* @__PURE__ */ new Date()) {
  const problem = eventFileProblem(process.env);
  if (problem) setFailed(problem);
  else await (await import("./main-2XWBV6RV.js")).run(now);
}

export {
  run
};
