
// src/core/port.ts
function httpStatus(error) {
  if (error && typeof error === "object" && "status" in error)
    return typeof error.status === "number" ? error.status : void 0;
  return void 0;
}

export {
  httpStatus
};
