import { createRequire as __esCreateRequire } from 'node:module'; const require = __esCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-ILOYQ2KA.js";
import "./chunks/chunk-5LTFHBGA.js";
import "./chunks/chunk-OWTV6MXN.js";
import "./chunks/chunk-ICBU4LL7.js";

// src/index.ts
await run();
