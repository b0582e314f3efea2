import { createRequire as __esCreateRequire } from 'node:module'; const require = __esCreateRequire(import.meta.url);
import {
  eventFileProblem
} from "./chunks/chunk-HJGBYMAW.js";
import {
  setFailed
} from "./chunks/chunk-VPHDQRYC.js";
import "./chunks/chunk-ICBU4LL7.js";

// src/index.ts
var problem = eventFileProblem(process.env);
if (problem) setFailed(problem);
else await (await import("./chunks/main-LJKL44TO.js")).run();
