/** GitHub's size limits that every rendering must respect (see shared/GITHUB-NOTES.md). */
export const LIMITS = {
  commentBody: 65_536,
  issueBody: 65_536,
  checkRunText: 65_535,
  /** Job summary: 1 MiB per step (bytes, not characters). */
  jobSummaryBytes: 1_048_576
} as const;

/**
 * A label name the config makes the action apply, as a schema fragment. GitHub refuses names over
 * 50 characters with 422 (and descriptions over 100); the limit is checked when the config is
 * read, not at the write.
 */
export const LABEL_NAME = { type: 'string', minLength: 1, maxLength: 50 } as const;

/**
 * Cuts markdown to at most `maxBytes` UTF-8 bytes at a line boundary, ending with `note`.
 * Callers put verdicts first, so what survives a cut is what matters most.
 */
export function fitBytes(text: string, maxBytes: number, note = "\n\n_…cut to fit GitHub's size limit._\n"): string {
  if (Buffer.byteLength(text) <= maxBytes) return text;
  const budget = maxBytes - Buffer.byteLength(note);
  let cut = Buffer.from(text).subarray(0, Math.max(0, budget)).toString('utf8');
  // A cut inside a multi-byte character leaves a replacement character: drop it.
  cut = cut.replace(/\uFFFD$/, '');
  const lastLine = cut.lastIndexOf('\n');
  return (lastLine > 0 ? cut.slice(0, lastLine) : cut) + note;
}
