import {
  run
} from "./chunks/chunk-WPCOQF6E.js";
import "./chunks/chunk-YIBL4WD6.js";
import "./chunks/chunk-H4XTA2PO.js";
import "./chunks/chunk-DPO7T37N.js";
import "./chunks/chunk-XTWTDJUK.js";
import "./chunks/chunk-OMOOQ22A.js";
import "./chunks/chunk-ZASDCANV.js";
import "./chunks/chunk-ICBU4LL7.js";

// src/index.ts
await run();
