import type { Emulator } from '../../emulator';
import { issuesEvent, pullRequestEvent, pushEvent, scheduleEvent } from './events';
import { backendJunit, frontendJunit, type BackendCounts } from './reports';

export const REPO = 'zebra-devops/marketedge-frontend';
export const OWNER = 'zebra-devops';
export const NAME = 'marketedge-frontend';
export const EPIC = 13;
export const STORIES = [14, 15, 16];
export const PR = 17;

const HOUR = 3_600_000;
/** When the seed's stories were filed (their createdAt): the clock starts here. */
export const START = Date.parse('2025-01-11T09:00:00Z');

type Repo = NonNullable<ReturnType<Emulator['store']['repo']>>;

/** What a step's hooks can touch: the emulator (as GitHub and as the people in the story). */
export interface World {
  emulator: Emulator;
  repo: Repo;
  /** REST call against the emulator, as a person would make through the UI. */
  rest: (method: string, path: string, body?: unknown) => Promise<unknown>;
}

/** One GitHub event delivered to the workflow, and the action run it triggers. */
export interface DemoEvent {
  /** What happened, as a reader would say it. */
  title: string;
  at: number;
  /** What people do before the event fires (the event describes its result). */
  before?: (world: World) => Promise<string[]> | string[];
  eventName: string;
  payload: (world: World) => Record<string, unknown>;
  sha: string;
  ref: string;
  /** Report files present in the workspace for this run (paths under it). */
  reports?: Record<string, string>;
  /** The run is expected to fail the step (a missed quality gate). */
  expectFailure?: boolean;
}

export interface DemoStep {
  heading: string;
  events: DemoEvent[];
}

const MAIN_BEFORE = '1'.repeat(40);
const MERGE_SHA = '2'.repeat(40);
const FIX_SHA = '3'.repeat(40);
const HEAD_SHA = 'a1'.repeat(20);
const PR_MERGE_REF_SHA = 'b2'.repeat(20);

/** The seeds' figures: 143 passed, 84 failed, 7 skipped; security at 85%, isolation at 60%. */
const FAILING: BackendCounts = {
  passed: 143,
  failed: 84,
  skipped: 7,
  security: { passed: 17, failed: 3 },
  tenancy: { passed: 6, failed: 4 }
};
const FIXED: BackendCounts = {
  passed: 227,
  failed: 0,
  skipped: 7,
  security: { passed: 20, failed: 0 },
  tenancy: { passed: 10, failed: 0 }
};

const at = (hours: number) => START + hours * HOUR;

/** The seed story, one GitHub event at a time. */
export function story(): DemoStep[] {
  return [storiesOpened(), fixMergedBelowTarget(), sweepEscalates(), fixesLand(), lastStoriesClose()];
}

function storiesOpened(): DemoStep {
  return {
    heading: '1. The stories are opened and labelled',
    events: [
      {
        title: 'issues.opened #14',
        at: at(0.1),
        before: ({ emulator, repo }) => {
          // The plan names the epic's labels; the product owner applies them when filing it.
          emulator.store.addLabels(repo, repo.issues.get(EPIC)!, ['P0-Critical', 'Week-1-Foundation'], 'sarah-po');
          return ['sarah-po labels epic #13 P0-Critical and Week-1-Foundation, as the plan says'];
        },
        eventName: 'issues',
        payload: ({ repo }) => issuesEvent(repo, 'opened', 14, 'sarah-po'),
        sha: MAIN_BEFORE,
        ref: 'refs/heads/main'
      },
      {
        title: 'issues.opened #15',
        at: at(0.2),
        eventName: 'issues',
        payload: ({ repo }) => issuesEvent(repo, 'opened', 15, 'sarah-po'),
        sha: MAIN_BEFORE,
        ref: 'refs/heads/main'
      },
      {
        title: 'issues.opened #16',
        at: at(0.3),
        eventName: 'issues',
        payload: ({ repo }) => issuesEvent(repo, 'opened', 16, 'sarah-po'),
        sha: MAIN_BEFORE,
        ref: 'refs/heads/main'
      }
    ]
  };
}

/** The stories are assigned (their estimates count from here) and dev-backend opens the fix for #14. */
function assignAndOpenFix({ emulator, repo }: World): string[] {
  for (const [n, dev] of [
    [14, 'dev-backend'],
    [15, 'dev-frontend'],
    [16, 'dev-auth']
  ] as const)
    emulator.store.assign(repo.issues.get(n)!, [dev], 'sarah-po');
  emulator.store.createIssue(
    repo,
    {
      number: PR,
      title: 'Fix the test database URL for Railway',
      body: 'Fixes #14\n\n`get_test_database_url()` handles the Railway environment and falls back to the local database.',
      author: 'dev-backend',
      pull: {
        merged: false,
        mergedAt: null,
        baseRef: 'main',
        headRef: 'fix/test-database-url',
        headSha: HEAD_SHA,
        baseSha: MAIN_BEFORE,
        files: ['app/core/config.py'],
        closingIssues: [14]
      }
    },
    'dev-backend'
  );
  return [
    'the stories were assigned at 17:00 (dev-backend, dev-frontend, dev-auth): their estimates count from then',
    'dev-backend opens #17 "Fix the test database URL for Railway" (Fixes #14, app/core/config.py)'
  ];
}

function fixMergedBelowTarget(): DemoStep {
  return {
    heading: '2. A pull request fixing #14: the backend gate misses its target, then it is merged',
    events: [
      {
        title: 'pull_request.opened #17 (backend report: 84 failed / 143 passed / 7 skipped)',
        at: at(8),
        before: assignAndOpenFix,
        eventName: 'pull_request',
        payload: ({ repo }) => pullRequestEvent(repo, 'opened', PR, 'dev-backend'),
        sha: PR_MERGE_REF_SHA,
        ref: `refs/pull/${PR}/merge`,
        reports: { 'reports/backend/junit.xml': backendJunit(FAILING) },
        expectFailure: true
      },
      {
        title: 'pull_request.closed #17 (merged)',
        at: at(10),
        before: async ({ rest }) => {
          await rest('PUT', `/repos/${REPO}/pulls/${PR}/merge`, { merge_method: 'squash' });
          return ['sarah-po merges #17: GitHub closes #14 (Fixes #14)'];
        },
        eventName: 'pull_request',
        payload: ({ repo }) => pullRequestEvent(repo, 'closed', PR, 'sarah-po'),
        sha: MERGE_SHA,
        ref: `refs/pull/${PR}/merge`
      },
      {
        title: 'push to main (the merge commit; CI runs the same tests on main)',
        at: at(10.1),
        eventName: 'push',
        payload: ({ repo }) =>
          pushEvent(repo, {
            before: MAIN_BEFORE,
            after: MERGE_SHA,
            message: 'Fix the test database URL for Railway (#17)',
            at: new Date(at(10.1)).toISOString(),
            pusher: 'sarah-po',
            modified: ['app/core/config.py']
          }),
        sha: MERGE_SHA,
        ref: 'refs/heads/main',
        reports: { 'reports/backend/junit.xml': backendJunit(FAILING) },
        expectFailure: true
      }
    ]
  };
}

function sweepEscalates(): DemoStep {
  return {
    heading: '3. Time passes (+49 h): the sweep escalates the overdue P0 stories',
    events: [
      {
        title: 'schedule (nightly: the tests run on main, then the sweep and the daily report)',
        at: at(49),
        eventName: 'schedule',
        payload: ({ repo }) => scheduleEvent(repo, '0 6 * * *'),
        sha: MERGE_SHA,
        ref: 'refs/heads/main',
        reports: { 'reports/backend/junit.xml': backendJunit(FAILING) },
        expectFailure: true
      }
    ]
  };
}

function fixesLand(): DemoStep {
  return {
    heading: '4. Fixes land: the reports reach the targets, metric lines tick, escalations resolve',
    events: [
      {
        title: 'push to main (all backend tests pass, the frontend security suite runs)',
        at: at(58),
        eventName: 'push',
        payload: ({ repo }) =>
          pushEvent(repo, {
            before: MERGE_SHA,
            after: FIX_SHA,
            message: 'Jest timer mocks and role definitions aligned (refs #15, #16)',
            at: new Date(at(58)).toISOString(),
            pusher: 'dev-auth',
            modified: [
              'frontend/jest.config.js',
              'frontend/src/setupTests.ts',
              'app/auth/jwt.py',
              'tests/test_security_fixes.py'
            ]
          }),
        sha: FIX_SHA,
        ref: 'refs/heads/main',
        reports: { 'reports/backend/junit.xml': backendJunit(FIXED), 'reports/frontend/junit.xml': frontendJunit(12) }
      },
      {
        title: "schedule (the next night: tests on main, the sweep, the day's progress report)",
        at: at(69),
        eventName: 'schedule',
        payload: ({ repo }) => scheduleEvent(repo, '0 6 * * *'),
        sha: FIX_SHA,
        ref: 'refs/heads/main',
        reports: { 'reports/backend/junit.xml': backendJunit(FIXED), 'reports/frontend/junit.xml': frontendJunit(12) }
      }
    ]
  };
}

/** A story closed as completed by its developer, through the API as the UI would. */
function closedByDeveloper(issue: number, dev: string, hours: number): DemoEvent {
  return {
    title: `issues.closed #${issue}`,
    at: at(hours),
    before: async ({ rest }) => {
      await rest('PATCH', `/repos/${REPO}/issues/${issue}`, { state: 'closed', state_reason: 'completed' });
      return [`${dev} closes #${issue} as completed`];
    },
    eventName: 'issues',
    payload: ({ repo }) => issuesEvent(repo, 'closed', issue, dev),
    sha: FIX_SHA,
    ref: 'refs/heads/main'
  };
}

function lastStoriesClose(): DemoStep {
  return {
    heading: '5. The last stories close: the epic reads complete and QA is handed off once',
    events: [closedByDeveloper(15, 'dev-frontend', 70), closedByDeveloper(16, 'dev-auth', 71)]
  };
}

/** The last event delivered again (GitHub redelivers; a re-run happens): it must change nothing. */
export function replay(): DemoEvent {
  return {
    title: 'issues.closed #16 again (a redelivery)',
    at: at(71.5),
    eventName: 'issues',
    payload: ({ repo }) => issuesEvent(repo, 'closed', 16, 'dev-auth'),
    sha: FIX_SHA,
    ref: 'refs/heads/main'
  };
}
