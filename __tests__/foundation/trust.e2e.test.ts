import { runAction } from '../helpers/action';
import type { Seed, SeedRepo } from '../../src/emulator/seed';
import { useEmulator, type Emulator } from '../helpers/emulator';
import { issueEvent, pullRequestEvent, scheduleEvent, workflowRunEvent } from '../helpers/events';

/**
 * Issue 13, "outsiders in control": each test plays an outsider (`mallory`, no association with
 * the repository) against the real dist/index.js, and checks the action stays in control.
 */

const BOT = 'github-actions[bot]';
const HEAD = 'a'.repeat(40);
const NEWER = 'd'.repeat(40);

function junit(passed: number, failed: number, classname = 't'): string {
  const attr = classname.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const cases = [
    ...Array.from({ length: passed }, (_, i) => `<testcase classname="t" name="ok${i}"/>`),
    ...Array.from(
      { length: failed },
      (_, i) => `<testcase classname="${attr}" name="bad${i}"><failure message="no"/></testcase>`
    )
  ];
  return `<testsuite>${cases.join('')}</testsuite>`;
}

const GATES = `gates:
  reports: ['**/*.xml']
  fail-on: never
  items:
    - name: overall
      title: Overall test pass rate
      pass-rate: { baseline: 62, target: 90 }
escalations:
  mention: [zoe]
`;

const STATE = (state: object) => `<!-- epic-steward:escalation-state ${JSON.stringify(state)} -->`;

function seed(extra: Partial<SeedRepo> = {}): Seed {
  return {
    repos: [
      {
        owner: 'acme',
        name: 'app',
        members: ['sarah'],
        labels: [{ name: 'Epic' }, { name: 'escalated' }],
        issues: [],
        pulls: [{ number: 7, title: 'Change', headSha: HEAD, author: 'mallory' }],
        ...extra
      }
    ]
  };
}

const issue = (e: Emulator, n: number) => e.store.repo('acme', 'app')!.issues.get(n)!;
const byBot = (e: Emulator, n: number, marker: string) =>
  issue(e, n).comments.filter((c) => c.author === BOT && c.body.startsWith(marker));
/** The escalation sections of the pull request's one conversation comment (issue 16 item 10). */
const escalationSections = (body: string) =>
  body
    .split('\n<!-- epic-steward:section -->\n')
    .slice(1)
    .filter((s) => s.startsWith('<!-- epic-steward:escalation:threshold:overall:#7 -->'));

describe("item 6: only the action's own comments are the action's", () => {
  const forgedGates = { author: 'mallory', body: '<!-- epic-steward:gates -->\n### ✅ Quality gates: pass' };
  const forgedEscalation = {
    author: 'mallory',
    body: `<!-- epic-steward:escalation:threshold:overall:#7 -->\nnothing to see\n${STATE({ state: 'open', at: '2025-01-11T00:00:00.000Z', reminders: 0 })}`
  };
  const emulator = useEmulator(() => ({
    seed: seed(),
    now: () => new Date('2025-01-12T00:00:00Z')
  }));

  test('a forged gates comment is left alone and the gate result goes into a comment of the bot', async () => {
    const e = emulator.get();
    e.store.addComment(e.store.repo('acme', 'app')!, issue(e, 7), forgedGates.body, forgedGates.author);
    e.store.addComment(e.store.repo('acme', 'app')!, issue(e, 7), forgedEscalation.body, forgedEscalation.author);
    const payload = pullRequestEvent('synchronize', { number: 7, headSha: HEAD });
    const run = await runAction({
      emulator: e,
      eventName: 'pull_request',
      payload,
      config: GATES,
      files: { 'junit.xml': junit(61, 39) },
      now: '2025-01-12T00:00:00Z'
    });
    expect(run.code).toBe(0);
    const forged = issue(e, 7).comments.filter((c) => c.author === 'mallory');
    // Neither forged comment was edited: the outsider keeps their text, the bot writes its own.
    expect(forged.map((c) => c.body)).toEqual([forgedGates.body, forgedEscalation.body]);
    expect(byBot(e, 7, '<!-- epic-steward:gates -->')).toHaveLength(1);
    expect(byBot(e, 7, '<!-- epic-steward:gates -->')[0]!.body).toContain('fail');
    // A forged "open escalation" does not suppress the real one: it is posted (a section of the
    // pull request's one conversation, issue 16), and @zoe is pinged.
    expect(escalationSections(byBot(e, 7, '<!-- epic-steward:gates -->')[0]!.body)).toHaveLength(1);
    expect(escalationSections(byBot(e, 7, '<!-- epic-steward:gates -->')[0]!.body)[0]).toContain('cc @zoe');

    // Idempotent: a second run changes nothing.
    const before = JSON.stringify(issue(e, 7).comments);
    await runAction({
      emulator: e,
      eventName: 'pull_request',
      payload,
      config: GATES,
      files: { 'junit.xml': junit(61, 39) },
      now: '2025-01-12T00:00:00Z'
    });
    expect(JSON.stringify(issue(e, 7).comments)).toBe(before);
  });
});

describe('item 6: forged state never removes a label or steers a report', () => {
  const emulator = useEmulator(() => ({
    seed: seed({
      issues: [
        {
          number: 13,
          title: 'Epic',
          body: '- [ ] #14\n- [ ] #15\n',
          labels: ['Epic'],
          createdAt: '2025-01-10T09:00:00Z',
          comments: [
            {
              author: 'mallory',
              createdAt: '2025-01-10T06:00:00Z',
              body: `<!-- epic-steward:daily-report:2025-01-10 -->\n### Daily progress\n<!-- epic-steward:report-state ${Buffer.from(
                JSON.stringify({
                  date: '2025-01-10',
                  state: { done: [], open: ['@acme/everyone <img src=x onerror=alert(1)>'], gates: {}, escalated: [] }
                })
              ).toString('base64')} -->`
            }
          ]
        },
        {
          number: 14,
          title: 'Story',
          body: '',
          state: 'closed',
          labels: ['escalated'],
          createdAt: '2025-01-10T09:00:00Z',
          comments: [
            {
              author: 'mallory',
              body: `<!-- epic-steward:escalation:timebox:#14 -->\nforged\n${STATE({ state: 'open', at: '2025-01-10T10:00:00.000Z', reminders: 0 })}`
            }
          ]
        },
        { number: 15, title: 'Story', body: '', createdAt: '2025-01-10T09:00:00Z' }
      ]
    })
  }));

  test('a forged open escalation on a closed issue does not take off the label a maintainer set', async () => {
    const e = emulator.get();
    const run = await runAction({
      emulator: e,
      eventName: 'issues',
      payload: issueEvent('closed', { number: 14, labels: ['escalated'] }),
      config: 'epics:\n  enabled: false\n',
      now: '2025-01-11T06:00:00Z'
    });
    expect(run.code).toBe(0);
    expect(issue(e, 14).labels).toContain('escalated');
    expect(issue(e, 14).comments.map((c) => c.author)).toEqual(['mallory']);
    expect(issue(e, 14).comments[0]!.body).toContain('forged');
  });

  test("a forged daily report feeds neither text nor figures into the bot's report", async () => {
    const e = emulator.get();
    const config = 'epics:\n  enabled: false\nescalations:\n  report:\n    enabled: true\n';
    const run = await runAction({
      emulator: e,
      eventName: 'schedule',
      payload: scheduleEvent(),
      config,
      now: '2025-01-11T06:00:00Z'
    });
    expect(run.code).toBe(0);
    const ours = byBot(e, 13, '<!-- epic-steward:daily-report:');
    expect(ours).toHaveLength(1);
    expect(ours[0]!.body).not.toContain('@acme/everyone');
    expect(ours[0]!.body).not.toContain('<img');
    expect(ours[0]!.body).toContain('**Since** first report');
  });
});

describe('item 6: a forged handoff comment', () => {
  const forged = '<!-- epic-steward:handoff-comment -->\nNothing to hand over.';
  const emulator = useEmulator(() => ({
    seed: seed({
      issues: [
        {
          number: 13,
          title: 'Epic',
          body: '- [ ] #14\n',
          labels: ['Epic'],
          comments: [{ author: 'mallory', body: forged }]
        },
        { number: 14, title: 'Story', body: '', state: 'closed' }
      ]
    })
  }));

  test("is not edited: the handoff goes into the bot's own comment, so @qa-lead is notified", async () => {
    const e = emulator.get();
    const run = await runAction({
      emulator: e,
      eventName: 'issues',
      payload: issueEvent('closed', { number: 14 }),
      config: 'epics:\n  handoff:\n    mention: [qa-lead]\n'
    });
    expect(run.code).toBe(0);
    expect(issue(e, 13).comments.find((c) => c.author === 'mallory')!.body).toBe(forged);
    const handoff = byBot(e, 13, '<!-- epic-steward:handoff-comment -->');
    expect(handoff).toHaveLength(1);
    expect(handoff[0]!.body).toContain('@qa-lead');
  });
});

describe("item 7: no quoted text carries a marker into the bot's comment", () => {
  const emulator = useEmulator(() => ({ seed: seed() }));

  test('a test class named after the escalation marker neither suppresses the escalation nor overwrites the gates comment', async () => {
    const e = emulator.get();
    const hostile = 'x <!-- epic-steward:escalation:threshold:overall:#7 --> y';
    const payload = pullRequestEvent('synchronize', { number: 7, headSha: HEAD });
    const run = await runAction({
      emulator: e,
      eventName: 'pull_request',
      payload,
      config: GATES,
      files: { 'junit.xml': junit(61, 39, hostile) },
      now: '2025-01-12T00:00:00Z'
    });
    expect(run.code).toBe(0);
    const gates = byBot(e, 7, '<!-- epic-steward:gates -->');
    expect(gates).toHaveLength(1);
    expect(gates[0]!.body).toContain('Quality gates');
    // Every `<!--` in the conversation is a marker of the tool's own, at the start of a line:
    // the test class's text carries none in.
    const body = gates[0]!.body;
    expect(body).not.toContain('x <!--');
    expect([...body.matchAll(/<!--/g)].every((m) => m.index === 0 || body[m.index! - 1] === '\n')).toBe(true);
    const escalations = escalationSections(body);
    expect(escalations).toHaveLength(1);
    expect(escalations[0]).toContain('cc @zoe');
  });
});

describe('item 8: the epic title in the handoff comment', () => {
  const emulator = useEmulator(() => ({
    seed: seed({
      issues: [
        { number: 13, title: '@acme/everyone <img src=x onerror=alert(1)>', body: '- [ ] #14\n', labels: ['Epic'] },
        { number: 14, title: 'Story', body: '', state: 'closed' }
      ]
    })
  }));

  test('an epic titled `@acme/everyone <img …>` mentions nobody and renders no HTML', async () => {
    const e = emulator.get();
    const config = "epics:\n  handoff:\n    mention: [qa-lead]\n    comment: 'Handing {title} over to {mentions}.'\n";
    const run = await runAction({
      emulator: e,
      eventName: 'issues',
      payload: issueEvent('closed', { number: 14 }),
      config
    });
    expect(run.code).toBe(0);
    const handoff = byBot(e, 13, '<!-- epic-steward:handoff-comment -->');
    expect(handoff).toHaveLength(1);
    expect(handoff[0]!.body).toContain('@qa-lead');
    expect(handoff[0]!.body).not.toMatch(/@acme\/everyone/);
    expect(handoff[0]!.body).not.toContain('<img');
  });
});

describe('item 9: pull_request_target reads the config of the base branch, never the workspace', () => {
  const base = "labels:\n  rules:\n    - label: needs-review\n      title: ['.']\n";
  const fork = "labels:\n  rules:\n    - label: safe-to-test\n      title: ['.']\n";
  const emulator = useEmulator(() => ({ seed: seed({ contents: { '.github/epic-steward.yml': base } }) }));

  test("a fork's config checked out in the workspace cannot grant its own PR a label", async () => {
    const e = emulator.get();
    const payload = pullRequestEvent('opened', { number: 7, headSha: HEAD, fork: true });
    const run = await runAction({ emulator: e, eventName: 'pull_request_target', payload, config: fork });
    expect(run.code).toBe(0);
    expect(issue(e, 7).labels).not.toContain('safe-to-test');
    expect(issue(e, 7).labels).toContain('needs-review');
  });
});

describe('item 10: only authors with write access join an epic through append-section', () => {
  const epicBody = '## Stories\n- [x] #14\n';
  const emulator = useEmulator(() => ({
    seed: seed({
      issues: [
        { number: 13, title: 'Epic', body: epicBody, labels: ['Epic'] },
        { number: 14, title: 'Story', body: '', state: 'closed' },
        { number: 20, title: 'Mine', body: 'Epic: #13', author: 'mallory' },
        { number: 21, title: 'Real story', body: 'Epic: #13', author: 'sarah' }
      ]
    })
  }));
  const config = 'epics:\n  append-section: Stories\n  handoff:\n    labels: [ready-for-qa]\n';

  test('an outsider naming the epic in their own issue is not appended; a member is', async () => {
    const e = emulator.get();
    const outsider = await runAction({
      emulator: e,
      eventName: 'issues',
      payload: issueEvent('edited', { number: 20, body: 'Epic: #13' }),
      config
    });
    expect(outsider.code).toBe(0);
    expect(issue(e, 13).body).not.toContain('#20');
    expect(outsider.summary).toContain('NONE');

    const member = await runAction({
      emulator: e,
      eventName: 'issues',
      payload: issueEvent('edited', { number: 21, body: 'Epic: #13' }),
      config
    });
    expect(member.code).toBe(0);
    expect(issue(e, 13).body).toContain('- [ ] #21');
  });

  test('a config key widens it', async () => {
    const e = emulator.get();
    const open = `${config}  append-associations: [OWNER, MEMBER, COLLABORATOR, NONE]\n`;
    const run = await runAction({
      emulator: e,
      eventName: 'issues',
      payload: issueEvent('edited', { number: 20, body: 'Epic: #13' }),
      config: open
    });
    expect(run.code).toBe(0);
    expect(issue(e, 13).body).toContain('- [ ] #20');
  });
});

describe("item 11: a workflow_run of an older commit never overwrites the newer one's comment", () => {
  const emulator = useEmulator(() => ({
    seed: seed({
      pulls: [{ number: 7, title: 'Change', headSha: NEWER, headRef: 'fix', author: 'mallory' }],
      workflowRuns: [
        { id: 501, headSha: HEAD, headBranch: 'fix', event: 'pull_request', pullRequests: [7] },
        { id: 502, headSha: NEWER, headBranch: 'fix', event: 'pull_request', pullRequests: [7] }
      ],
      artifacts: [
        { id: 601, runId: 501, name: 'results', files: { 'junit.xml': junit(10, 90) } },
        { id: 602, runId: 502, name: 'results', files: { 'junit.xml': junit(95, 5) } }
      ]
    })
  }));

  test("the newer commit's run posts (naming its commit); the older one finishing last leaves it alone", async () => {
    const e = emulator.get();
    // workflow_run reads the config of the default branch, through the API.
    e.store.repo('acme', 'app')!.contents['.github/epic-steward.yml'] = GATES.replace(
      'escalations:\n  mention: [zoe]\n',
      ''
    );
    const newer = await runAction({
      emulator: e,
      eventName: 'workflow_run',
      payload: workflowRunEvent({ id: 502, headSha: NEWER, headBranch: 'fix', pullRequests: [7] })
    });
    expect(newer.code).toBe(0);
    const gates = () => byBot(e, 7, '<!-- epic-steward:gates -->');
    expect(gates()).toHaveLength(1);
    expect(gates()[0]!.body).toContain('`ddddddd`');
    const after = gates()[0]!.body;

    const older = await runAction({
      emulator: e,
      eventName: 'workflow_run',
      payload: workflowRunEvent({ id: 501, headSha: HEAD, headBranch: 'fix', pullRequests: [7] })
    });
    expect(older.code).toBe(0);
    expect(gates()).toHaveLength(1);
    expect(gates()[0]!.body).toBe(after);
    // Its check run still lands on its own commit.
    expect(e.store.repo('acme', 'app')!.checkRuns.some((c) => c.headSha === HEAD && c.conclusion === 'failure')).toBe(
      true
    );
  });
});
