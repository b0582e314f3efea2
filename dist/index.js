import { createRequire as __esCreateRequire } from 'node:module'; const require = __esCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-QRT6RYMX.js";
import "./chunks/chunk-PR2TTXAS.js";
import "./chunks/chunk-VPHDQRYC.js";
import "./chunks/chunk-ICBU4LL7.js";

// src/index.ts
await run();
