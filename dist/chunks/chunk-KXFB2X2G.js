
// src/core/limits.ts
var LIMITS = {
  commentBody: 65536,
  issueBody: 65536,
  checkRunText: 65535,
  /** Job summary: 1 MiB per step (bytes, not characters). */
  jobSummaryBytes: 1048576
};
var LABEL_NAME = { type: "string", minLength: 1, maxLength: 50 };
function fitBytes(text, maxBytes, note = "\n\n_\u2026cut to fit GitHub's size limit._\n") {
  if (Buffer.byteLength(text) <= maxBytes) return text;
  const budget = maxBytes - Buffer.byteLength(note);
  let cut = Buffer.from(text).subarray(0, Math.max(0, budget)).toString("utf8");
  cut = cut.replace(/\uFFFD$/, "");
  const lastLine = cut.lastIndexOf("\n");
  return (lastLine > 0 ? cut.slice(0, lastLine) : cut) + note;
}

export {
  LIMITS,
  LABEL_NAME,
  fitBytes
};
