import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { loadSeed, startEmulator } from '../../src/emulator';
import { runBundle } from '../../src/cli/demo/runner';
import { NAME, OWNER, REPO, START, story, type DemoEvent, type World } from '../../src/cli/demo/story';
import { ACTION } from './action';
import { writesIn } from './emulator';

/**
 * The demo's story (src/cli/demo/story.ts, as `npm run demo` plays it) with every event
 * delivered `times` times, as GitHub redelivers and people re-run jobs: the people's actions
 * (`before`) happen once, the same payload is delivered each time, and every delivery after the
 * first must write nothing and leave no duplicate comment.
 */
export interface Delivery {
  title: string;
  /** 1 for the first delivery. */
  attempt: number;
  code: number;
  writes: string[];
  requests: number;
}

export interface ReplayOutcome {
  deliveries: Delivery[];
  /** Issues carrying the same comment body twice, at the end. */
  duplicateComments: string[];
  /** Comments that appeared on a repeated delivery. */
  commentsOnRepeats: number;
  problems: string[];
}

export async function replayStory(options: { times: number; limit?: number }): Promise<ReplayOutcome> {
  const seedPath = resolve('examples/demo/seed.json');
  const emulator = await startEmulator({
    seed: loadSeed(readFileSync(seedPath, 'utf8'), seedPath),
    now: () => new Date(START)
  });
  const workspace = mkdtempSync(join(tmpdir(), 'epic-steward-replay-'));
  const deliveries: Delivery[] = [];
  const problems: string[] = [];
  let commentsOnRepeats = 0;
  try {
    mkdirSync(join(workspace, '.github'), { recursive: true });
    writeFileSync(join(workspace, '.github', 'epic-steward.yml'), readFileSync('examples/demo/config.yml', 'utf8'));
    const repo = emulator.store.repo(OWNER, NAME)!;
    const world: World = {
      emulator,
      repo,
      async rest(method, path, body) {
        const response = await fetch(`${emulator.url}${path}`, {
          method,
          headers: { 'content-type': 'application/json', authorization: 'token demo-person' },
          ...(body === undefined ? {} : { body: JSON.stringify(body) })
        });
        if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}`);
        return response.json();
      }
    };
    const comments = () => [...repo.issues.values()].reduce((n, i) => n + i.comments.length, 0);
    const events: DemoEvent[] = story()
      .flatMap((s) => s.events)
      .slice(0, options.limit);
    for (const event of events) {
      emulator.setNow(new Date(event.at));
      await event.before?.(world);
      rmSync(join(workspace, 'reports'), { recursive: true, force: true });
      for (const [path, text] of Object.entries(event.reports ?? {})) {
        mkdirSync(dirname(join(workspace, path)), { recursive: true });
        writeFileSync(join(workspace, path), text);
      }
      const payload = event.payload(world);
      for (let attempt = 1; attempt <= options.times; attempt++) {
        emulator.clearRequests();
        const before = comments();
        const run = await runBundle({
          action: ACTION,
          workspace,
          repo: REPO,
          apiUrl: emulator.url,
          graphqlUrl: emulator.graphqlUrl,
          eventName: event.eventName,
          payload,
          now: new Date(event.at).toISOString(),
          sha: event.sha,
          ref: event.ref
        });
        const writes = writesIn(emulator).map((w) => `${w.method} ${w.path}`);
        deliveries.push({ title: event.title, attempt, code: run.code, writes, requests: emulator.requests().length });
        const expectedCode = event.expectFailure ? 1 : 0;
        if (run.code !== expectedCode)
          problems.push(
            `${event.title} #${attempt}: exit ${run.code}, expected ${expectedCode}: ${run.stdout.split('\n').find((l) => l.startsWith('::error')) ?? run.stderr.slice(0, 300)}`
          );
        if (attempt > 1) {
          commentsOnRepeats += comments() - before;
          if (writes.length)
            problems.push(`${event.title} delivery ${attempt}: ${writes.length} write(s): ${writes.join(', ')}`);
          if (comments() !== before)
            problems.push(`${event.title} delivery ${attempt}: ${comments() - before} new comment(s)`);
        }
      }
    }
    const duplicateComments: string[] = [];
    for (const issue of repo.issues.values()) {
      const bodies = issue.comments.map((c) => c.body);
      if (new Set(bodies).size !== bodies.length) duplicateComments.push(`#${issue.number}`);
    }
    for (const d of duplicateComments) problems.push(`duplicate comment on ${d}`);
    return { deliveries, duplicateComments, commentsOnRepeats, problems };
  } finally {
    await emulator.close();
    rmSync(workspace, { recursive: true, force: true });
  }
}
