import { createRequire as __esCreateRequire } from 'node:module'; const require = __esCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-ILOYQ2KA.js";
import {
  pinnedClock
} from "./chunks/chunk-5LTFHBGA.js";
import {
  setFailed
} from "./chunks/chunk-OWTV6MXN.js";
import "./chunks/chunk-ICBU4LL7.js";

// src/replay.ts
var at = process.argv.indexOf("--now");
var clock;
try {
  clock = pinnedClock(at >= 0 ? process.argv[at + 1] : void 0);
} catch (error) {
  setFailed(error instanceof Error ? error.message : String(error));
}
if (clock) await run(clock);
