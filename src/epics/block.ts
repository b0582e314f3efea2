import { BLOCK_END, BLOCK_START } from '../checklist/markdown';
export { subIssueWarning } from '../checklist/progress';

/** What the tool remembers in its block: a handoff happens once, and only its own close is undone. */
export interface BlockRecord {
  handedOff: boolean;
  closedByTool: boolean;
  /** Written before a handoff's (or a withdrawal's) writes, cleared after them: the next run finishes what a stopped run began. */
  pending?: boolean;
}

export interface SectionFigure {
  name: string;
  done: number;
  total: number;
}

/** The figures of one epic: the block, the job summary and the `epics` output all show these. */
export interface EpicFigures {
  number: number;
  /** Linked issues and pull requests (distinct children) done, of all counted. */
  done: number;
  total: number;
  percent: number;
  complete: boolean;
  /** Task items of the counted sections ticked (plus native sub-issues no item names), of all. */
  items: { done: number; total: number };
  /** What completion and the headline count (`epics.done-when`). */
  doneWhen: 'all-items' | 'all-stories';
  sections: SectionFigure[];
  /** Children closed as not planned or duplicate (or PRs closed unmerged), as `#16 (duplicate)`. */
  notPlanned: string[];
  /** Children the token could not read, with the reason. */
  unreadable: string[];
  /** Native sub-issues that no task item mentions. */
  unlisted: string[];
  /** Said when the epic nears GitHub's limit of sub-issues per parent. */
  subIssueLimit?: string;
  /** The latest daily report on the epic: its link, and its forecast line when it has one. */
  report?: { url: string; date: string; outlook?: string };
}

const RECORD = /<!-- epic-steward:handoff( [a-z ]*)? -->/;
const STAMP = /<sub>Updated ([^<\r\n]*) by Epic Steward<\/sub>/;
const MAX_LISTED = 30;

export function percentOf(done: number, total: number): number {
  // Floor, so 199/200 never reads as 100%.
  return total === 0 ? 0 : Math.floor((done * 100) / total);
}

export function readRecord(block: string | undefined): BlockRecord {
  const words = (block && RECORD.exec(block)?.[1]?.trim().split(/\s+/)) || [];
  const record: BlockRecord = { handedOff: words.includes('done'), closedByTool: words.includes('closed') };
  if (words.includes('pending')) record.pending = true;
  return record;
}

export function readStamp(block: string | undefined): string | undefined {
  return block ? STAMP.exec(block)?.[1] : undefined;
}

/** Minute precision: a reader wants "when", and fewer distinct values means fewer rewrites. */
export function formatStamp(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function cell(text: string): string {
  return inline(text).replace(/\|/g, '\\|');
}

function inline(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

function listed(items: string[]): string {
  const shown = items.slice(0, MAX_LISTED).map(inline).join(', ');
  return items.length > MAX_LISTED ? `${shown} and ${items.length - MAX_LISTED} more` : shown;
}

/** `3/4 done · 75%`: the figure people scan for. */
export function fraction(done: number, total: number): string {
  return `${done}/${total} done · ${percentOf(done, total)}%`;
}

const BAR_CELLS = 20;
/** `███████████████░░░░░`: the progress bar a person takes in at a glance (rounded down, like the percentage). */
export function bar(done: number, total: number): string {
  const full = total === 0 ? 0 : Math.floor((done * BAR_CELLS) / total);
  return `\`${'█'.repeat(full)}${'░'.repeat(BAR_CELLS - full)}\``;
}

/** The report's link: only a GitHub comment URL of this shape is written into the body. */
function reportLink(report: NonNullable<EpicFigures['report']>): string {
  const safe = /^https:\/\/[A-Za-z0-9.-]+(:\d+)?\/[A-Za-z0-9._-]+\/[A-Za-z0-9._-]+\/issues\/\d+#issuecomment-\d+$/.test(
    report.url
  );
  return safe ? `[daily report ${report.date}](${report.url})` : '';
}

/**
 * The headline says what it counts: task items and linked issues are different numbers (a
 * section table summing to 3/73 under a headline of 3/8 misleads), so it names its unit and
 * gives the other figure beside it.
 */
/** The bar beside the headline draws what completion counts (`epics.done-when`). */
function headlineBar(f: Pick<EpicFigures, 'done' | 'total' | 'items' | 'doneWhen'>): string {
  return f.doneWhen === 'all-stories' ? bar(f.done, f.total) : bar(f.items.done, f.items.total);
}

export function headline(f: Pick<EpicFigures, 'done' | 'total' | 'items' | 'doneWhen'>): string {
  const issues = `${f.done}/${f.total} linked issues done`;
  if (f.doneWhen === 'all-stories') return `**Progress: ${issues} · ${percentOf(f.done, f.total)}%**`;
  return `**Progress: ${f.items.done}/${f.items.total} task items ticked · ${percentOf(f.items.done, f.items.total)}%** · ${issues}`;
}

/**
 * The block the tool owns at the end of an epic body. It holds no headings and no task
 * items, so it never changes the sections or items the tool reads from the rest of the body.
 */
export function renderBlock(figures: EpicFigures, record: BlockRecord, stamp: string, eol: string): string {
  const lines = [BLOCK_START, `${headline(figures)} ${headlineBar(figures)}${figures.complete ? ' ✅' : ''}`, ''];
  if (figures.sections.length > 0) {
    lines.push('| Section | Task items |', '| --- | --- |');
    for (const s of figures.sections)
      lines.push(`| ${cell(s.name || '(no heading)')} | ${bar(s.done, s.total)} ${fraction(s.done, s.total)} |`);
    lines.push('');
  }
  if (figures.report) {
    const outlook = [figures.report.outlook, reportLink(figures.report)].filter(Boolean).join(' · ');
    if (outlook) lines.push(outlook, '');
  }
  const notes: string[] = [];
  if (figures.notPlanned.length) notes.push(`**Not planned:** ${listed(figures.notPlanned)}`);
  if (figures.unreadable.length) notes.push(`**Could not read:** ${listed(figures.unreadable)}`);
  if (figures.unlisted.length) notes.push(`**Sub-issues not in the checklist:** ${listed(figures.unlisted)}`);
  if (figures.subIssueLimit) notes.push(`**Sub-issue limit:** ${figures.subIssueLimit}`);
  if (notes.length) lines.push(notes.join('<br>'), '');
  lines.push(`<sub>Updated ${stamp} by Epic Steward</sub>`);
  const words = [
    record.handedOff ? 'done' : '',
    record.closedByTool ? 'closed' : '',
    record.pending ? 'pending' : ''
  ].filter(Boolean);
  if (record.handedOff || record.pending) lines.push(`<!-- epic-steward:handoff ${words.join(' ')} -->`);
  lines.push(BLOCK_END);
  return lines.join(eol);
}
