import { createRequire as __esCreateRequire } from 'node:module'; const require = __esCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-WCH6XF73.js";
import "./chunks/chunk-5LTFHBGA.js";
import "./chunks/chunk-VPHDQRYC.js";
import "./chunks/chunk-ICBU4LL7.js";

// src/index.ts
await run();
