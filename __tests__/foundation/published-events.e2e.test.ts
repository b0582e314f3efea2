import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { runAction } from '../helpers/action';
import { writesIn } from '../helpers/emulator';
import { startEmulator } from '../../src/emulator';

/**
 * Every payload GitHub publishes for the events the action is wired to, delivered unmodified to
 * the real bundle: whatever the action, the run ends cleanly (or fails with one clear message,
 * never a crash), and delivering it again writes nothing. The payloads name their own
 * repositories and numbers; the emulator is seeded to match, with an epic listing the issue.
 */
const require = createRequire(import.meta.url);
const published: { name: string; examples: Record<string, any>[] }[] = require('@octokit/webhooks-examples');
const CONFIG = readFileSync('examples/epic-steward.yml', 'utf8');
const EVENTS = ['issues', 'issue_comment', 'pull_request', 'push', 'workflow_run', 'workflow_dispatch'];
const EPIC = 9000;

type Case = { event: string; index: number; payload: Record<string, any> };
// One payload per event, action, repository and kind of subject: the rest repeat one of them
// (three `assigned` examples differ only in the assignee). Pushes all differ (created, deleted,
// forced), so all of them stay.
const seen = new Set<string>();
const cases: Case[] = published
  .filter((g) => EVENTS.includes(g.name))
  .flatMap((g) => g.examples.map((payload, index) => ({ event: g.name, index, payload })))
  .filter(({ event, index, payload }) => {
    const key = [
      event,
      payload.action,
      payload.repository?.full_name,
      Boolean(payload.issue?.pull_request),
      event === 'push' ? index : ''
    ].join(' ');
    return !seen.has(key) && Boolean(seen.add(key));
  });
// The same pull request payloads arrive on pull_request_target, from the base repository.
cases.push(...cases.filter((c) => c.event === 'pull_request').map((c) => ({ ...c, event: 'pull_request_target' })));

/** A repository that holds what the payload refers to, as GitHub would. */
function seedFor(p: Record<string, any>) {
  const issue = p.issue ?? p.pull_request;
  const items: Record<string, unknown>[] = [];
  const pulls: Record<string, unknown>[] = [];
  if (p.issue && !p.issue.pull_request) {
    items.push({
      number: p.issue.number,
      title: p.issue.title,
      body: p.issue.body ?? '',
      state: p.issue.state,
      ...(p.issue.state === 'closed' ? { stateReason: p.issue.state_reason ?? 'completed' } : {}),
      labels: (p.issue.labels ?? []).map((l: { name: string }) => l.name)
    });
  }
  if (p.pull_request) {
    pulls.push({
      number: p.pull_request.number,
      title: p.pull_request.title,
      body: p.pull_request.body ?? '',
      state: p.pull_request.state,
      merged: Boolean(p.pull_request.merged),
      headRef: p.pull_request.head?.ref,
      headSha: p.pull_request.head?.sha,
      files: ['README.md', 'app/auth/jwt.py']
    });
  }
  if (issue)
    items.push({
      number: EPIC,
      title: 'Epic: the published examples',
      body: `- [ ] #${issue.number}\n`,
      labels: ['Epic']
    });
  const run = p.workflow_run;
  return {
    repos: [
      {
        owner: p.repository.owner.login,
        name: p.repository.name,
        defaultBranch: p.repository.default_branch ?? 'main',
        labels: [{ name: 'Epic', color: '3e4b9e', description: '' }],
        issues: items,
        pulls,
        contents: { '.github/epic-steward.yml': CONFIG },
        ...(run
          ? {
              workflowRuns: [
                {
                  id: run.id,
                  headSha: run.head_sha,
                  headBranch: run.head_branch,
                  event: run.event,
                  pullRequests: (run.pull_requests ?? []).map((r: { number: number }) => r.number)
                }
              ]
            }
          : {})
      }
    ]
  };
}

/** A crash, as opposed to a failure the action explains: an uncaught JavaScript error. */
const CRASH =
  /TypeError|ReferenceError|SyntaxError|RangeError|Cannot read propert|is not a function|is not iterable|undefined \(reading/;

describe('every published webhook example of the events the action handles', () => {
  test('there are examples of every event', () => {
    for (const event of [...EVENTS, 'pull_request_target']) expect(cases.some((c) => c.event === event)).toBe(true);
    expect(cases.length).toBeGreaterThan(50);
  });

  // Several processes at once: each case has its own emulator.
  const groups = new Map<string, Case[]>();
  for (const c of cases) groups.set(c.event, [...(groups.get(c.event) ?? []), c]);
  for (const [event, list] of groups) {
    test(`${event}: ${list.length} payloads end cleanly, and a redelivery writes nothing`, async () => {
      const problems: string[] = [];
      let firstWrites = 0;
      const runOne = async (c: Case) => {
        const emulator = await startEmulator({ port: 0, seed: seedFor(c.payload) as never });
        try {
          const repo = c.payload.repository.full_name;
          const options = {
            emulator,
            repo,
            eventName: c.event,
            payload: c.payload,
            config: CONFIG,
            now: '2026-11-23T10:00:00Z',
            ref: `refs/heads/${c.payload.repository.default_branch ?? 'main'}`
          };
          const first = await runAction(options);
          const label = `${c.event}[${c.index}] ${c.payload.action ?? ''}`;
          const output = first.stdout + first.stderr;
          if (CRASH.test(output)) problems.push(`${label}: crashed: ${output.split('\n').find((l) => CRASH.test(l))}`);
          if (first.code !== 0 && !/::error::\S/.test(first.stdout))
            problems.push(`${label}: exit ${first.code} without an error message`);
          firstWrites += writesIn(emulator).length;
          emulator.clearRequests();
          const second = await runAction(options);
          const writes = writesIn(emulator);
          if (second.code !== first.code)
            problems.push(`${label}: exit ${first.code}, then ${second.code} on redelivery`);
          if (writes.length)
            problems.push(`${label}: the redelivery wrote ${writes.map((w) => `${w.method} ${w.path}`).join(', ')}`);
        } finally {
          await emulator.close();
        }
      };
      for (let i = 0; i < list.length; i += 3) await Promise.all(list.slice(i, i + 3).map(runOne));
      expect(problems).toEqual([]);
      // Not vacuous: on the events that carry an issue or a pull request, the first deliveries
      // did write (labels from the config's rules, the epic's box), so "nothing the second time"
      // means something.
      if (['issues', 'pull_request', 'pull_request_target'].includes(event)) expect(firstWrites).toBeGreaterThan(0);
    }, 120_000);
  }
});
