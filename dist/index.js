import {
  run
} from "./chunks/chunk-RKQJZL2V.js";
import "./chunks/chunk-S62MIRSD.js";
import "./chunks/chunk-H4XTA2PO.js";
import "./chunks/chunk-DPO7T37N.js";
import "./chunks/chunk-XTWTDJUK.js";
import "./chunks/chunk-OMOOQ22A.js";
import "./chunks/chunk-ZASDCANV.js";
import "./chunks/chunk-ICBU4LL7.js";

// src/index.ts
await run();
