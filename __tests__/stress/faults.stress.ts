import { FAULT_KINDS, type FaultKind } from '../../src/emulator';
import { SCENARIOS, trials } from '../helpers/fault-scenarios';
import { record } from '../helpers/stress';

// Every scenario under the emulator's fault injection at rate 0.3: three trials with every
// kind mixed, then one trial per kind alone. Each ends right, or failed with a clear error in a
// state on the way (no half-written body); a second run with faults off then completes it.
// At 0.3 the client's retries almost always win, so one more trial at 0.6 makes runs fail and
// checks that failure path (untouched or part-way, a clear error, then completed). (At 0.8 a run
// can spend minutes in the retries' backoff before it gives up.)
const RATE = 0.3;
const HEAVY = 0.6;
const PLAN: { rate: number; kinds: FaultKind[] }[] = [
  { rate: HEAVY, kinds: [...FAULT_KINDS] },
  ...Array.from({ length: 3 }, () => ({ rate: RATE, kinds: [...FAULT_KINDS] })),
  ...FAULT_KINDS.map((kind) => ({ rate: RATE, kinds: [kind] }))
];

describe(`faults at rate ${RATE}, and once at ${HEAVY} (${FAULT_KINDS.join(', ')})`, () => {
  for (const scenario of SCENARIOS) {
    test(
      scenario.name,
      async () => {
        const { results, faultKinds } = await trials(scenario, PLAN);
        const problems = results.flatMap((r, i) =>
          r.problems.map((p) => `trial ${i + 1} (rate ${PLAN[i]!.rate}, ${PLAN[i]!.kinds.join(',')}): ${p}`)
        );
        const failed = results.filter((r) => r.faultyCode !== 0).length;
        record({
          suite: 'faults',
          scenario: scenario.name,
          runs: results.length * 2 + 1,
          faults: Object.values(faultKinds).reduce((a, b) => a + b, 0),
          faultKinds,
          writesVerified: results.reduce((n, r) => n + r.writesVerified, 0),
          lost: problems.length,
          notes: {
            'faulty runs that failed': failed,
            'of them untouched': results.filter((r) => r.untouched).length,
            'of them part-way (consistent)': results.filter((r) => r.partial).length
          }
        });
        process.stdout.write(
          `faults · ${scenario.name}: ${results.length} trials, faults ${JSON.stringify(faultKinds)}, ${failed} faulty run(s) failed\n`
        );
        expect(problems).toEqual([]);
      },
      600_000
    );
  }
});
