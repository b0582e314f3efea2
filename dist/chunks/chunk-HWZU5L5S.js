import { createRequire as __esCreateRequire } from 'node:module'; const require = __esCreateRequire(import.meta.url);

// src/github/port.ts
function httpStatus(error) {
  if (error && typeof error === "object" && "status" in error) {
    const status = error.status;
    return typeof status === "number" ? status : void 0;
  }
  return void 0;
}

export {
  httpStatus
};
