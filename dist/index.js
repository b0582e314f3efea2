import { createRequire as __esCreateRequire } from 'node:module'; const require = __esCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-ZZTLQ62Y.js";
import "./chunks/chunk-L2JMSJTV.js";
import "./chunks/chunk-VPHDQRYC.js";
import "./chunks/chunk-ICBU4LL7.js";

// src/index.ts
await run();
