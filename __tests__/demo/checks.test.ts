import { readFileSync } from 'node:fs';
import { parseStringPromise } from 'xml2js';
import { loadSeed, startEmulator, type Emulator } from '../../src/emulator';
import { storyChecks } from '../../src/cli/demo/checks';
import { backendJunit, frontendJunit } from '../../src/cli/demo/reports';

describe('the story checks', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startEmulator({ seed: loadSeed(readFileSync('examples/demo/seed.json', 'utf8'), 'seed.json') });
  });
  afterAll(() => emulator.close());
  const repo = () => emulator.store.repo('zebra-devops', 'marketedge-frontend')!;
  const fine = {
    escalations: new Map<number, number>(),
    replayWrites: [],
    unexpectedFailures: [],
    denied: [],
    violations: []
  };

  test('the untouched seed fails every check about the outcome, with the reason', () => {
    const checks = storyChecks(repo(), fine);
    const failed = new Map(checks.filter((c) => !c.ok).map((c) => [c.name, c.detail]));
    expect(failed.get('stories #14-#16 labelled P0-Critical and Week-1-Foundation')).toMatch(/#14 has no labels/);
    expect(failed.get('epic Development Success lines ticked for #14, #15, #16')).toBe('still unticked: #14, #15, #16');
    expect(failed.get('metric line ticked with its value (Backend security tests)')).toMatch(
      /^reads: - \[ \] Backend security tests/
    );
    expect(failed.get('handoff label ready-for-qa present once on the epic')).toBe('found 0');
    expect(failed.get('exactly one handoff comment to @zebra-devops/qa')).toBe('found 0');
    expect(failed.get('escalation comments created, then resolved')).toBe('0 created, 0 resolved');
    expect(failed.has('the redelivered last event writes nothing')).toBe(false);
    expect(failed.has("every request allowed by its workflow's permissions (examples/workflows/)")).toBe(false);
    expect(failed.has("every request and answer within GitHub's published contract (@octokit/openapi)")).toBe(false);
  });

  test('a second handoff comment, a replay that writes or a failed run are caught', () => {
    const epic = repo().issues.get(13)!;
    emulator.store.addComment(repo(), epic, 'Over to @zebra-devops/qa', 'bot');
    emulator.store.addComment(repo(), epic, 'Over to @zebra-devops/qa again', 'bot');
    const checks = storyChecks(repo(), {
      escalations: new Map(),
      replayWrites: ['POST /graphql addComment'],
      unexpectedFailures: ['push: boom'],
      denied: ['push: POST /repos/o/r/check-runs needs checks: write, not in examples/workflows/push.yml'],
      violations: ["response GET /repos/o/r/pulls/17 (200): response must have required property '_links'"]
    });
    const detail = (name: string) => checks.find((c) => c.name === name)!;
    expect(detail('exactly one handoff comment to @zebra-devops/qa')).toMatchObject({ ok: false, detail: 'found 2' });
    expect(detail('the redelivered last event writes nothing')).toMatchObject({
      ok: false,
      detail: 'POST /graphql addComment'
    });
    expect(detail('every action run ended as expected')).toMatchObject({ ok: false, detail: 'push: boom' });
    expect(detail("every request allowed by its workflow's permissions (examples/workflows/)")).toMatchObject({
      ok: false,
      detail: expect.stringContaining('needs checks: write')
    });
    expect(detail("every request and answer within GitHub's published contract (@octokit/openapi)")).toMatchObject({
      ok: false,
      detail: expect.stringContaining('_links')
    });
  });
});

describe('the generated reports', () => {
  const cases = async (xml: string) => {
    const doc = await parseStringPromise(xml);
    return doc.testsuites.testsuite.flatMap((s: { testcase: unknown[] }) => s.testcase) as {
      $: { classname: string; file: string };
      failure?: unknown;
      skipped?: unknown;
    }[];
  };

  test("the backend report has the seeds' counts, security and isolation tests where the gates select them", async () => {
    const all = await cases(
      backendJunit({
        passed: 143,
        failed: 84,
        skipped: 7,
        security: { passed: 17, failed: 3 },
        tenancy: { passed: 6, failed: 4 }
      })
    );
    expect(all).toHaveLength(234);
    expect(all.filter((c) => c.failure)).toHaveLength(84);
    expect(all.filter((c) => c.skipped)).toHaveLength(7);
    const security = all.filter((c) => c.$.classname.startsWith('tests.security.'));
    expect([security.length, security.filter((c) => c.failure).length]).toEqual([20, 3]);
    const tenancy = all.filter((c) => c.$.classname.startsWith('tests.tenancy.'));
    expect([tenancy.length, tenancy.filter((c) => c.failure).length]).toEqual([10, 4]);
  });

  test('the frontend report runs the security suite', async () => {
    const all = await cases(frontendJunit(12));
    expect(all).toHaveLength(12);
    expect(all.every((c) => c.$.file.startsWith('frontend/src/security/') && !c.failure)).toBe(true);
  });
});
