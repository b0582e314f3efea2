import { quote } from '../core/escape';
import { LIMITS } from '../core/limits';
import type { Operation, RepoRef, SetBodyOp } from '../core/plan';
import { inert } from '../core/escape';
import type { GateOutcome } from '../core/shared';
import {
  formatStamp,
  percentOf,
  readRecord,
  readStamp,
  renderBlock,
  subIssueWarning,
  type BlockRecord,
  type EpicFigures,
  type SectionFigure
} from './block';
import type { EpicsConfig } from './config';
import {
  endsInRawBlock,
  findBlock,
  parseBody,
  parseMarkdown,
  type ParsedBody,
  type Range,
  type TaskItem
} from '../checklist/markdown';
import { formatRef, refKey, type IssueRef } from '../checklist/refs';
import {
  describeVerdict,
  isDone as countsDone,
  isLeftOut,
  verdictOf,
  type ChildState,
  type Verdict
} from '../checklist/policy';
import { inSections as inSectionList, sectionKey } from '../checklist/sections';
import { countedChildren } from '../checklist/progress';

export type { ChildState } from '../checklist/policy';

export interface EpicSnapshot {
  repo: RepoRef;
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  labels: string[];
  /** Native sub-issues, in order. */
  subIssues: IssueRef[];
  /** Sub-issues of the epic, closed ones included (GitHub allows 100 per parent). */
  subIssueTotal?: number;
  /** The latest daily report among the last comments: its link and outlook line, for the block. */
  report?: { url: string; date: string; outlook?: string };
}

export interface PlanInput {
  config: EpicsConfig;
  epic: EpicSnapshot;
  /** Keyed by refKey(); every reference in the body and every sub-issue should be present. */
  children: Map<string, ChildState>;
  /** Gate outcomes measured on the default branch (metric lines); empty elsewhere. */
  gates: GateOutcome[];
  /** Children a person names as belonging here that the body does not list yet (optional feature). */
  append?: IssueRef[];
  serverUrl: string;
  now: Date;
  /** The epic's body as the read parsed it (parsed here when absent). */
  parsed?: ParsedBody;
}

export interface EpicPlan {
  /** The body the epic should have (equal to the snapshot's when nothing changes). */
  body: string;
  /**
   * For a handoff (or its reversal): the body with the record marked `pending`, the handoff's
   * writes, then the body with the record settled. Any prefix of it is completed by the next run.
   */
  ops: Operation[];
  figures: EpicFigures;
  /** The handoff happened or was reversed in this plan. */
  transition?: 'completed' | 'reopened';
  /** The plan closes or reopens the epic itself (parents must then be reconciled too). */
  stateChange?: 'closed' | 'open';
  /** Why the block could not be written, when it could not. */
  blockProblem?: string;
  /** Nothing at all is written to this epic (blockProblem says why). */
  skipped?: boolean;
  /** References the plan needs but `children` lacks (read them and plan again). */
  missing: IssueRef[];
}

export const HANDOFF_MARKER = '<!-- epic-steward:handoff-comment -->';

/** Text compared loosely (gate lines, section names): the domain's one normalisation. */
const norm = sectionKey;

const MEASURED = /\s*\(measured [^()\r\n]*\)$/;

function measured(outcome: GateOutcome): string {
  const t = outcome.totals;
  const executed = t.passed + t.failed + t.errored;
  const pct = (rate: number) => `${Math.round(rate * 1000) / 10}%`;
  if (outcome.targetPassRate === null && outcome.executionRate !== null)
    return `(measured ${pct(outcome.executionRate)} executed · ${executed} tests)`;
  return `(measured ${outcome.passRate === null ? 'n/a' : pct(outcome.passRate)} · ${t.passed}/${executed})`;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

function applyEdits(body: string, edits: Edit[]): string {
  let out = body;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** Where an offset of the original body lands once `edits` (none of which span it) are applied. */
function shifted(offset: number, edits: Edit[]): number {
  return edits.reduce((at, e) => (e.end <= offset ? at + e.text.length - (e.end - e.start) : at), offset);
}

function eolOf(body: string): string {
  return body.includes('\r\n') ? '\r\n' : '\n';
}

function inSections(config: EpicsConfig, section: string): boolean {
  return inSectionList(config.sections, section);
}

function template(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

/** A mention as GitHub writes it: `@login` or `@org/team`. */
export function mentionOf(name: string): string {
  return name.startsWith('@') ? name : `@${name}`;
}

/** What every phase of the plan reads, and what the phases collect as they go. */
interface Plan {
  input: PlanInput;
  config: EpicsConfig;
  epic: EpicSnapshot;
  tree: ReturnType<typeof parseMarkdown>;
  parsed: ParsedBody;
  selfKey: string;
  /** Edits of the body, each at offsets of the original body. */
  edits: Edit[];
  /** References the plan needs but `children` lacks. */
  missing: Map<string, IssueRef>;
  verdict: (ref: IssueRef) => Verdict;
  isDone: (v: Verdict) => boolean;
  leftOut: (v: Verdict) => boolean;
  /** The tick a person left on each child's first line. */
  manualTick: Map<string, boolean>;
  /** The children that count: referenced in counted sections, plus native sub-issues. */
  counted: Map<string, IssueRef>;
  listedKeys: Set<string>;
  sectionFigures: Map<string, SectionFigure>;
}

interface ChildCount {
  done: number;
  total: number;
  notPlanned: string[];
  unreadable: string[];
}

/** The epic's own task lines (those that track no child) and the gates that may tick them. */
interface GateLines {
  gateOf: (task: TaskItem) => GateOutcome | undefined;
  lineTicked: (task: TaskItem) => boolean;
  /** Lines in counted sections that track no child. */
  lines: TaskItem[];
}

interface Handoff {
  ops: Operation[];
  /** The block's record once the handoff (if any) is settled. */
  next: BlockRecord;
  transition?: EpicPlan['transition'];
  stateChange?: EpicPlan['stateChange'];
}

/**
 * The pure heart of the feature: (config, epic, live children, gate outcomes, clock) → the
 * body the epic should have and the handoff operations. Only checkbox characters, the tool's
 * block, and (when configured) strike-through, appended items and measured values change.
 */
export function planEpic(input: PlanInput): EpicPlan {
  const plan = readPlan(input);
  // Appending is decided before the figures, so a new line counts in the same write.
  planAppend(plan);
  const count = countChildren(plan);
  const gates = gateLines(plan);
  const complete = isComplete(plan, count, gates);
  for (const task of plan.parsed.tasks) planTask(plan, task, complete, gates);
  const figures = epicFigures(plan, count, complete);
  const handoff = planHandoff(plan, readRecord(blockTextOf(plan)), figures, gates);
  return planWrite(plan, figures, handoff);
}

/** The epic parsed once, and each child's verdict worked out once, as the phases ask for it. */
function readPlan(input: PlanInput): Plan {
  const { config, epic, children } = input;
  const tree = parseMarkdown(epic.body);
  const parsed = input.parsed ?? parseBody(epic.body, { repo: epic.repo, serverUrl: input.serverUrl }, tree);
  const self: IssueRef = { ...epic.repo, number: epic.number };
  const policy = config['not-planned'];
  const missing = new Map<string, IssueRef>();
  const verdicts = new Map<string, Verdict>();
  // A child `children` lacks is noted in `missing`: the caller reads it and plans again.
  const verdict = (ref: IssueRef): Verdict => {
    const key = refKey(ref);
    let v = verdicts.get(key);
    if (!v) {
      if (!children.has(key)) missing.set(key, ref);
      v = verdictOf(children.get(key));
      verdicts.set(key, v);
    }
    return v;
  };
  // An unreadable child keeps its line as a person left it; that line then speaks for it.
  const manualTick = new Map<string, boolean>();
  for (const task of parsed.tasks)
    if (task.ref && !manualTick.has(refKey(task.ref))) manualTick.set(refKey(task.ref), task.checked);
  return {
    input,
    config,
    epic,
    tree,
    parsed,
    selfKey: refKey(self),
    edits: [],
    missing,
    verdict,
    isDone: (v) => countsDone(v, policy),
    leftOut: (v) => isLeftOut(v, policy),
    manualTick,
    counted: countedChildren(parsed.tasks, epic.subIssues, config.sections, self),
    listedKeys: new Set(parsed.tasks.flatMap((t) => (t.ref ? [refKey(t.ref)] : []))),
    sectionFigures: new Map()
  };
}

function blockTextOf(plan: Plan): string | undefined {
  const { block } = plan.parsed;
  return block ? plan.epic.body.slice(block.start, block.end) : undefined;
}

/** Children a person names here that the body does not list yet: a line each, after the last item of `append-section`. */
function planAppend(plan: Plan): void {
  const { config, epic } = plan;
  const appended = (plan.input.append ?? []).filter(
    (r) => !plan.listedKeys.has(refKey(r)) && refKey(r) !== plan.selfKey
  );
  const at =
    appended.length && config['append-section']
      ? appendPoint(epic.body, plan.parsed.tasks, config['append-section'])
      : undefined;
  if (!at) return;
  const eol = eolOf(epic.body);
  plan.edits.push({
    start: at.offset,
    end: at.offset,
    text: appended
      .map((r) => `${eol}${at.prefix}[${plan.isDone(plan.verdict(r)) ? 'x' : ' '}] ${formatRef(r, epic.repo)}`)
      .join('')
  });
  for (const r of appended) plan.listedKeys.add(refKey(r));
  if (!inSections(config, at.section)) return;
  for (const r of appended) plan.counted.set(refKey(r), r);
  const figure = plan.sectionFigures.get(at.section) ?? { name: at.section, done: 0, total: 0 };
  for (const r of appended) {
    if (plan.leftOut(plan.verdict(r))) continue;
    figure.total += 1;
    if (plan.isDone(plan.verdict(r))) figure.done += 1;
  }
  plan.sectionFigures.set(at.section, figure);
}

/** The counted children done out of those not left out, and the ones the block must name. */
function countChildren(plan: Plan): ChildCount {
  const { epic, input } = plan;
  const count: ChildCount = { done: 0, total: 0, notPlanned: [], unreadable: [] };
  for (const [key, ref] of plan.counted) {
    const v = plan.verdict(ref);
    if (v === 'not-planned' || v === 'unmerged')
      count.notPlanned.push(`${formatRef(ref, epic.repo)} (${describeVerdict(input.children.get(key))})`);
    if (v === 'unreadable')
      count.unreadable.push(`${formatRef(ref, epic.repo)} (${describeVerdict(input.children.get(key))})`);
    if (plan.leftOut(v)) continue;
    count.total += 1;
    if (plan.isDone(v) || (v === 'unreadable' && plan.manualTick.get(key))) count.done += 1;
  }
  return count;
}

function gateLines(plan: Plan): GateLines {
  const { epic, config } = plan;
  const gates = plan.input.gates.filter(
    (g) => g.epicLine && (g.epic === undefined || g.epic === epic.number) && g.verdict !== 'no-data'
  );
  const gateOf = (task: TaskItem) => gates.find((g) => norm(g.epicLine!) === norm(task.text.replace(MEASURED, '')));
  // An item that tracks no child is ticked by a person, or by its gate when one proves it.
  const lineTicked = (task: TaskItem) => {
    const gate = gateOf(task);
    return gate ? gate.verdict === 'pass' : task.checked;
  };
  const lines = plan.parsed.tasks.filter((t) => !t.ref && inSections(config, t.section));
  return { gateOf, lineTicked, lines };
}

/**
 * By default an epic is done when every counted item is ticked: a "Quality" section's
 * `- [ ] Unit tests green` holds the handoff back like an open story does.
 */
function isComplete(plan: Plan, count: ChildCount, gates: GateLines): boolean {
  const { done, total } = count;
  if (plan.config['done-when'] !== 'all-items') return total > 0 && done === total;
  return total + gates.lines.length > 0 && done === total && gates.lines.every(gates.lineTicked);
}

/** One task line: its tick (and strike-through or measured value) brought in line, and counted in its section. */
function planTask(plan: Plan, task: TaskItem, complete: boolean, gates: GateLines): void {
  const tick = task.ref ? childTick(plan, task, task.ref, complete) : lineTick(plan, task, gates);
  if (tick.want !== task.checked) plan.edits.push({ start: task.box, end: task.box + 1, text: tick.want ? 'x' : ' ' });
  if (!inSections(plan.config, task.section) || !tick.counts) return;
  const figure = plan.sectionFigures.get(task.section) ?? { name: task.section, done: 0, total: 0 };
  figure.total += 1;
  if (tick.want) figure.done += 1;
  plan.sectionFigures.set(task.section, figure);
}

/** A line tracking a child: ticked when the child is done (the epic's own line, when the epic is). */
function childTick(plan: Plan, task: TaskItem, ref: IssueRef, complete: boolean): { want: boolean; counts: boolean } {
  if (refKey(ref) === plan.selfKey) return { want: complete, counts: true };
  const v = plan.verdict(ref);
  const want = v !== 'unreadable' ? plan.isDone(v) : task.checked;
  if (plan.config['not-planned'] !== 'strike') return { want, counts: true };
  planStrike(plan, task, v);
  return { want, counts: !plan.leftOut(v) };
}

/** `not-planned: strike`: a left-out child's line is struck through, and unstruck once it counts again. */
function planStrike(plan: Plan, task: TaskItem, v: Verdict): void {
  if (plan.leftOut(v) && !task.strike) {
    plan.edits.push(
      { start: task.content.start, end: task.content.start, text: '~~' },
      { start: task.content.end, end: task.content.end, text: '~~' }
    );
  } else if (!plan.leftOut(v) && v !== 'unreadable' && task.strike) {
    const s = task.strike;
    plan.edits.push(
      { start: s.start, end: s.start + s.fence, text: '' },
      { start: s.end - s.fence, end: s.end, text: '' }
    );
  }
}

/** A line tracking no child: a gate that names it ticks it and writes its measured value after it. */
function lineTick(plan: Plan, task: TaskItem, gates: GateLines): { want: boolean; counts: boolean } {
  const gate = gates.gateOf(task);
  if (!gate) return { want: task.checked, counts: true };
  const text = plan.epic.body.slice(task.content.start, task.content.end);
  const bare = text.replace(MEASURED, '');
  const suffix = ` ${measured(gate)}`;
  if (text !== bare + suffix)
    plan.edits.push({ start: task.content.start + bare.length, end: task.content.end, text: suffix });
  return { want: gates.lineTicked(task), counts: true };
}

function epicFigures(plan: Plan, count: ChildCount, complete: boolean): EpicFigures {
  const { epic, config } = plan;
  const firstTask = (section: string) => plan.parsed.tasks.findIndex((t) => t.section === section);
  const unlisted = epic.subIssues.filter((s) => !plan.listedKeys.has(refKey(s)) && refKey(s) !== plan.selfKey);
  const sectionList = [...plan.sectionFigures.values()];
  return {
    number: epic.number,
    done: count.done,
    total: count.total,
    percent: percentOf(count.done, count.total),
    complete,
    items: {
      done: sectionList.reduce((n, s) => n + s.done, 0) + unlisted.filter((s) => plan.isDone(plan.verdict(s))).length,
      total:
        sectionList.reduce((n, s) => n + s.total, 0) + unlisted.filter((s) => !plan.leftOut(plan.verdict(s))).length
    },
    doneWhen: config['done-when'],
    sections: [...plan.sectionFigures.values()].sort((a, b) => firstTask(a.name) - firstTask(b.name)),
    notPlanned: count.notPlanned,
    unreadable: count.unreadable,
    unlisted: unlisted.map((s) => formatRef(s, epic.repo)),
    report: epic.report,
    subIssueLimit: subIssueWarning(epic.subIssueTotal ?? epic.subIssues.length)
  };
}

/**
 * A transition is a record written first (`pending`), then its writes, then the record settled:
 * a run stopped anywhere in between leaves `pending`, and the next run completes it (item 2).
 * Nothing is decided while a child is still unread.
 */
function planHandoff(plan: Plan, record: BlockRecord, figures: EpicFigures, gates: GateLines): Handoff {
  const canDecide = plan.missing.size === 0;
  if (canDecide && figures.complete && (!record.handedOff || record.pending))
    return planCompleted(plan, record, figures);
  if (canDecide && !figures.complete && (record.handedOff || record.pending))
    return planReopened(plan, record, figures, gates);
  return { ops: [], next: record };
}

function hasLabel(epic: EpicSnapshot, label: string): boolean {
  return epic.labels.some((l) => l.toLowerCase() === label.toLowerCase());
}

/** The placeholders of the handoff comments. */
function handoffValues(plan: Plan, figures: EpicFigures): Record<string, string> {
  const { epic } = plan;
  // The title is anyone's text: inert, so `@org/everyone <img …>` neither pings nor renders.
  return {
    epic: `#${epic.number}`,
    title: inert(epic.title, { max: 200 }),
    done: String(figures.done),
    total: String(figures.total),
    mentions: plan.config.handoff.mention.map(mentionOf).join(', '),
    children: [...plan.counted.values()].map((r) => formatRef(r, epic.repo)).join(', ')
  };
}

/** Every child done: the handoff labels, the comment mentioning who takes over, and (if configured) the epic closed. */
function planCompleted(plan: Plan, record: BlockRecord, figures: EpicFigures): Handoff {
  const { epic } = plan;
  const handoff = plan.config.handoff;
  const ops: Operation[] = [];
  const add = handoff.labels.filter((l) => !hasLabel(epic, l));
  if (add.length)
    ops.push({
      kind: 'add-labels',
      issue: epic.number,
      labels: add,
      why: `every child of epic #${epic.number} is done: hand off`
    });
  if (handoff.comment && handoff.mention.length) {
    ops.push({
      kind: 'upsert-comment',
      issue: epic.number,
      marker: HANDOFF_MARKER,
      body: `${HANDOFF_MARKER}\n${template(handoff.comment, handoffValues(plan, figures))}`,
      why: `every child of epic #${epic.number} is done: hand off`
    });
  }
  const close = handoff['close-epic'] && epic.state === 'open';
  // Closed by this handoff in a run that stopped before settling the record: still the tool's.
  const closedEarlier = record.closedByTool && epic.state === 'closed';
  if (close) {
    ops.push({
      kind: 'set-issue-state',
      issue: epic.number,
      state: 'closed',
      stateReason: 'completed',
      why: `every child of epic #${epic.number} is done (handoff.close-epic)`
    });
  }
  return {
    ops,
    next: { handedOff: true, closedByTool: close || closedEarlier },
    transition: 'completed',
    stateChange: close || closedEarlier ? 'closed' : undefined
  };
}

/** What holds a handed-off epic back now: children not done, and (with `all-items`) unticked lines. */
function holdingBack(plan: Plan, gates: GateLines): string[] {
  const reopened = [...plan.counted.entries()]
    .filter(([key, ref]) => {
      const v = plan.verdict(ref);
      return !plan.isDone(v) && !plan.leftOut(v) && !(v === 'unreadable' && plan.manualTick.get(key));
    })
    .map(([, r]) => formatRef(r, plan.epic.repo));
  // Item text comes from the epic body: quoted inert, never rendered or pinging anyone.
  if (plan.config['done-when'] === 'all-items')
    reopened.push(
      ...gates.lines
        .filter((t) => !gates.lineTicked(t))
        .map((t) => `${quote(t.text.replace(MEASURED, ''), 80)} (unticked)`)
    );
  return reopened;
}

/** A handed-off epic no longer complete: the handoff labels off, the comment withdrawn, the epic reopened if we closed it. */
function planReopened(plan: Plan, record: BlockRecord, figures: EpicFigures, gates: GateLines): Handoff {
  const { epic } = plan;
  const handoff = plan.config.handoff;
  const reopened = holdingBack(plan, gates).join(', ') || 'a child';
  const ops: Operation[] = [];
  for (const label of handoff.labels.filter((l) => hasLabel(epic, l))) {
    ops.push({
      kind: 'remove-label',
      issue: epic.number,
      label,
      why: `epic #${epic.number} is no longer complete (${reopened} not done)`
    });
  }
  if (handoff.comment && handoff.mention.length) {
    ops.push({
      kind: 'upsert-comment',
      issue: epic.number,
      marker: HANDOFF_MARKER,
      body: `${HANDOFF_MARKER}\n${template(handoff['reopened-comment'], { ...handoffValues(plan, figures), reopened })}`,
      create: false,
      why: `epic #${epic.number} is no longer complete: withdraw the handoff`
    });
  }
  const reopen = record.closedByTool && epic.state === 'closed';
  if (reopen) {
    ops.push({
      kind: 'set-issue-state',
      issue: epic.number,
      state: 'open',
      stateReason: 'reopened',
      why: `epic #${epic.number} was closed by the handoff and a child is no longer done`
    });
  }
  // While pending, `closed` says the tool still has to reopen what it closed.
  return {
    ops,
    next: { handedOff: false, closedByTool: reopen },
    transition: 'reopened',
    stateChange: reopen ? 'open' : undefined
  };
}

/**
 * The block placed in the edited body, checked against GitHub's size limit, then the body
 * writes around the handoff's: the record marked `pending` first, the settled body last.
 */
function planWrite(plan: Plan, figures: EpicFigures, handoff: Handoff): EpicPlan {
  const { epic, parsed } = plan;
  const missing = [...plan.missing.values()];
  // Markers that make no block of ours: nothing is written, so no text of a person's is lost.
  if (parsed.blockProblem)
    return { body: epic.body, ops: [], figures, blockProblem: parsed.blockProblem, skipped: true, missing };
  const canDecide = plan.missing.size === 0;
  const edited = applyEdits(epic.body, plan.edits);
  const hasTracking = parsed.tasks.length > 0 || epic.subIssues.length > 0 || parsed.block !== undefined;
  const placed = hasTracking && canDecide ? placeWithRecord(plan, edited, figures, handoff) : { body: edited };
  // No record, no handoff: its writes could not be told apart from a person's afterwards.
  const kept: Handoff = placed.problem ? { ops: [], next: handoff.next } : handoff;
  const { body, intent } = placed;
  const longest = Math.max(body.length, intent?.length ?? 0);
  if (longest > LIMITS.issueBody && body !== epic.body) {
    // Ticks, strikes and appended lines count too: a body GitHub refuses would fail every run.
    const problem = `the new body would have ${longest} characters, past GitHub's ${LIMITS.issueBody}: nothing is written to this epic until it is shortened`;
    return { body: epic.body, ops: [], figures, blockProblem: problem, skipped: true, missing };
  }
  return {
    body: canDecide ? body : epic.body,
    ops: canDecide ? bodyWrites(plan, figures, kept, body, intent) : [],
    figures,
    transition: kept.transition,
    stateChange: kept.stateChange,
    blockProblem: placed.problem,
    missing
  };
}

/** The block in place with the settled record, and (for a transition) the body recording it as `pending`. */
function placeWithRecord(
  plan: Plan,
  body: string,
  figures: EpicFigures,
  handoff: Handoff
): { body: string; intent?: string; problem?: string } {
  const { epic, parsed, edits } = plan;
  const range = parsed.block && { start: shifted(parsed.block.start, edits), end: shifted(parsed.block.end, edits) };
  const rawEnd = endsInRawBlock(plan.tree, epic.body);
  const oldStamp = readStamp(blockTextOf(plan));
  const place = (rec: BlockRecord) => placeBlock(body, range, rawEnd, figures, rec, oldStamp, plan.input.now);
  const next = handoff.next;
  const settled = handoff.transition
    ? { handedOff: next.handedOff, closedByTool: next.handedOff && next.closedByTool }
    : next;
  const placed = place(settled);
  if (placed.problem) return { body, problem: placed.problem };
  const intent = handoff.transition ? place({ ...next, pending: true }).body : undefined;
  return { body: placed.body, intent };
}

/**
 * `expected` was read in the same request as the children; the reconcile loop verifies the
 * write with its own read of epic and children.
 */
function bodyWrites(plan: Plan, figures: EpicFigures, handoff: Handoff, body: string, intent?: string): Operation[] {
  const { epic } = plan;
  const setBody = (expected: string, next: string, why: string): SetBodyOp => ({
    kind: 'set-body',
    issue: epic.number,
    expected,
    body: next,
    why
  });
  const ops = [...handoff.ops];
  if (intent !== undefined && intent !== epic.body) {
    ops.unshift(
      setBody(
        epic.body,
        intent,
        `epic #${epic.number}: ${fractionWhy(figures)}; the ${handoff.transition === 'completed' ? 'handoff' : 'withdrawal'} is recorded before it is made`
      )
    );
  }
  const before = intent ?? epic.body;
  if (body !== before) ops.push(setBody(before, body, `epic #${epic.number}: ${fractionWhy(figures)}`));
  return ops;
}

function fractionWhy(f: EpicFigures): string {
  return `${f.done}/${f.total} children done`;
}

/**
 * Puts the block in place (replacing the old one, or appended at the end), reusing the old
 * time stamp when nothing else in the block changes, so a no-op event writes nothing.
 */
function placeBlock(
  body: string,
  range: Range | undefined,
  rawEnd: boolean,
  figures: EpicFigures,
  record: BlockRecord,
  oldStamp: string | undefined,
  now: Date
): { body: string; problem?: string } {
  const eol = eolOf(body);
  const build = (stamp: string) => {
    const block = renderBlock(figures, record, stamp, eol);
    if (range) return body.slice(0, range.start) + block + body.slice(range.end);
    const sep = body === '' || /(^|\n)[ \t]*\r?\n$/.test(body) ? '' : body.endsWith('\n') ? eol : eol + eol;
    return `${body}${sep}${block}${eol}`;
  };
  if (oldStamp !== undefined) {
    const same = build(oldStamp);
    if (same === body) return { body };
  }
  const next = build(formatStamp(now));
  if (next.length > LIMITS.issueBody)
    return { body, problem: `the progress block would take the body past GitHub's ${LIMITS.issueBody} characters` };
  if (!range && rawEnd) {
    // An unclosed code fence or HTML comment at the end would swallow the block, and the next run would append another.
    const found = findBlock(parseMarkdown(next), next).block;
    if (!found || found.start < body.length)
      return {
        body,
        problem: 'the body ends inside an unclosed code block or HTML comment, so the progress block cannot be appended'
      };
  }
  return { body: next };
}

/**
 * Where a new item goes: a new line after the last task item of the section, written with
 * that item's own prefix (indentation, block quote, list marker) so it joins the same list.
 */
function appendPoint(
  body: string,
  tasks: TaskItem[],
  section: string
): { offset: number; prefix: string; section: string } | undefined {
  const inSection = tasks.filter((t) => norm(t.section) === norm(section));
  const last = inSection[inSection.length - 1];
  if (!last) return undefined;
  const lineStart = body.lastIndexOf('\n', last.box) + 1;
  const prefix = body.slice(lineStart, last.box - 1).replace(/\d+([.)])/, '1$1');
  let end = body.indexOf('\n', last.content.end);
  if (end === -1) end = body.length;
  else if (body[end - 1] === '\r') end -= 1;
  return { offset: end, prefix, section: last.section };
}
