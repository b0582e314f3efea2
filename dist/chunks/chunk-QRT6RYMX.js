import { createRequire as __esCreateRequire } from 'node:module'; const require = __esCreateRequire(import.meta.url);
import {
  eventFileProblem
} from "./chunk-PR2TTXAS.js";
import {
  setFailed
} from "./chunk-VPHDQRYC.js";

// src/start.ts
async function run(now = () => /* @__PURE__ */ new Date()) {
  const problem = eventFileProblem(process.env);
  if (problem) setFailed(problem);
  else await (await import("./main-ECFKN25N.js")).run(now);
}

export {
  run
};
