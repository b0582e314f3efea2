import type { Nodes, Paragraph, PhrasingContent, Root } from 'mdast';
import { fromMarkdown, type CompileContext, type Extension as MdastExtension } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { Token } from 'micromark-util-types';
import { refFromUrl, refsInText, type IssueRef, type RefContext } from './refs';

/** Hidden markers around the one block of the body the tool owns. */
export const BLOCK_START = '<!-- epic-steward:progress:start -->';
export const BLOCK_END = '<!-- epic-steward:progress:end -->';

/** A source range, in UTF-16 code units of the body string (what String.slice takes). */
export interface Range {
  start: number;
  end: number;
}

/** A task-list item as GitHub renders it (cmark-gfm rules), located exactly in the source. */
export interface TaskItem {
  /** Offset of the character between the brackets: ` `, `x` or `X`. */
  box: number;
  checked: boolean;
  /** The first reference in the item's own paragraph (not its nested items). */
  ref?: IssueRef;
  /** Plain text of the item's own paragraph, after the checkbox. */
  text: string;
  /** The nearest heading before the item ('' when none). */
  section: string;
  /** The paragraph's content after the checkbox, trimmed. */
  content: Range;
  /** Set when the whole content is one strikethrough: the range of it and its tilde count. */
  strike?: Range & { fence: number };
  /** 1-based line, for messages. */
  line: number;
}

export interface ParsedBody {
  tasks: TaskItem[];
  /** The tool's block, markers included, when present. */
  block?: Range;
  /** Why markers in the body make no block of the tool's (see findBlock). */
  blockProblem?: string;
}

// The offset of a task item's check value, recorded by the parser (recordBox) on the item's data.
declare module 'mdast' {
  interface Data {
    epicStewardBox?: number;
  }
}

// Records where the tokenizer saw the check value, so the offset is exact whatever the list
// marker, indentation, tabs, block quotes or line endings around it. `enter` is used because
// mdast-util-gfm already handles `exit` for these tokens (handlers of one kind replace each other).
function recordBox(this: CompileContext, token: Token): void {
  const item = this.stack[this.stack.length - 2] as Nodes | undefined;
  if (item?.type === 'listItem') item.data = { ...item.data, epicStewardBox: token.start.offset };
}

const boxRecorder: MdastExtension = {
  enter: { taskListCheckValueChecked: recordBox, taskListCheckValueUnchecked: recordBox }
};

// Built once: the extension objects are plain configuration, and building them per parse costs.
const syntax = [gfm()];
const builders = [gfmFromMarkdown(), boxRecorder];

/**
 * Markdown nested deeper than the parser's recursion can follow (thousands of `>` or list
 * levels): named plainly instead of the engine's "Maximum call stack size exceeded".
 */
export class MarkdownTooDeep extends Error {
  override name = 'MarkdownTooDeep';
  constructor() {
    super('the body nests block quotes or lists too deeply to be read as Markdown');
  }
}

const tooDeep = (error: unknown): unknown => (error instanceof RangeError ? new MarkdownTooDeep() : error);

/** Container markers (`>`, list bullets and numbers) allowed to open one line. */
export const MAX_NESTING = 100;

/**
 * The most container markers opening any one line (`> > - 1. x` has 4). The parser's cost grows
 * with the square of this nesting, so a 20,000-deep `- - - …` line (40 KB, within GitHub's body
 * limit) would take minutes: such a body is refused before parsing.
 */
export function deepestNesting(body: string): number {
  let deepest = 0;
  let i = 0;
  const n = body.length;
  while (i < n) {
    let depth = 0;
    for (;;) {
      while (i < n && (body[i] === ' ' || body[i] === '\t')) i++;
      const c = body[i];
      if (c === '>') {
        depth++;
        i++;
        continue;
      }
      const after = (j: number) =>
        j >= n || body[j] === ' ' || body[j] === '\t' || body[j] === '\n' || body[j] === '\r';
      if ((c === '-' || c === '*' || c === '+') && after(i + 1)) {
        depth++;
        i++;
        continue;
      }
      let j = i;
      while (j < n && j - i < 9 && body[j]! >= '0' && body[j]! <= '9') j++;
      if (j > i && (body[j] === '.' || body[j] === ')') && after(j + 1)) {
        depth++;
        i = j + 1;
        continue;
      }
      break;
    }
    if (depth > deepest) deepest = depth;
    const end = body.indexOf('\n', i);
    i = end === -1 ? n : end + 1;
  }
  return deepest;
}

const BOM = '\uFEFF';

/**
 * Emphasis and strikethrough delimiters (`*`, `_`, `~`) one paragraph may hold before they are
 * read as plain characters. Matching them costs the parser time growing with the square of
 * their number in a paragraph: a 64 KiB body of `*a*a*a…` took 16 s. Real paragraphs, task
 * items included, hold a few dozen.
 */
export const MAX_DELIMITERS = 400;
const INERT: Record<string, string> = { '*': '\u2217', _: '\uFF3F', '~': '\u223C' };
const CONTAINER = /^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)[ \t]*)?(?:\[[ xX]\][ \t])?/;

/**
 * The body with the delimiters of every over-full paragraph (a run of non-blank lines, each list
 * item and heading starting a new one) replaced by look-alike characters of the same length,
 * so offsets into it are offsets into the body. List markers and task boxes are kept.
 */
export function defuseEmphasis(body: string): string {
  const lines = body.split('\n');
  const out = [...lines];
  let start = 0;
  let count = 0;
  const close = (end: number) => {
    if (count > MAX_DELIMITERS) {
      for (let i = start; i < end; i++) {
        const keep = CONTAINER.exec(lines[i]!)?.[0].length ?? 0;
        out[i] = lines[i]!.slice(0, keep) + lines[i]!.slice(keep).replace(/[*_~]/g, (c) => INERT[c]!);
      }
    }
    start = end;
    count = 0;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const trimmed = line.replace(/^[ \t>]*/, '');
    if (trimmed.trim() === '' || /^(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/.test(trimmed) || trimmed.startsWith('#')) close(i);
    for (let j = 0; j < line.length; j++) if (line[j] === '*' || line[j] === '_' || line[j] === '~') count++;
  }
  close(lines.length);
  return out.join('\n');
}

/**
 * Parses markdown as GitHub does (GFM), with source positions. Offsets are into `body` as
 * given: micromark drops a leading byte order mark and counts from after it, so they are
 * moved back by one then (else every box offset misses its character and nothing ticks).
 */
export function parseMarkdown(body: string): Root {
  // One run reads the same epic body several times (finding, reading, planning, verifying):
  // parsed once, since a long body costs the parser a while. Trees are never changed by readers.
  const cached = parsed.get(body);
  if (cached) return cached;
  const tree = parseFresh(body);
  if (parsed.size >= PARSED_KEPT) parsed.delete(parsed.keys().next().value!);
  parsed.set(body, tree);
  return tree;
}

const PARSED_KEPT = 8;
const parsed = new Map<string, Root>();

/**
 * How much parsing a run did: Markdown trees built and task-list walks made. Read by the
 * parse-count test and the bench (each body is meant to be parsed and walked once per run).
 */
export const parseCounts = { trees: 0, walks: 0 };

function parseFresh(body: string): Root {
  parseCounts.trees += 1;
  if (deepestNesting(body) > MAX_NESTING) throw new MarkdownTooDeep();
  let tree: Root;
  try {
    tree = fromMarkdown(defuseEmphasis(body), { extensions: syntax, mdastExtensions: builders });
  } catch (error) {
    throw tooDeep(error);
  }
  if (body.startsWith(BOM) && (tree.position?.end.offset ?? 0) < body.length) shiftOffsets(tree, BOM.length);
  return tree;
}

function shiftOffsets(tree: Root, by: number): void {
  const stack: Nodes[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    const { start, end } = node.position ?? {};
    if (start?.offset !== undefined) start.offset += by;
    if (end?.offset !== undefined) end.offset += by;
    const data = node.data;
    if (data?.epicStewardBox !== undefined) data.epicStewardBox += by;
    if ('children' in node) stack.push(...(node.children as Nodes[]));
  }
}

/**
 * True when the last top-level block is code or HTML running to the end of the text: then
 * something appended might be swallowed by it (an unclosed fence or comment) and must be checked.
 */
export function endsInRawBlock(tree: Root, text: string): boolean {
  const last = tree.children[tree.children.length - 1];
  if (!last || (last.type !== 'code' && last.type !== 'html')) return false;
  return text.slice(last.position?.end.offset ?? 0).trim() === '';
}

/** Plain text of inline content; inline code keeps its text (people read it as part of the line). */
export function plainText(nodes: readonly PhrasingContent[]): string {
  let text = '';
  for (const node of nodes) {
    if (node.type === 'text' || node.type === 'inlineCode') text += node.value;
    else if (node.type === 'break') text += ' ';
    else if ('children' in node) text += plainText(node.children);
  }
  return text;
}

/** The first reference in inline content: link targets first, then the link's own text. */
export function firstRef(nodes: readonly PhrasingContent[], ctx: RefContext): IssueRef | undefined {
  for (const node of nodes) {
    if (node.type === 'text') {
      const found = refsInText(node.value, ctx)[0];
      if (found) return found.ref;
    } else if (node.type === 'link') {
      const ref = refFromUrl(node.url, ctx) ?? firstRef(node.children, ctx);
      if (ref) return ref;
    } else if (
      node.type === 'inlineCode' ||
      node.type === 'html' ||
      node.type === 'image' ||
      node.type === 'imageReference'
    ) {
      continue;
    } else if ('children' in node) {
      const ref = firstRef(node.children, ctx);
      if (ref) return ref;
    }
  }
  return undefined;
}

function headingText(node: Nodes): string {
  return 'children' in node
    ? plainText(node.children as PhrasingContent[])
        .replace(/\s+/g, ' ')
        .trim()
    : '';
}

/** Where the tool's block is, or why the markers in the body do not make one. */
export interface BlockSearch {
  block?: Range;
  /** Markers that do not pair up, or a pair with something else than the tool's lines between: the body is not the tool's to write. */
  problem?: string;
}

/**
 * The tool's block: exactly one start marker and one end marker after it, both as HTML blocks
 * at the top level (not in code), with only lines the tool writes between them. A stray marker
 * (someone cut the body short, or quoted a marker) must never make the tool replace a person's
 * text, so anything else is a problem to report, and the body is then left as it is.
 */
export function findBlock(tree: Root, body: string): BlockSearch {
  const starts: Nodes[] = [];
  const ends: Nodes[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'html') {
      if (node.value.includes(BLOCK_START)) starts.push(node);
      if (node.value.includes(BLOCK_END)) ends.push(node);
    }
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(tree);
  if (starts.length === 0 && ends.length === 0) return {};
  const markers = `the body holds ${starts.length} progress start marker(s) and ${ends.length} end marker(s)`;
  if (starts.length !== 1 || ends.length !== 1)
    return { problem: `${markers}, not one pair: the progress block is not written until a person fixes them` };
  const [start, end] = [starts[0]!, ends[0]!];
  const topLevel = tree.children.includes(start as never) && tree.children.includes(end as never);
  const from = start.position!.start.offset!;
  const to = end.position!.end.offset!;
  const text = body.slice(from, to).trim();
  if (
    !topLevel ||
    !text.startsWith(BLOCK_START) ||
    !text.endsWith(BLOCK_END) ||
    text.length < BLOCK_START.length + BLOCK_END.length
  ) {
    return {
      problem:
        'the progress markers are not a start marker followed by an end marker on their own lines: the progress block is not written until a person fixes them'
    };
  }
  const inner = text.slice(BLOCK_START.length, text.length - BLOCK_END.length);
  if (!isToolText(inner))
    return {
      problem:
        'the progress markers enclose text the tool did not write: the progress block is not written until a person moves that text out or removes the markers'
    };
  return { block: { start: from, end: to } };
}

/**
 * The lines `renderBlock` (block.ts) writes between the markers; a test renders blocks of every
 * shape and checks they pass, so a new kind of line must be added here too.
 */
const TOOL_LINES = [
  /^$/,
  /^\*\*Progress: [^\r\n*]*\*\*( · \d+\/\d+ linked issues done)?( `[█░]+`)?( ✅)?$/,
  /^\| [^\r\n]* \|$/,
  // The outlook line (forecast, target, verdict) and the link to the latest daily report.
  /^\*\*Forecast\*\* [^\r\n]*$/,
  /^\[daily report \d{4}-\d{2}-\d{2}\]\(https:\/\/[^\s)]+\)$/,
  /^\*\*(Not planned|Could not read|Sub-issues not in the checklist|Sub-issue limit):\*\* /,
  /^<sub>Updated [^<\r\n]* by Epic Steward<\/sub>$/,
  /^<!-- epic-steward:handoff[a-z ]* -->$/
];

export function isToolText(inner: string): boolean {
  return inner.split(/\r?\n/).every((line) => TOOL_LINES.some((re) => re.test(line.trim() === '' ? '' : line)));
}

/**
 * Every task item of an epic body, outside the tool's own block, with its section heading,
 * its first reference and the exact offset of its checkbox character. Code, HTML blocks and
 * tables hold no list items in the tree, so they contribute nothing.
 */
export function parseBody(body: string, ctx: RefContext, tree: Root = parseMarkdown(body)): ParsedBody {
  parseCounts.walks += 1;
  const { block, problem } = findBlock(tree, body);
  const inBlock = (offset: number) => block !== undefined && offset >= block.start && offset < block.end;
  const tasks: TaskItem[] = [];
  let section = '';
  const visit = (node: Nodes): void => {
    const offset = node.position?.start.offset ?? 0;
    if (node.type === 'heading' && !inBlock(offset)) section = headingText(node);
    if (node.type === 'listItem' && typeof node.checked === 'boolean' && !inBlock(offset)) {
      const box = node.data?.epicStewardBox;
      const paragraph = node.children.find((c): c is Paragraph => c.type === 'paragraph');
      if (box !== undefined && paragraph && body[box - 1] === '[' && body[box + 1] === ']') {
        tasks.push(taskOf(body, node.checked, box, paragraph, section, ctx, node.position?.start.line ?? 1));
      }
    }
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  try {
    visit(tree);
  } catch (error) {
    throw tooDeep(error);
  }
  return problem ? { tasks, block, blockProblem: problem } : { tasks, block };
}

function taskOf(
  body: string,
  checked: boolean,
  box: number,
  paragraph: Paragraph,
  section: string,
  ctx: RefContext,
  line: number
): TaskItem {
  const children = paragraph.children;
  let start = box + 2;
  let end = start;
  if (children.length > 0) {
    start = Math.max(start, children[0]!.position?.start.offset ?? start);
    end = children[children.length - 1]!.position?.end.offset ?? start;
  }
  while (start < end && /\s/.test(body[start]!)) start++;
  while (end > start && /\s/.test(body[end - 1]!)) end--;
  const task: TaskItem = {
    box,
    checked,
    text: plainText(children).replace(/\s+/g, ' ').trim(),
    section,
    content: { start, end },
    line
  };
  const ref = firstRef(children, ctx);
  if (ref) task.ref = ref;
  const only = children.length === 1 ? children[0] : undefined;
  if (only?.type === 'delete' && only.position) {
    const from = only.position.start.offset!;
    const to = only.position.end.offset!;
    const fence = /^~+/.exec(body.slice(from))?.[0].length ?? 0;
    if (fence > 0 && body.slice(to - fence, to) === '~'.repeat(fence)) task.strike = { start: from, end: to, fence };
  }
  return task;
}

/**
 * The prose of a markdown text: what people wrote outside code and HTML, one space between
 * nodes. Closing keywords and "Epic: #13" notes are read from this, never from code samples.
 */
export function proseOf(markdown: string): string {
  const parts: string[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'html') return;
    if (node.type === 'text') parts.push(node.value);
    else if (node.type === 'link') parts.push(` ${node.url} `);
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') parts.push('\n');
  };
  visit(parseMarkdown(markdown));
  return parts.join('');
}
