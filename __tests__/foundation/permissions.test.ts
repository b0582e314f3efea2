import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { backendJunit } from '../../src/cli/demo/reports';
import { loadWorkflows, tokenOf, workflowFor, type Workflow } from '../../src/cli/demo/workflows';
import { startEmulator, type Emulator } from '../../src/emulator';
import { allows, grantsOf, type Level, type Need, type Scope } from '../../src/emulator/permissions';
import { runAction, spawnNode } from '../helpers/action';
import { pullRequestEvent, workflowRunEvent } from '../helpers/events';

/**
 * Every `permissions:` block users are told to copy (examples/workflows/, shown verbatim in the
 * README) is checked against the endpoints the action calls: the emulator enforces a token
 * holding exactly that block and logs what each request needed, as GitHub's permission tables
 * say. Enough: no request is refused. No more: lowering any declared permission by one step
 * (write → read → none) would refuse at least one request the runs made.
 */
const workflows = loadWorkflows('examples/workflows');
const REPO = 'zebra-devops/marketedge-frontend';
const CONFIG = readFileSync('examples/demo/config.yml', 'utf8');

const parseNeed = (text: string): Need => {
  const [scopes, level] = text.split(': ');
  return { scopes: scopes!.split(' or ') as Scope[], level: level as Level };
};

/** The declared permissions that no logged request needs at their level. */
function unneeded(workflow: Workflow, needs: Need[]): string[] {
  const spare: string[] = [];
  for (const [scope, level] of Object.entries(workflow.permissions)) {
    // actions/checkout reads the repository with the job's token.
    if (scope === 'contents' && level === 'read' && workflow.checkout) continue;
    const lowered = { ...workflow.permissions, [scope]: level === 'write' ? 'read' : 'none' };
    const grants = grantsOf(tokenOf(lowered));
    if (!needs.some((need) => !allows(grants, need))) spare.push(`${scope}: ${level}`);
  }
  return spare;
}

const needsOf = (entries: { needs?: string[] }[]) => entries.flatMap((e) => (e.needs ?? []).map(parseNeed));
const deniedIn = (entries: { method: string; path: string; operationName?: string; denied?: string[] }[]) =>
  entries
    .filter((e) => e.denied?.length)
    .map((e) => `${e.method} ${e.path} ${e.operationName ?? ''} needs ${e.denied!.join(', ')}`);

describe('the copy-paste workflows', () => {
  const readme = readFileSync('README.md', 'utf8');

  test('one per trigger: issues, pull_request, pull_request_target, workflow_run, push, schedule', () => {
    for (const event of [
      'issues',
      'pull_request',
      'pull_request_target',
      'workflow_run',
      'push',
      'schedule',
      'workflow_dispatch'
    ]) {
      expect(workflowFor(workflows, event).events).toContain(event);
    }
  });

  test.each(workflows.map((w) => [w.file, w] as const))(
    '%s is in the README verbatim, with permissions and a concurrency group',
    (file, workflow) => {
      const text = readFileSync(file, 'utf8');
      expect(readme).toContain(text.trimEnd());
      const doc = parse(text);
      expect(Object.keys(workflow.permissions).length).toBeGreaterThan(0);
      expect(doc.concurrency?.group).toMatch(/epic-steward/);
    }
  );

  test('every workflow in the README is one of them', () => {
    const blocks = [...readme.matchAll(/```ya?ml\n([\s\S]*?)```/g)].map((m) => m[1]!).filter((b) => /^jobs:/m.test(b));
    const files = workflows.map((w) => readFileSync(w.file, 'utf8').trimEnd());
    for (const block of blocks) expect(files).toContain(block.trimEnd());
  });

  test('the check itself: a permission nothing needs is reported, a needed one is not', () => {
    const workflow: Workflow = {
      file: 'x.yml',
      events: ['issues'],
      checkout: false,
      permissions: { issues: 'write', checks: 'write' }
    };
    expect(unneeded(workflow, [parseNeed('issues: write')])).toEqual(['checks: write']);
    expect(unneeded(workflow, [parseNeed('issues: write'), parseNeed('checks: read')])).toEqual(['checks: write']);
    expect(unneeded(workflow, [parseNeed('issues or pull-requests: write'), parseNeed('checks: write')])).toEqual([]);
  });
});

describe('their permissions against the endpoints the action calls', () => {
  test('the seed story (issues, pull_request, push, schedule workflows) runs with exactly their permissions', async () => {
    const out = mkdtempSync(join(tmpdir(), 'epic-steward-permissions-'));
    const run = await spawnNode([resolve('dist/cli.js'), 'demo', '--out', out], { PATH: process.env.PATH ?? '' });
    expect(run.code).toBe(0);
    const log = JSON.parse(readFileSync(join(out, 'requests.json'), 'utf8')) as {
      workflow: string;
      method: string;
      path: string;
      needs?: string[];
      denied?: string[];
    }[];
    expect(deniedIn(log)).toEqual([]);
    const played = new Set(log.map((e) => e.workflow));
    expect([...played].sort()).toEqual([
      'examples/workflows/issues.yml',
      'examples/workflows/pull-request.yml',
      'examples/workflows/push.yml',
      'examples/workflows/schedule.yml'
    ]);
    for (const workflow of workflows.filter((w) => played.has(w.file))) {
      expect({ [workflow.file]: unneeded(workflow, needsOf(log.filter((e) => e.workflow === workflow.file))) }).toEqual(
        { [workflow.file]: [] }
      );
    }
  }, 120_000);

  /** The demo's repository with the config committed and pull request #17 fixing #14. */
  async function emulator(): Promise<Emulator> {
    const seed = JSON.parse(readFileSync('examples/demo/seed.json', 'utf8'));
    const repo = seed.repos[0];
    repo.contents = { ...repo.contents, '.github/epic-steward.yml': CONFIG };
    repo.pulls = [
      {
        number: 17,
        title: 'Fix the test database URL',
        body: 'Fixes #14',
        author: 'contributor',
        files: ['app/core/config.py'],
        headSha: 'a'.repeat(40),
        headRef: 'fix-db',
        baseSha: 'b'.repeat(40),
        closingIssues: [14]
      }
    ];
    repo.workflowRuns = [
      { id: 501, headSha: 'a'.repeat(40), headBranch: 'fix-db', event: 'pull_request', pullRequests: [17] }
    ];
    const counts = {
      passed: 143,
      failed: 84,
      skipped: 7,
      security: { passed: 17, failed: 3 },
      tenancy: { passed: 6, failed: 4 }
    };
    repo.artifacts = [
      { id: 601, runId: 501, name: 'test-results', files: { 'reports/backend/junit.xml': backendJunit(counts) } }
    ];
    return startEmulator({ seed });
  }

  test('pull_request_target (a fork PR labelled, then merged): enough and no more', async () => {
    const workflow = workflowFor(workflows, 'pull_request_target');
    const e = await emulator();
    try {
      const pr = { number: 17, body: 'Fixes #14', headSha: 'a'.repeat(40), fork: true };
      const token = tokenOf(workflow.permissions);
      const opened = await runAction({
        emulator: e,
        repo: REPO,
        eventName: 'pull_request_target',
        payload: pullRequestEvent('opened', pr, REPO),
        token
      });
      expect(opened.code).toBe(0);
      expect(e.store.repo('zebra-devops', 'marketedge-frontend')!.issues.get(17)!.labels).toContain('Backend');
      const repo = e.store.repo('zebra-devops', 'marketedge-frontend')!;
      e.store.merge(repo, repo.issues.get(17)!, 'maintainer');
      const closed = await runAction({
        emulator: e,
        repo: REPO,
        eventName: 'pull_request_target',
        payload: pullRequestEvent('closed', { ...pr, merged: true }, REPO),
        token
      });
      expect(closed.code).toBe(0);
      expect(e.store.repo('zebra-devops', 'marketedge-frontend')!.issues.get(13)!.body).toMatch(/- \[x\] Story #14/);
      expect(deniedIn(e.requests())).toEqual([]);
      expect(unneeded(workflow, needsOf(e.requests()))).toEqual([]);
    } finally {
      await e.close();
    }
  });

  test("workflow_run (a fork PR's reports from its artifacts): enough and no more", async () => {
    const workflow = workflowFor(workflows, 'workflow_run');
    const e = await emulator();
    try {
      const payload = {
        ...workflowRunEvent({ id: 501, headSha: 'a'.repeat(40), headBranch: 'fix-db', pullRequests: [17] }, REPO),
        action: 'completed'
      };
      const run = await runAction({
        emulator: e,
        repo: REPO,
        eventName: 'workflow_run',
        payload,
        token: tokenOf(workflow.permissions)
      });
      // The seeds' failing report: the gate fails the step, and says so on the PR and in a check run.
      expect(run.outputs.verdict).toBe('fail');
      const repo = e.store.repo('zebra-devops', 'marketedge-frontend')!;
      expect(repo.issues.get(17)!.comments.some((c) => c.body.includes('epic-steward:gates'))).toBe(true);
      expect(repo.checkRuns.length).toBeGreaterThan(0);
      expect(deniedIn(e.requests())).toEqual([]);
      expect(unneeded(workflow, needsOf(e.requests()))).toEqual([]);
    } finally {
      await e.close();
    }
  });
});
