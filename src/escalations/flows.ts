import type { GatesShared } from '../core/shared';
import type { Operation, RepoRef } from '../core/plan';
import { labelAsSpelled } from '../apply/labels';
import type { GitHub } from '../core/port';
import type { EscalationsConfig } from './config';
import type { CommentsView, EscalationRecord, Finding } from './model';
import { planIssue } from './plan';
import { readComments, readIssue, sweepIssues, type SweptIssue } from './read';
import { percent, thresholdFinding, thresholdTargets, type ThresholdTarget } from './threshold';
import { evaluateTime, isTimeKey } from './time';
import { isBlockedKey, readBlocked } from './blocked';
import { findComment } from '../apply/comments';
import { planConversation, splitConversation, type CommentMode, type GatePart } from '../core/conversation';
import { COMMENT_MARKER } from '../core/conversation';
import { escalationMarker, keyOfBody, readState } from './comment';
import type { IssuePlanInput } from './plan';

export interface FlowResult {
  ops: Operation[];
  records: EscalationRecord[];
  /** Lines for the job summary. */
  notes: string[];
  /** Whole sections for the job summary (the burn-up chart of each epic). */
  sections?: string[];
}

const CLOSED = 'the issue was closed.';

/** Why a time escalation of an open issue no longer holds. */
export function timeResolution(key: string): string {
  if (isBlockedKey(key)) return 'it has no open blocker any more.';
  if (key.startsWith('stuck:')) return `the label \`${key.split(':')[1]}\` is off or within its allowance again.`;
  if (key.startsWith('estimate:'))
    return 'the estimate, or the start of work, changed so that it is no longer exceeded.';
  return 'the time box no longer applies (its priority or timeline changed).';
}

/** An issue the sweep plans for: open with findings or the label, or closed with the label. */
interface Candidate {
  issue: SweptIssue;
  findings: Finding[];
  closed: boolean;
}

/**
 * The scheduled sweep: every open issue (one paginated query), plus closed issues that still
 * carry the escalation label (a second, filtered query, usually one page). Only issues that
 * are due or labelled have their comments read, 50 a request, so an issue already escalated
 * is recognised without searching its comment pages and a repeated sweep writes nothing.
 */
export async function sweep(
  github: GitHub,
  repo: RepoRef,
  config: EscalationsConfig,
  now: Date
): Promise<FlowResult & { issuesSeen: number; requests: number }> {
  // Native dependencies first (REST), so a blocked issue is planned with its other findings.
  const before = github.requestCount();
  const blocked = await readBlocked(github, repo, config, now);
  const blockedOn = config.stuck.enabled && config.stuck['blocked-by'].after !== '';
  let requests = github.requestCount() - before;
  const open = await readOpenCandidates(
    github,
    repo,
    config,
    now,
    blockedOn ? blocked.findings : new Map<number, Finding[]>()
  );
  const closed = await readClosedCandidates(github, repo, config.label, open.spelled);
  requests += open.requests + closed.requests;
  const candidates = [...open.candidates, ...closed.candidates];
  const views = await readComments(
    github,
    candidates.map((c) => c.issue.id)
  );
  requests += Math.ceil(candidates.length / 50);
  const owns = (key: string) => isTimeKey(key) || (blockedOn && isBlockedKey(key));
  const result = planCandidates(candidates, views, config, now, owns);
  if (blockedOn) result.ops.push(...blocked.nudges);
  result.notes.push(...blocked.notes);
  result.notes.push(
    `Swept ${open.issuesSeen} open issue(s); ${candidates.length} due or carrying \`${config.label}\`.`
  );
  return { ...result, issuesSeen: open.issuesSeen, requests };
}

/**
 * Every open issue, evaluated as it is read: those with a finding or the escalation label are
 * kept. `spelled` is the label as the repository spells it, when an open issue carries it.
 */
async function readOpenCandidates(
  github: GitHub,
  repo: RepoRef,
  config: EscalationsConfig,
  now: Date,
  blocked: Map<number, Finding[]>
): Promise<{ candidates: Candidate[]; issuesSeen: number; spelled?: string; requests: number }> {
  const label = config.label.toLowerCase();
  const candidates: Candidate[] = [];
  let issuesSeen = 0;
  let spelled: string | undefined;
  const requests = await sweepIssues(github, repo, { states: ['OPEN'] }, (page) => {
    issuesSeen += page.length;
    for (const issue of page) {
      const findings = [...evaluateTime(issue.snapshot, config, now), ...(blocked.get(issue.snapshot.number) ?? [])];
      const labelled = issue.snapshot.labels.find((l) => l.toLowerCase() === label);
      spelled ??= labelled;
      if (findings.length || labelled) candidates.push({ issue, findings, closed: false });
    }
  });
  return { candidates, issuesSeen, spelled, requests };
}

/**
 * Closed issues still carrying the escalation label. GitHub leaves open whether the `labels:`
 * filter ignores case: they are asked for by the label as the repository spells it (seen on an
 * open issue, else looked up) and checked here.
 */
async function readClosedCandidates(
  github: GitHub,
  repo: RepoRef,
  configured: string,
  seen: string | undefined
): Promise<{ candidates: Candidate[]; requests: number }> {
  const label = configured.toLowerCase();
  let requests = 0;
  let spelled = seen;
  if (spelled === undefined) {
    spelled = await labelAsSpelled(github, repo, configured);
    requests += 1;
  }
  const candidates: Candidate[] = [];
  if (spelled === undefined) return { candidates, requests };
  requests += await sweepIssues(github, repo, { states: ['CLOSED'], labels: [spelled] }, (page) => {
    for (const issue of page)
      if (issue.snapshot.labels.some((l) => l.toLowerCase() === label))
        candidates.push({ issue, findings: [], closed: true });
  });
  return { candidates, requests };
}

/** One issue plan per candidate: a closed issue's open escalations all resolve because it closed. */
function planCandidates(
  candidates: Candidate[],
  views: Map<string, CommentsView>,
  config: EscalationsConfig,
  now: Date,
  owns: (key: string) => boolean
): FlowResult {
  const result: FlowResult = { ops: [], records: [], notes: [] };
  for (const candidate of candidates) {
    const { snapshot } = candidate.issue;
    const plan = planIssue({
      issue: snapshot.number,
      labels: snapshot.labels,
      findings: candidate.findings,
      owns: candidate.closed ? () => true : owns,
      comments: views.get(candidate.issue.id) ?? { ours: [], complete: false },
      config,
      now,
      resolution: candidate.closed ? () => CLOSED : timeResolution
    });
    result.ops.push(...plan.ops);
    result.records.push(...plan.records);
  }
  return result;
}

/**
 * Issues and pull requests whose escalations all end because of what they are now: a merged or
 * closed pull request, a completed epic. Each is read once (labels and our comments); every
 * open escalation on it is resolved with `why`, whatever its trigger.
 */
export async function resolveAll(
  github: GitHub,
  repo: RepoRef,
  targets: { issue: number; why: string }[],
  config: EscalationsConfig,
  now: Date
): Promise<FlowResult> {
  const result: FlowResult = { ops: [], records: [], notes: [] };
  for (const target of targets) {
    const read = await readIssue(github, repo, target.issue);
    if (!read) continue;
    const input: IssuePlanInput = {
      issue: target.issue,
      labels: read.kind === 'issue' ? read.snapshot.labels : read.labels,
      findings: [],
      owns: () => true,
      comments: read.comments,
      config,
      now,
      resolution: () => target.why
    };
    // A pull request's gate escalations are sections of its conversation comment: resolved there.
    const plan = read.comments.conversation
      ? await conversationPlan(github, repo, { pr: target.issue, mode: 'always' }, input)
      : planIssue(input);
    result.ops.push(...plan.ops);
    result.records.push(...plan.records);
  }
  return result;
}

/** An `issues` event: the one issue is re-checked at once (closing it resolves its escalations). */
export async function checkIssue(
  github: GitHub,
  repo: RepoRef,
  number: number,
  config: EscalationsConfig,
  now: Date
): Promise<FlowResult> {
  const read = await readIssue(github, repo, number);
  if (!read || read.kind !== 'issue') return { ops: [], records: [], notes: [] };
  const { snapshot } = read;
  const plan = planIssue({
    issue: number,
    labels: snapshot.labels,
    findings: evaluateTime(snapshot, config, now),
    owns: snapshot.open ? isTimeKey : () => true,
    comments: read.comments,
    config,
    now,
    resolution: snapshot.open ? timeResolution : () => CLOSED
  });
  return { ...plan, notes: [] };
}

/**
 * Threshold escalations from the gates measured in this run: each target (the pull request;
 * the epic on default-branch runs when configured) is read once for its labels and comments,
 * then planned like any issue, owning exactly the keys of the gates measured.
 */
export async function thresholds(
  github: GitHub,
  repo: RepoRef,
  gates: GatesShared,
  config: EscalationsConfig,
  now: Date
): Promise<FlowResult> {
  const result: FlowResult = { ops: [], records: [], notes: [] };
  const targets = thresholdTargets(gates, config.threshold);
  if (gates.pullRequest === undefined && !targets.length) {
    const failing = gates.outcomes.filter((g) => thresholdFinding({ issue: 0, key: '', gate: g }, config));
    if (failing.length)
      result.notes.push(`No pull request or epic to escalate on for: ${failing.map((g) => g.name).join(', ')}.`);
    return result;
  }
  const byIssue = new Map<number, ThresholdTarget[]>();
  for (const target of targets) byIssue.set(target.issue, [...(byIssue.get(target.issue) ?? []), target]);
  // The gate result goes out even when no gate of it can escalate.
  if (gates.conversation && !byIssue.has(gates.conversation.pr)) byIssue.set(gates.conversation.pr, []);
  for (const [issue, list] of byIssue) {
    const read = await readIssue(github, repo, issue);
    if (!read) {
      result.notes.push(`#${issue} could not be read: its threshold escalations were skipped.`);
      continue;
    }
    const keys = new Map(list.map((t) => [t.key, t]));
    const findings = list.map((t) => thresholdFinding(t, config)).filter((f): f is Finding => !!f);
    const input: IssuePlanInput = {
      issue,
      labels: read.kind === 'issue' ? read.snapshot.labels : read.labels,
      findings,
      owns: (key) => keys.has(key),
      comments: read.comments,
      config,
      now,
      resolution: (key) => {
        const gate = keys.get(key)!.gate;
        return `${gate.name} recovered: pass rate ${percent(gate.passRate)} (last recorded ${percent(gate.previousPassRate)}, baseline ${percent(gate.baselinePassRate)}, target ${percent(gate.targetPassRate)}).`;
      }
    };
    const plan =
      gates.conversation?.pr === issue
        ? await conversationPlan(
            github,
            repo,
            { pr: gates.conversation.pr, mode: gates.conversation.mode, gate: gates.conversation },
            input
          )
        : planIssue(input);
    result.ops.push(...plan.ops);
    result.records.push(...plan.records);
  }
  return result;
}

/** The pull request a conversation belongs to, how its comment is written and this run's gate result, if any. */
interface ConversationPart {
  pr: number;
  mode: CommentMode;
  gate?: GatePart;
}

/**
 * A pull request's one conversation: the escalations of its gates are planned as usual, but
 * against the sections of the gates' sticky comment instead of comments of their own, and the
 * gate result and every section are written back as that one comment (labels as usual).
 * Reminders are not posted there: an edit notifies no one, and the comment already says it.
 */
async function conversationPlan(
  github: GitHub,
  repo: RepoRef,
  part: ConversationPart,
  input: IssuePlanInput
): Promise<{ ops: Operation[]; records: EscalationRecord[] }> {
  let existing = input.comments.conversation;
  if (!existing && !input.comments.complete) existing = await findComment(github, repo, part.pr, COMMENT_MARKER);
  const sections = existing ? splitConversation(existing.body).sections : [];
  const virtual = sections.map((body, i) => ({ id: -(i + 1), body }));
  const plan = planIssue({ ...input, comments: { ours: virtual, complete: true } });
  const byKey = new Map(sections.map((body) => [keyOfBody(body) ?? body, body]));
  const ops: Operation[] = [];
  for (const op of plan.ops) {
    if (op.kind !== 'upsert-comment') ops.push(op);
    else if (
      op.marker.startsWith('<!-- epic-steward:escalation:') &&
      op.marker === escalationMarker(keyOfBody(op.body) ?? '')
    )
      byKey.set(keyOfBody(op.body)!, op.body);
  }
  const all = [...byKey.values()];
  const openEscalation = all.some((body) => readState(body)?.state === 'open');
  const what = part.gate ? `gates ${part.gate.failing ? 'fail' : 'pass'}` : 'its escalations';
  const op = planConversation({
    pr: part.pr,
    mode: part.mode,
    gate: part.gate,
    sections: all,
    openEscalation,
    existing,
    absent: !existing && input.comments.complete,
    why: `the pull request's conversation: ${what}${openEscalation ? ', escalated' : ''}`
  });
  // The comment before the labels' removal, after their addition: planIssue's order is labels first.
  return {
    ops: op ? [...ops.filter((o) => o.kind === 'add-labels'), op, ...ops.filter((o) => o.kind !== 'add-labels')] : ops,
    records: plan.records
  };
}
