
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

// src/core/source.ts
var MARKER = "<!-- epic-steward:source -->";
var LINE = /\n*<!-- epic-steward:source -->[^\n]*/g;
function stripSource(body) {
  return body.replace(LINE, "");
}
function runUrl(serverUrl, repo, runId) {
  return runId ? `${serverUrl.replace(/\/+$/, "")}/${repo.owner}/${repo.repo}/actions/runs/${runId}` : void 0;
}
function withSource(body, links) {
  const parts = [links.run && `[workflow run](${links.run})`, links.check && `[check run](${links.check})`].filter(
    Boolean
  );
  const bare = stripSource(body);
  return parts.length ? `${bare}

${MARKER}<sub>From ${parts.join(" \xB7 ")}</sub>` : bare;
}

export {
  LIMITS,
  LABEL_NAME,
  fitBytes,
  stripSource,
  runUrl,
  withSource
};
