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

/**
 * The pure heart of the feature: (config, epic, live children, gate outcomes, clock) → the
 * body the epic should have and the handoff operations. Only checkbox characters, the tool's
 * block, and (when configured) strike-through, appended items and measured values change.
 */
export function planEpic(input: PlanInput): EpicPlan {
  const { config, epic, children } = input;
  const ctx = { repo: epic.repo, serverUrl: input.serverUrl };
  const tree = parseMarkdown(epic.body);
  const parsed = input.parsed ?? parseBody(epic.body, ctx, tree);
  const self: IssueRef = { ...epic.repo, number: epic.number };
  const selfKey = refKey(self);
  const policy = config['not-planned'];
  const edits: Edit[] = [];
  const missing = new Map<string, IssueRef>();

  const verdicts = new Map<string, Verdict>();
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
  const isDone = (v: Verdict) => countsDone(v, policy);
  const leftOut = (v: Verdict) => isLeftOut(v, policy);

  // The children that count: referenced in counted sections, plus native sub-issues.
  const counted = countedChildren(parsed.tasks, epic.subIssues, config.sections, self);
  const listedKeys = new Set(parsed.tasks.flatMap((t) => (t.ref ? [refKey(t.ref)] : [])));

  // An unreadable child keeps its line as a person left it; that line then speaks for it.
  const manualTick = new Map<string, boolean>();
  for (const task of parsed.tasks)
    if (task.ref && !manualTick.has(refKey(task.ref))) manualTick.set(refKey(task.ref), task.checked);

  const sectionFigures = new Map<string, SectionFigure>();
  // Appending is decided before the figures, so a new line counts in the same write.
  const appended = (input.append ?? []).filter((r) => !listedKeys.has(refKey(r)) && refKey(r) !== selfKey);
  const at =
    appended.length && config['append-section']
      ? appendPoint(epic.body, parsed.tasks, config['append-section'])
      : undefined;
  if (at) {
    const eol = eolOf(epic.body);
    edits.push({
      start: at.offset,
      end: at.offset,
      text: appended
        .map((r) => `${eol}${at.prefix}[${isDone(verdict(r)) ? 'x' : ' '}] ${formatRef(r, epic.repo)}`)
        .join('')
    });
    for (const r of appended) listedKeys.add(refKey(r));
    if (inSections(config, at.section)) {
      for (const r of appended) counted.set(refKey(r), r);
      const figure = sectionFigures.get(at.section) ?? { name: at.section, done: 0, total: 0 };
      for (const r of appended) {
        if (leftOut(verdict(r))) continue;
        figure.total += 1;
        if (isDone(verdict(r))) figure.done += 1;
      }
      sectionFigures.set(at.section, figure);
    }
  }
  let done = 0;
  let total = 0;
  const notPlanned: string[] = [];
  const unreadable: string[] = [];
  for (const [key, ref] of counted) {
    const v = verdict(ref);
    if (v === 'not-planned' || v === 'unmerged')
      notPlanned.push(`${formatRef(ref, epic.repo)} (${describeVerdict(children.get(key))})`);
    if (v === 'unreadable') unreadable.push(`${formatRef(ref, epic.repo)} (${describeVerdict(children.get(key))})`);
    if (leftOut(v)) continue;
    total += 1;
    if (isDone(v) || (v === 'unreadable' && manualTick.get(key))) done += 1;
  }
  const gates = input.gates.filter(
    (g) => g.epicLine && (g.epic === undefined || g.epic === epic.number) && g.verdict !== 'no-data'
  );
  const gateOf = (task: TaskItem) => gates.find((g) => norm(g.epicLine!) === norm(task.text.replace(MEASURED, '')));
  // An item that tracks no child is ticked by a person, or by its gate when one proves it.
  const lineTicked = (task: TaskItem) => {
    const gate = gateOf(task);
    return gate ? gate.verdict === 'pass' : task.checked;
  };
  const allItems = config['done-when'] === 'all-items';
  const lines = parsed.tasks.filter((t) => !t.ref && inSections(config, t.section));
  // By default an epic is done when every counted item is ticked: a "Quality" section's
  // `- [ ] Unit tests green` holds the handoff back like an open story does.
  const complete = allItems
    ? total + lines.length > 0 && done === total && lines.every(lineTicked)
    : total > 0 && done === total;
  for (const task of parsed.tasks) {
    let want = task.checked;
    let countIt = true;
    if (task.ref) {
      if (refKey(task.ref) === selfKey) {
        want = complete;
      } else {
        const v = verdict(task.ref);
        if (v !== 'unreadable') want = isDone(v);
        if (policy === 'strike') {
          if (leftOut(v) && !task.strike) {
            edits.push(
              { start: task.content.start, end: task.content.start, text: '~~' },
              { start: task.content.end, end: task.content.end, text: '~~' }
            );
          } else if (!leftOut(v) && v !== 'unreadable' && task.strike) {
            const s = task.strike;
            edits.push(
              { start: s.start, end: s.start + s.fence, text: '' },
              { start: s.end - s.fence, end: s.end, text: '' }
            );
          }
          if (leftOut(v)) countIt = false;
        }
      }
    } else {
      const text = epic.body.slice(task.content.start, task.content.end);
      const bare = text.replace(MEASURED, '');
      const gate = gateOf(task);
      if (gate) {
        want = lineTicked(task);
        const suffix = ` ${measured(gate)}`;
        if (text !== bare + suffix)
          edits.push({ start: task.content.start + bare.length, end: task.content.end, text: suffix });
      }
    }
    if (want !== task.checked) edits.push({ start: task.box, end: task.box + 1, text: want ? 'x' : ' ' });
    if (!inSections(config, task.section) || !countIt) continue;
    const figure = sectionFigures.get(task.section) ?? { name: task.section, done: 0, total: 0 };
    figure.total += 1;
    if (want) figure.done += 1;
    sectionFigures.set(task.section, figure);
  }

  const firstTask = (section: string) => parsed.tasks.findIndex((t) => t.section === section);
  const blockText = parsed.block ? epic.body.slice(parsed.block.start, parsed.block.end) : undefined;
  const record = readRecord(blockText);
  const unlisted = epic.subIssues.filter((s) => !listedKeys.has(refKey(s)) && refKey(s) !== selfKey);
  const sectionList = [...sectionFigures.values()];
  const figures: EpicFigures = {
    number: epic.number,
    done,
    total,
    percent: percentOf(done, total),
    complete,
    items: {
      done: sectionList.reduce((n, s) => n + s.done, 0) + unlisted.filter((s) => isDone(verdict(s))).length,
      total: sectionList.reduce((n, s) => n + s.total, 0) + unlisted.filter((s) => !leftOut(verdict(s))).length
    },
    doneWhen: config['done-when'],
    sections: [...sectionFigures.values()].sort((a, b) => firstTask(a.name) - firstTask(b.name)),
    notPlanned,
    unreadable,
    unlisted: unlisted.map((s) => formatRef(s, epic.repo)),
    report: epic.report,
    subIssueLimit: subIssueWarning(epic.subIssueTotal ?? epic.subIssues.length)
  };

  const ops: Operation[] = [];
  let nextRecord: BlockRecord = record;
  let transition: EpicPlan['transition'];
  let stateChange: EpicPlan['stateChange'];
  const handoff = config.handoff;
  const mentions = handoff.mention.map(mentionOf).join(', ');
  const childList = [...counted.values()].map((r) => formatRef(r, epic.repo));
  // The title is anyone's text: inert, so `@org/everyone <img …>` neither pings nor renders.
  const values = {
    epic: `#${epic.number}`,
    title: inert(epic.title, { max: 200 }),
    done: String(done),
    total: String(total),
    mentions,
    children: childList.join(', ')
  };
  const has = (label: string) => epic.labels.some((l) => l.toLowerCase() === label.toLowerCase());
  const canDecide = missing.size === 0;

  // A transition is a record written first (`pending`), then its writes, then the record settled:
  // a run stopped anywhere in between leaves `pending`, and the next run completes it (item 2).
  if (canDecide && complete && (!record.handedOff || record.pending)) {
    transition = 'completed';
    const add = handoff.labels.filter((l) => !has(l));
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
        body: `${HANDOFF_MARKER}\n${template(handoff.comment, values)}`,
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
    if (close || closedEarlier) stateChange = 'closed';
    nextRecord = { handedOff: true, closedByTool: close || closedEarlier };
  } else if (canDecide && !complete && (record.handedOff || record.pending)) {
    transition = 'reopened';
    const reopened = [...counted.entries()]
      .filter(
        ([key, ref]) =>
          !isDone(verdict(ref)) && !leftOut(verdict(ref)) && !(verdict(ref) === 'unreadable' && manualTick.get(key))
      )
      .map(([, r]) => formatRef(r, epic.repo));
    // Item text comes from the epic body: quoted inert, never rendered or pinging anyone.
    if (allItems)
      reopened.push(
        ...lines.filter((t) => !lineTicked(t)).map((t) => `${quote(t.text.replace(MEASURED, ''), 80)} (unticked)`)
      );
    for (const label of handoff.labels.filter(has)) {
      ops.push({
        kind: 'remove-label',
        issue: epic.number,
        label,
        why: `epic #${epic.number} is no longer complete (${reopened.join(', ') || 'a child'} not done)`
      });
    }
    if (handoff.comment && handoff.mention.length) {
      ops.push({
        kind: 'upsert-comment',
        issue: epic.number,
        marker: HANDOFF_MARKER,
        body: `${HANDOFF_MARKER}\n${template(handoff['reopened-comment'], { ...values, reopened: reopened.join(', ') || 'a child' })}`,
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
      stateChange = 'open';
    }
    // While pending, `closed` says the tool still has to reopen what it closed.
    nextRecord = { handedOff: false, closedByTool: reopen };
  }

  const hasTracking = parsed.tasks.length > 0 || epic.subIssues.length > 0 || parsed.block !== undefined;
  let body = applyEdits(epic.body, edits);
  let blockProblem: string | undefined;
  // Markers that make no block of ours: nothing is written, so no text of a person's is lost.
  if (parsed.blockProblem)
    return {
      body: epic.body,
      ops: [],
      figures,
      blockProblem: parsed.blockProblem,
      skipped: true,
      missing: [...missing.values()]
    };
  let intent: string | undefined;
  if (hasTracking && canDecide) {
    const range = parsed.block && { start: shifted(parsed.block.start, edits), end: shifted(parsed.block.end, edits) };
    const place = (rec: BlockRecord) =>
      placeBlock(body, range, endsInRawBlock(tree, epic.body), figures, rec, readStamp(blockText), input.now);
    const settled = transition
      ? { handedOff: nextRecord.handedOff, closedByTool: nextRecord.handedOff && nextRecord.closedByTool }
      : nextRecord;
    const placed = place(settled);
    if (placed.problem) {
      blockProblem = placed.problem;
      // No record, no handoff: its writes could not be told apart from a person's afterwards.
      ops.length = 0;
      transition = undefined;
      stateChange = undefined;
    } else {
      if (transition) intent = place({ ...nextRecord, pending: true }).body;
      body = placed.body;
    }
  }
  const longest = Math.max(body.length, intent?.length ?? 0);
  if (longest > LIMITS.issueBody && body !== epic.body) {
    // Ticks, strikes and appended lines count too: a body GitHub refuses would fail every run.
    const problem = `the new body would have ${longest} characters, past GitHub's ${LIMITS.issueBody}: nothing is written to this epic until it is shortened`;
    return { body: epic.body, ops: [], figures, blockProblem: problem, skipped: true, missing: [...missing.values()] };
  }
  // `expected` was read in the same request as the children; the reconcile loop verifies the
  // write with its own read of epic and children.
  const setBody = (expected: string, next: string, why: string): SetBodyOp => ({
    kind: 'set-body',
    issue: epic.number,
    expected,
    body: next,
    why
  });
  if (canDecide && intent !== undefined && intent !== epic.body) {
    ops.unshift(
      setBody(
        epic.body,
        intent,
        `epic #${epic.number}: ${fractionWhy(figures)}; the ${transition === 'completed' ? 'handoff' : 'withdrawal'} is recorded before it is made`
      )
    );
  }
  const before = intent ?? epic.body;
  if (body !== before && canDecide) ops.push(setBody(before, body, `epic #${epic.number}: ${fractionWhy(figures)}`));
  return {
    body: canDecide ? body : epic.body,
    ops: canDecide ? ops : [],
    figures,
    transition,
    stateChange,
    blockProblem,
    missing: [...missing.values()]
  };
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
