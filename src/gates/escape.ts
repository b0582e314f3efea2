import { inert, inertCode } from '../core/escape';

/**
 * Escaping for text that comes from test reports (names, messages, file paths): reports are
 * written by whoever controls the tests, fork PRs included. Built on core/escape's `inert`
 * (no HTML, no links or images, no @mention pings); these helpers fit it to where the text goes.
 */

/** One table cell: inert, on one line, pipes escaped, cut to `max` characters. */
export function mdCell(text: string, max = 200): string {
  return inert(text, { max, refs: true });
}

/** Running markdown text on one line (a list item, a reason). */
export function mdText(text: string, max = 500): string {
  return inert(text, { max, refs: true });
}

/** A test's name for a list: class (or suite) as code, then the name. */
export function mdTest(t: { suite: string; classname: string; name: string }, max = 200): string {
  const owner = t.classname || t.suite;
  return `${owner ? `${inertCode(owner, 120)} › ` : ''}${inert(t.name, { max, refs: true })}`;
}

/**
 * Plain text for a check run annotation (GitHub shows it as text, not markdown): control
 * characters other than line breaks are removed and the length is capped.
 */
export function plainText(text: string, max: number): string {
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}
