import type { Emulator } from '../../emulator';
import { EPIC, STORIES } from './story';

type Repo = NonNullable<ReturnType<Emulator['store']['repo']>>;

export interface Check {
  name: string;
  ok: boolean;
  /** Why it failed, in words a reader can act on. */
  detail?: string;
}

/** What the demo saw happen over the whole story, beyond the final state. */
export interface Observed {
  /** Escalation comments seen at any point: id -> issue number. */
  escalations: Map<number, number>;
  /** Mutating requests made by the replayed last event. */
  replayWrites: string[];
  /** Action runs that failed when they should not have, with the first error line. */
  unexpectedFailures: string[];
  /** Requests refused for a permission the event's workflow (examples/workflows/) lacks. */
  denied: string[];
  /** Requests and answers that broke GitHub's published contract (the emulator runs `--contract strict`). */
  violations: string[];
}

const ESCALATION = /epic-steward:escalation/;
const HANDOFF_MENTION = '@zebra-devops/qa';

const has = (labels: string[], name: string) => labels.some((l) => l.toLowerCase() === name.toLowerCase());

function line(body: string, pattern: RegExp): string | undefined {
  return body.split('\n').find((l) => pattern.test(l));
}

/** The story's end as the seeds expect it, checked on the emulator's final state. */
export function storyChecks(repo: Repo, observed: Observed): Check[] {
  return [...labelChecks(repo), ...epicChecks(repo), ...escalationChecks(repo, observed), ...runChecks(observed)];
}

/** The labels feature: the plan's labels on the stories, the areas read from their bodies. */
function labelChecks(repo: Repo): Check[] {
  const stories = STORIES.map((n) => repo.issues.get(n)!);
  const unlabelled = stories.filter((s) => !has(s.labels, 'P0-Critical') || !has(s.labels, 'Week-1-Foundation'));
  const areas: [number, string[]][] = [
    [14, ['Backend', 'Data']],
    [15, ['Frontend']],
    [16, ['Backend', 'Auth']]
  ];
  const missingAreas = areas.filter(([n, want]) => !want.every((l) => has(repo.issues.get(n)!.labels, l)));
  return [
    {
      name: 'stories #14-#16 labelled P0-Critical and Week-1-Foundation',
      ok: unlabelled.length === 0,
      detail: unlabelled
        .map((s) => `#${s.number} has ${s.labels.join(', ') || 'no labels'} (is the labels feature finished?)`)
        .join('; ')
    },
    {
      name: 'area labels from the bodies (#14 Backend+Data, #15 Frontend, #16 Backend+Auth)',
      ok: missingAreas.length === 0,
      detail: missingAreas
        .map(([n, want]) => `#${n} lacks ${want.filter((l) => !has(repo.issues.get(n)!.labels, l)).join(', ')}`)
        .join('; ')
    }
  ];
}

/** The epic: its lines ticked, the metric line with its value, the handoff made once. */
function epicChecks(repo: Repo): Check[] {
  const epic = repo.issues.get(EPIC)!;
  const body = epic.body ?? '';
  const unticked = STORIES.filter((n) => !line(body, new RegExp(`^\\s*[-*] \\[[xX]\\] Story #${n}:`)));
  const metric = line(body, /Backend security tests: 100% pass rate achieved/);
  const handoffLabels = epic.labels.filter((l) => l.toLowerCase() === 'ready-for-qa').length;
  const handoffs = epic.comments.filter((c) => c.body.includes(HANDOFF_MENTION) && !ESCALATION.test(c.body));
  return [
    {
      name: 'epic Development Success lines ticked for #14, #15, #16',
      ok: unticked.length === 0,
      detail: unticked.length ? `still unticked: ${unticked.map((n) => `#${n}`).join(', ')}` : undefined
    },
    {
      name: 'metric line ticked with its value (Backend security tests)',
      ok:
        metric !== undefined &&
        /^\s*[-*] \[[xX]\]/.test(metric) &&
        /\d+(\.\d+)?%/.test(metric.replace('100% pass rate achieved', '')),
      detail: metric ? `reads: ${metric.trim()} (is the gates feature finished?)` : 'the line is missing from the epic'
    },
    {
      name: 'handoff label ready-for-qa present once on the epic',
      ok: handoffLabels === 1,
      detail: `found ${handoffLabels}`
    },
    {
      name: 'exactly one handoff comment to @zebra-devops/qa',
      ok: handoffs.length === 1,
      detail: `found ${handoffs.length}`
    }
  ];
}

/** Escalations came and went: each created one resolved, none left on what is finished. */
function escalationChecks(repo: Repo, observed: Observed): Check[] {
  const comments = new Map([...repo.issues.values()].flatMap((i) => i.comments.map((c) => [c.id, c.body] as const)));
  const created = [...observed.escalations.keys()];
  const resolved = created.filter((id) => /resolved/i.test(comments.get(id) ?? ''));
  // An escalation ends with what it is about: nothing closed, merged or completed keeps one open.
  const finished = [...repo.issues.values()].filter((i) => i.state === 'closed' || i.number === EPIC);
  const lingering = finished.filter(
    (i) => has(i.labels, 'escalated') || i.comments.some((c) => ESCALATION.test(c.body) && !/resolved/i.test(c.body))
  );
  return [
    {
      name: 'escalation comments created, then resolved',
      ok: created.length > 0 && resolved.length > 0,
      detail: `${created.length} created, ${resolved.length} resolved`
    },
    {
      name: 'no escalation left open on a closed issue, a merged pull request or the completed epic',
      ok: lingering.length === 0,
      detail: lingering.map((i) => `#${i.number}${has(i.labels, 'escalated') ? ' (label escalated)' : ''}`).join(', ')
    }
  ];
}

/** The runs themselves: idempotent on redelivery, within their permissions and GitHub's contract, as expected. */
function runChecks(observed: Observed): Check[] {
  return [
    {
      name: 'the redelivered last event writes nothing',
      ok: observed.replayWrites.length === 0,
      detail: observed.replayWrites.join(', ')
    },
    {
      name: "every request allowed by its workflow's permissions (examples/workflows/)",
      ok: observed.denied.length === 0,
      detail: observed.denied.slice(0, 5).join('; ')
    },
    {
      name: "every request and answer within GitHub's published contract (@octokit/openapi)",
      ok: observed.violations.length === 0,
      detail: observed.violations.slice(0, 5).join('; ')
    },
    {
      name: 'every action run ended as expected',
      ok: observed.unexpectedFailures.length === 0,
      detail: observed.unexpectedFailures.join('; ')
    }
  ];
}
