import {
  pinnedClock,
  run
} from "./chunks/chunk-WPCOQF6E.js";
import "./chunks/chunk-YIBL4WD6.js";
import "./chunks/chunk-H4XTA2PO.js";
import {
  setFailed
} from "./chunks/chunk-DPO7T37N.js";
import "./chunks/chunk-XTWTDJUK.js";
import "./chunks/chunk-OMOOQ22A.js";
import "./chunks/chunk-ZASDCANV.js";
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
