import { startEmulator, type Emulator } from '../../src/emulator';
import { runAction } from '../helpers/action';
import { writesIn } from '../helpers/emulator';
import { issueEvent } from '../helpers/events';

// Issue 13, items 1, 4 and 5: epic bodies the tool must not damage, skip, or fail on forever.

const START = '<!-- epic-steward:progress:start -->';
const NO_ESCALATIONS = 'escalations:\n  enabled: false\n';

function seed(
  body: string,
  story: { state: 'open' | 'closed'; stateReason?: 'completed' | 'not_planned' } = { state: 'closed' }
) {
  return {
    repos: [
      {
        owner: 'acme',
        name: 'app',
        labels: [{ name: 'Epic' }],
        issues: [
          { number: 1, title: 'Epic', labels: ['Epic'], body },
          { number: 2, title: 'A', ...story },
          { number: 3, title: 'B' }
        ]
      }
    ]
  };
}

let body = '';
let story: Parameters<typeof seed>[1];
let e: Emulator | undefined;
const emulator = { get: () => e! };
const start = async () => void (e = await startEmulator({ seed: seed(body, story) }));
afterEach(async () => {
  await e?.close();
  e = undefined;
});
const epic = () => emulator.get().store.repo('acme', 'app')!.issues.get(1)!;
const close2 = (config = NO_ESCALATIONS) =>
  runAction({ emulator: emulator.get(), eventName: 'issues', payload: issueEvent('closed', { number: 2 }), config });

describe('item 1: a stray block marker', () => {
  test('a start marker with no end: the body is left as it is, run after run, and the run says why', async () => {
    body = `## Stories\n\n- [ ] #2 first\n- [ ] #3 second\n\nNotes a person keeps.\n\n${START}\n`;
    story = { state: 'closed' };
    await start();
    for (let run = 1; run <= 2; run++) {
      const result = await close2();
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(
        /::warning::\[#1\] the body holds 1 progress start marker\(s\) and 0 end marker\(s\)/
      );
      expect(result.summary).toMatch(
        /#1 \| 1\/2 task items ticked · 50% · 1\/2 linked issues done \|[^\n]*not written \(the body holds 1 progress start marker/
      );
      expect(epic().body).toBe(body);
    }
    expect(writesIn(emulator.get())).toEqual([]);
  }, 60_000);
});

describe('item 4: a body with a leading byte order mark', () => {
  test('is ticked like any other, and the mark is kept', async () => {
    body = '\uFEFF## Stories\r\n\r\n- [ ] #2 first\r\n- [ ] #3 second\r\n';
    story = { state: 'closed' };
    await start();
    const result = await close2();
    expect(result.code).toBe(0);
    expect(epic().body!.startsWith('\uFEFF## Stories\r\n\r\n- [x] #2 first\r\n- [ ] #3 second\r\n')).toBe(true);
    expect(epic().body).toContain('1/2 task items ticked · 50%');
    expect((await close2()).code).toBe(0);
    expect(epic().body!.split(START)).toHaveLength(2);
  }, 60_000);
});

describe("item 5: a body near GitHub's 65,536 characters", () => {
  test('not-planned: strike would take it past the limit: nothing is written, the run says why, and does not fail', async () => {
    const head = '## Stories\n\n- [ ] #2 first\n- [ ] #3 second\n\n';
    body = head + 'x'.repeat(65_535 - head.length) + '\n';
    expect(body.length).toBe(65_536);
    story = { state: 'closed', stateReason: 'not_planned' };
    const config = `epics:\n  not-planned: strike\n${NO_ESCALATIONS}`;
    await start();
    for (let run = 1; run <= 2; run++) {
      const result = await close2(config);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/::warning::\[#1\] the new body would have \d+ characters, past GitHub's 65536/);
      expect(epic().body).toBe(body);
    }
    expect(writesIn(emulator.get())).toEqual([]);
  }, 60_000);
});
