/**
 * Where a comment comes from: a last line linking the workflow run and the check run that
 * wrote it. The line changes with every run, so it never counts as a change: bodies are
 * compared without it, and it is only refreshed when something else in the comment changes.
 */

const MARKER = '<!-- epic-steward:source -->';
const LINE = /\n*<!-- epic-steward:source -->[^\n]*/g;

export interface SourceLinks {
  run?: string;
  check?: string;
}

/** The body without its source line (and without any copied into it). */
export function stripSource(body: string): string {
  return body.replace(LINE, '');
}

/** `…/actions/runs/42`: the workflow run, from the standard environment. */
export function runUrl(
  serverUrl: string,
  repo: { owner: string; repo: string },
  runId: number | undefined
): string | undefined {
  return runId ? `${serverUrl.replace(/\/+$/, '')}/${repo.owner}/${repo.repo}/actions/runs/${runId}` : undefined;
}

/** The body with one source line at the end (none when there is nothing to link). */
export function withSource(body: string, links: SourceLinks): string {
  const parts = [links.run && `[workflow run](${links.run})`, links.check && `[check run](${links.check})`].filter(
    Boolean
  );
  const bare = stripSource(body);
  return parts.length ? `${bare}\n\n${MARKER}<sub>From ${parts.join(' · ')}</sub>` : bare;
}
