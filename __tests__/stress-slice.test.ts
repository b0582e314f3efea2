import { FAULT_KINDS } from '../src/emulator';
import { replayStory } from './helpers/demo-replay';
import { SCENARIOS, trials } from './helpers/fault-scenarios';
import { cases, reference, runCase, type HostileCase } from './helpers/hostile-cases';
import { prng } from './helpers/stress';

// A bounded, deterministic slice of `npm run test:stress` (docs/STRESS.md), in `npm test`:
// one fault scenario, two demo events replayed, 20 hostile inputs. About 20 s.

test('faults: a story closes under a fault rate of 0.3 of every kind; the epic ends right', async () => {
  const { results } = await trials(SCENARIOS[0]!, [{ rate: 0.3, kinds: [...FAULT_KINDS] }], 1);
  expect(results[0]!.problems).toEqual([]);
}, 60_000);

test('idempotency: the first two demo events delivered 3 times write once', async () => {
  const outcome = await replayStory({ times: 3, limit: 2 });
  expect(outcome.deliveries).toHaveLength(6);
  expect(outcome.deliveries.filter((d) => d.attempt === 1).every((d) => d.writes.length > 0)).toBe(true);
  expect(outcome.problems).toEqual([]);
}, 60_000);

test('hostile input: 20 cases (seed 8), each ends clearly, in time, and writes nothing wrong', async () => {
  const all = cases(prng(8), 5);
  const references = new Map<HostileCase['reference'], Awaited<ReturnType<typeof reference>>>();
  for (const which of new Set(all.map((c) => c.reference))) references.set(which, await reference(which));
  const problems: string[] = [];
  for (const c of all)
    for (const p of (await runCase(c, references.get(c.reference)!)).problems)
      problems.push(`[${c.category}] ${c.name}: ${p}`);
  expect(problems).toEqual([]);
}, 60_000);
