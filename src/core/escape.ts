/**
 * Makes text copied from issues, pull requests or test reports inert inside a markdown
 * comment: it cannot mention anyone, inject HTML, or render as a link or an image. Comments
 * the tool posts notify people; only mentions from the config may do so.
 */

const ZWJ = '\u200d';

export interface InertOptions {
  /** Also break `#123` and `owner/repo#123` so they do not cross-reference (default false). */
  refs?: boolean;
  /** Keep line breaks (default false: one line, for table cells and list items). */
  multiline?: boolean;
  /** Cut to this many characters (before escaping), ending with `…`. */
  max?: number;
}

/**
 * Inert markdown for untrusted text. HTML is entity-escaped (`<`, `>`, `&`); `@name` and
 * `@org/team` get a zero-width joiner after the `@` (still readable, no longer a mention);
 * link and image syntax (`[x](y)`, `![x](y)`, `[x][ref]`, autolinks, bare URLs) loses the
 * characters that make it active; emphasis and code markers are backslash-escaped so the
 * text reads as written.
 */
export function inert(text: string, options: InertOptions = {}): string {
  let out = text.replace(/\r\n?/g, '\n');
  if (options.max !== undefined && out.length > options.max) out = `${out.slice(0, options.max - 1)}…`;
  if (!options.multiline) out = out.replace(/\s*\n\s*/g, ' ');
  out = out.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  // Markdown punctuation that builds links, images, emphasis, code, tables and headings.
  out = out.replace(/[\\`*_[\]()!|~]/g, (c) => `\\${c}`);
  out = out.replace(/^(\s*)([#=+-]|\d+\.)/gm, (_, space: string, mark: string) => `${space}\\${mark}`);
  out = out.replace(/@(?=[A-Za-z0-9])/g, `@${ZWJ}`);
  // Bare URLs autolink in GFM (`www.`, `http://`, also e-mail): break the scheme and the dots.
  out = out.replace(/\b(https?|ftp|mailto)(:)/gi, `$1${ZWJ}$2`).replace(/\bwww\./gi, `www${ZWJ}.`);
  if (options.refs) out = out.replace(/#(?=\d)/g, `#${ZWJ}`);
  return out;
}

/**
 * Inert text inside an inline code span: the safest way to quote a value as it was written.
 * A code span shows `<` as is, so `<!--` gets a zero-width joiner: quoted text must never
 * carry a hidden marker into a comment of ours, whatever the quoting.
 */
export function inertCode(text: string, max = 200): string {
  let flat = text.replace(/\s*[\r\n]+\s*/g, ' ').replace(/<!/g, `<${ZWJ}!`);
  if (flat.length > max) flat = `${flat.slice(0, max - 1)}…`;
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** True when the text still holds something that could ping someone: a check for tests and guards. */
export function hasMention(text: string): boolean {
  return /(^|[^A-Za-z0-9`\\])@[A-Za-z0-9]/.test(text);
}

/**
 * Quotes a value copied from a body (`12-24 hours`): as code when it is plain words and
 * figures (reads as written), otherwise as inert text in quotes, so markup in it is neither
 * rendered nor shown as raw HTML.
 */
export function quote(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return /^[\w .,:;()\-–—~+/%#']*$/.test(flat) ? inertCode(flat, max) : `"${inert(flat, { max })}"`;
}
