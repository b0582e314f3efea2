import { formatAllowance, parseDuration } from '../core/duration';
import { inert } from '../core/escape';
import type { RepoRef, UpsertCommentOp } from '../core/plan';
import { isOwn, ownIdentity, type Identity } from '../github/identity';
import type { GitHub } from '../core/port';
import { formatTime, mentions } from './comment';
import type { EscalationsConfig } from './config';
import type { Finding } from './model';

/**
 * GitHub's native "blocked by" dependencies (REST only: the published GraphQL schema has none).
 * Open issues come with `issue_dependencies_summary` (open and total blockers); only those with
 * a blocker have their blockers and timeline read. Since when an issue is blocked is the time
 * of its `blocked_by_added` timeline event for that blocker (GitHub's `blocked-by-added-issue-event`):
 * the dependency itself carries no time.
 */

/** Issues read in detail at most per run: each costs two requests or more. */
export const MAX_DETAILED = 100;
const TIMELINE_PAGES = 10;

export interface Blocker {
  /** `#16`, or `owner/name#16` in another repository. */
  ref: string;
  title: string;
  open: boolean;
  closedAt: string | null;
  repo: string;
  number: number;
}

export interface TimelineItem {
  event: string;
  at: string;
  actor?: { login?: string | null; type?: string | null } | null;
  blockedBy?: { repo: string; number: number };
  body?: string;
}

export interface DependentIssue {
  number: number;
  title: string;
  createdAt: string;
  openBlockers: number;
}

type RestIssue = {
  number: number;
  title: string;
  state: string;
  created_at: string;
  closed_at?: string | null;
  pull_request?: unknown;
  repository?: { full_name?: string };
  repository_url?: string;
  issue_dependencies_summary?: { blocked_by: number; total_blocked_by: number };
};

export function isBlockedKey(key: string): boolean {
  return key.startsWith('blocked:');
}

export const unblockedMarker = (issue: number, since: string) => `<!-- epic-steward:unblocked:#${issue}:${since} -->`;

const walks = new WeakMap<GitHub, Map<string, Promise<DependentIssue[]>>>();

/** Open issues with at least one blocker, open or closed (one REST walk of open issues a run, shared by the sweep and the report). */
export function dependentIssues(github: GitHub, repo: RepoRef): Promise<DependentIssue[]> {
  let byRepo = walks.get(github);
  if (!byRepo) walks.set(github, (byRepo = new Map<string, Promise<DependentIssue[]>>()));
  const key = `${repo.owner}/${repo.repo}`.toLowerCase();
  let walk = byRepo.get(key);
  if (!walk) {
    walk = github
      .paginate<RestIssue>('GET /repos/{owner}/{repo}/issues', { ...repo, state: 'open', per_page: 100 })
      .then((issues) =>
        issues
          .filter((i) => !i.pull_request && (i.issue_dependencies_summary?.total_blocked_by ?? 0) > 0)
          .map((i) => ({
            number: i.number,
            title: i.title,
            createdAt: i.created_at,
            openBlockers: i.issue_dependencies_summary?.blocked_by ?? 0
          }))
      );
    byRepo.set(key, walk);
  }
  return walk;
}

function repoOfIssue(issue: RestIssue): string {
  return (issue.repository?.full_name ?? issue.repository_url?.replace(/^.*\/repos\//, '') ?? '').toLowerCase();
}

/** The issues blocking `number` (GitHub allows 50: one page). */
export async function readBlockers(github: GitHub, repo: RepoRef, number: number): Promise<Blocker[]> {
  const { data } = await github.request<RestIssue[]>(
    'GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by',
    { ...repo, issue_number: number, per_page: 100 }
  );
  const here = `${repo.owner}/${repo.repo}`.toLowerCase();
  return data.map((b) => {
    const where = repoOfIssue(b) || here;
    return {
      ref: where === here ? `#${b.number}` : `${where}#${b.number}`,
      title: b.title,
      open: b.state === 'open',
      closedAt: b.closed_at ?? null,
      repo: where,
      number: b.number
    };
  });
}

type RestTimelineItem = {
  event?: string;
  created_at?: string;
  actor?: TimelineItem['actor'];
  user?: TimelineItem['actor'];
  body?: string;
  blocked_by?: { number: number; repository?: { full_name?: string } } | null;
};

/** The issue's timeline (events and comments), up to 1,000 items, and whether that was all of it. */
export async function readTimeline(
  github: GitHub,
  repo: RepoRef,
  number: number
): Promise<{ items: TimelineItem[]; complete: boolean }> {
  let pages = 0;
  const raw = await github.paginate<RestTimelineItem>(
    'GET /repos/{owner}/{repo}/issues/{issue_number}/timeline',
    { ...repo, issue_number: number, per_page: 100 },
    () => ++pages >= TIMELINE_PAGES
  );
  const items = raw
    .filter((i) => typeof i.created_at === 'string')
    .map((i) => ({
      event: i.event ?? '',
      at: i.created_at!,
      actor: i.actor ?? i.user ?? null,
      ...(i.blocked_by
        ? {
            blockedBy: {
              repo: (i.blocked_by.repository?.full_name ?? `${repo.owner}/${repo.repo}`).toLowerCase(),
              number: i.blocked_by.number
            }
          }
        : {}),
      ...(typeof i.body === 'string' ? { body: i.body } : {})
    }));
  return { items, complete: pages < TIMELINE_PAGES };
}

export interface BlockedInput {
  repo: RepoRef;
  issue: DependentIssue;
  blockers: Blocker[];
  timeline: { items: TimelineItem[]; complete: boolean };
  self: Identity;
}

/** When each open blocker was last added (its `blocked_by_added` event); the earliest is when the issue became blocked. */
export function blockedSince(input: BlockedInput): number | undefined {
  const times = input.blockers
    .filter((b) => b.open)
    .map((b) => {
      const added = input.timeline.items
        .filter(
          (i) => i.event === 'blocked_by_added' && i.blockedBy?.number === b.number && i.blockedBy.repo === b.repo
        )
        .map((i) => Date.parse(i.at));
      return added.length ? Math.max(...added) : undefined;
    });
  if (times.length === 0 || times.some((t) => t === undefined)) return undefined;
  return Math.min(...(times as number[]));
}

function blockerList(blockers: Blocker[]): string {
  return blockers.map((b) => `${b.ref} ${inert(b.title, { max: 80 })}`).join(', ');
}

/** The escalation of an issue blocked for longer than `after`: stable while its blockers are (no "now" in it). */
export function blockedFinding(input: BlockedInput, since: number, after: number, config: EscalationsConfig): Finding {
  const ref = `#${input.issue.number}`;
  const open = input.blockers.filter((b) => b.open);
  return {
    key: `blocked:${ref}`,
    trigger: 'blocked',
    issue: input.issue.number,
    headline: `${ref} has been blocked for longer than ${formatAllowance(after)}`,
    why: `${ref} has had an open blocker for longer than ${formatAllowance(after)}.`,
    facts: [
      ['Issue', `${ref} ${inert(input.issue.title, { max: 120 })}`],
      ['Blocked by', blockerList(open)],
      ['Blocked since', formatTime(new Date(since))],
      ['Allowed', formatAllowance(after)],
      ['Deadline', formatTime(new Date(since + after))]
    ],
    start: new Date(since),
    mention: [...config.mention, ...config.stuck.mention]
  };
}

/**
 * The one "unblocked" nudge: every blocker closed for longer than `after` and nothing done on
 * the issue since by anyone but the action. Its marker names the unblocking time, so it is
 * posted once per unblocking; none when ours is already there.
 */
export function unblockedNudge(
  input: BlockedInput,
  after: number,
  now: Date,
  mention: string[] = []
): UpsertCommentOp | undefined {
  const closed = input.blockers.map((b) => Date.parse(b.closedAt ?? ''));
  if (input.blockers.length === 0 || input.blockers.some((b) => b.open) || closed.some(Number.isNaN)) return undefined;
  const since = Math.max(...closed);
  if (now.getTime() <= since + after) return undefined;
  const foreign = input.timeline.items.some((i) => Date.parse(i.at) > since && !isOwn(input.self, i.actor));
  const sinceIso = new Date(since).toISOString();
  const marker = unblockedMarker(input.issue.number, sinceIso);
  const posted = input.timeline.items.some((i) => i.body?.startsWith(marker) && isOwn(input.self, i.actor));
  if (foreign || posted || !input.timeline.complete) return undefined;
  const who = mentions(mention);
  const body = [
    marker,
    `### Unblocked: #${input.issue.number} can move again`,
    '',
    `Every issue blocking #${input.issue.number} is closed (${blockerList(input.blockers)}), the last on ${formatTime(new Date(since))}, and nothing has happened here since.`,
    ...(who ? ['', who] : []),
    '',
    '<sub>Epic Steward posts this once per unblocking.</sub>'
  ].join('\n');
  return {
    kind: 'upsert-comment',
    issue: input.issue.number,
    marker,
    body,
    why: `unblocked for longer than ${formatAllowance(after)} with no activity`,
    absent: true
  };
}

export interface BlockedResult {
  /** Blocked escalations by issue number. */
  findings: Map<number, Finding[]>;
  nudges: UpsertCommentOp[];
  notes: string[];
}

/**
 * The sweep's part: issues with a blocker are read in detail (blockers, then the timeline when
 * a blocker may have been open long enough, or all closed long enough), at most MAX_DETAILED.
 */
export async function readBlocked(
  github: GitHub,
  repo: RepoRef,
  config: EscalationsConfig,
  now: Date
): Promise<BlockedResult> {
  const result: BlockedResult = { findings: new Map(), nudges: [], notes: [] };
  const after = parseDuration(config.stuck['blocked-by'].after);
  if (after === undefined || !config.stuck.enabled) return result;
  const dependent = (await dependentIssues(github, repo)).filter(
    (i) => now.getTime() - Date.parse(i.createdAt) > after
  );
  if (dependent.length > MAX_DETAILED)
    result.notes.push(
      `${dependent.length} issues have blockers; the first ${MAX_DETAILED} were checked (the next sweep checks the same ones first).`
    );
  const self = await ownIdentity(github);
  for (const issue of dependent.slice(0, MAX_DETAILED)) {
    const blockers = await readBlockers(github, repo, issue.number);
    if (blockers.length === 0) continue;
    const input: BlockedInput = {
      repo,
      issue,
      blockers,
      timeline: await readTimeline(github, repo, issue.number),
      self
    };
    if (blockers.some((b) => b.open)) {
      const since = blockedSince(input);
      if (since === undefined)
        result.notes.push(`#${issue.number}: since when it is blocked is not in its timeline; not escalated.`);
      else if (now.getTime() > since + after)
        result.findings.set(issue.number, [blockedFinding(input, since, after, config)]);
      continue;
    }
    const nudge = unblockedNudge(input, after, now, [...config.mention, ...config.stuck.mention]);
    if (nudge) result.nudges.push(nudge);
  }
  return result;
}

/** Open issues blocked now and their open blockers, for the daily report (`#15` → `#16 Title, #17 Title`). */
export async function blockedStories(github: GitHub, repo: RepoRef): Promise<Map<number, string>> {
  const found = new Map<number, string>();
  const blocked = (await dependentIssues(github, repo)).filter((i) => i.openBlockers > 0).slice(0, MAX_DETAILED);
  for (const issue of blocked) {
    const open = (await readBlockers(github, repo, issue.number)).filter((b) => b.open);
    if (open.length) found.set(issue.number, blockerList(open));
  }
  return found;
}

/** The report's line on an epic's blocked stories (`#15` in `open`, the refs the report lists), or none. */
export function blockedReportLine(open: string[], blocked: Map<number, string>): string | undefined {
  const lines = open.flatMap((ref) => {
    const m = /^#(\d+)$/.exec(ref);
    const by = m ? blocked.get(Number(m[1])) : undefined;
    return by ? [`${ref} by ${by}`] : [];
  });
  return lines.length ? `**Blocked** ${lines.join(' · ')}` : undefined;
}
