/**
 * Named fields people write in issue bodies and titles: `**Priority:** P0-CRITICAL`,
 * `Timeline - 12-24 hours`, a table row `| Estimate | 2h |`, or an issue form's `### Priority`
 * heading followed by its value. Pure and linear in the text: bodies are up to 64 KiB and are
 * read for every issue a sweep looks at.
 */

// Spaces that look like spaces (no-break, thin, ideographic…) are written by editors and by
// copy-paste from documents; zero-width characters are invisible. Both would make a name or a
// value differ from what the reader sees.
const ODD_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;

/**
 * The lines of a text as GitHub shows them, for reading fields: fenced code blocks and HTML
 * comments blanked (templates keep their instructions and examples there, and what is not
 * shown was not stated), odd spaces made plain. One entry per source line, so sections stay
 * where they were.
 */
export function visibleLines(text: string): string[] {
  const lines = text
    .replace(ODD_SPACES, ' ')
    .replace(ZERO_WIDTH, '')
    .split(/\r\n|\r|\n/);
  let fence: string | undefined;
  let comment = false;
  return lines.map((line) => {
    if (fence) {
      const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line);
      if (close && close[1]![0] === fence[0] && close[1]!.length >= fence.length) fence = undefined;
      return '';
    }
    let rest = line;
    let shown = '';
    // A comment may open and close several times on one line, or run over many lines; an
    // unclosed one hides the rest of the body, as it does on GitHub.
    while (rest) {
      if (comment) {
        const end = rest.indexOf('-->');
        if (end < 0) return shown;
        comment = false;
        rest = rest.slice(end + 3);
        continue;
      }
      const start = rest.indexOf('<!--');
      if (start < 0) break;
      shown += rest.slice(0, start);
      rest = rest.slice(start + 4);
      comment = true;
    }
    shown += rest;
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(shown);
    if (open && !comment) {
      fence = open[1];
      return '';
    }
    return shown;
  });
}

/** The cells of a table row (`| Priority | P1 |`), or undefined when the line is not one. */
export function tableCells(line: string): string[] | undefined {
  const trimmed = line.trim();
  if (!trimmed.startsWith('|')) return undefined;
  const cells = trimmed
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());
  return cells.length >= 2 ? cells : undefined;
}

// A name as written in a heading or a cell: emphasis, a trailing colon and decoration before
// it (issue forms' labels often start with an emoji: `### ⏱️ Estimated time`) are not part of it.
function plainName(text: string): string {
  return text
    .replace(/[*_`]/g, '')
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .replace(/\s*[:：]\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$/;

// A task-list item of an issue form's checkboxes, or of a template's "pick one" list.
const TASK = /^\s*(?:[-*+]|\d+[.)])\s+\[([ xX])\]\s*(.*)$/;

/**
 * The value of the first field named by one of `names` (case-insensitive) in `text`:
 * - `Name: value`, `**Name:** value`, `Name - value` (a dash with a space beside it, so
 *   `Priority-based routing` is prose), `Name：value` (full-width colon), in a list item or
 *   block quote;
 * - a table row (not the header) whose first cell is the name: `| **Name** | value |`;
 * - a heading `### Name` (an issue form's section), its value the first line under it; an issue
 *   form's `_No response_` is no value, and a list of checkboxes gives the ticked ones, joined by
 *   `, ` (none ticked: no value).
 * Fenced code and HTML comments are skipped. Undefined when no field has a value.
 */
export function fieldValue(text: string, names: string[]): string | undefined {
  const wanted = names.map((n) => n.toLowerCase());
  const line = new RegExp(
    `^[*_]*(?:${names.map(escape).join('|')})[*_]*\\s*(?:[:：]|[-–—](?=\\s)|(?<=\\s)[-–—])[*_]*\\s*(.*)$`,
    'i'
  );
  const lines = visibleLines(text);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const cells = tableCells(raw);
    if (cells) {
      // A header row names columns (`| Priority | Owner |`), and a row of more than two values is
      // a matrix (`| Priority | P0 | P1 | P2 |`): only a name and one value is a field.
      const header = DELIMITER_ROW.test(lines[i + 1] ?? '');
      const values = cells.slice(1).filter(Boolean);
      if (!header && values.length === 1 && wanted.includes(plainName(cells[0]!))) return values[0];
      continue;
    }
    const plain = raw
      .replace(/^[\s>]*/, '')
      .replace(/^(?:[-*+]|\d+[.)])\s+/, '')
      .replace(/\*\*|__/g, '')
      .trim();
    const heading = /^#{1,6}\s+(.+?)(?:\s+#+)?$/.exec(plain);
    if (heading) {
      if (!wanted.includes(plainName(heading[1]!))) continue;
      const value = sectionValue(lines, i + 1);
      if (value) return value;
      continue;
    }
    const field = line.exec(plain);
    if (field?.[1]?.trim()) return field[1].trim();
  }
  return undefined;
}

function sectionValue(lines: string[], from: number): string | undefined {
  for (let j = from; j < lines.length; j++) {
    const value = lines[j]!.replace(/^[\s>]*/, '').trim();
    if (!value) continue;
    if (/^#{1,6}\s/.test(value) || /^_no response_$/i.test(value)) return undefined;
    if (!TASK.test(value)) return value;
    const ticked: string[] = [];
    for (let k = j; k < lines.length; k++) {
      const task = TASK.exec(lines[k]!);
      if (!task) {
        if (lines[k]!.trim()) break;
        continue;
      }
      if (task[1] !== ' ' && task[2]!.trim()) ticked.push(task[2]!.trim());
    }
    return ticked.length ? ticked.join(', ') : undefined;
  }
  return undefined;
}
