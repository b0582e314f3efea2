
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
  stripSource,
  runUrl,
  withSource
};
