import { cases, MEMORY_LIMIT_MB, reference, runCase, type Category, type HostileCase } from '../helpers/hostile-cases';
import { prng, record, SEED } from '../helpers/stress';

// Hostile configs, issue bodies, report files and event payloads, drawn from a seeded PRNG
// (STRESS_SEED reproduces a run): each run of the bundle ends within 10 s and bounded memory
// with a clear message and writes nothing wrong.
const PER_CATEGORY = Number(process.env.STRESS_HOSTILE_CASES ?? 50);

test(`hostile input: ${PER_CATEGORY} cases per category, seed ${SEED}`, async () => {
  process.stdout.write(`hostile input: seed ${SEED} (STRESS_SEED=${SEED} reproduces it)\n`);
  const all = cases(prng(SEED), PER_CATEGORY);
  const references = new Map<HostileCase['reference'], Awaited<ReturnType<typeof reference>>>();
  for (const which of ['issue-opened', 'story-closed', 'pull-request'] as const)
    references.set(which, await reference(which));
  const problems: string[] = [];
  const byCategory = new Map<
    Category,
    { runs: number; complained: number; writes: number; slowest: number; peak: number }
  >();
  let next = 0;
  await Promise.all(
    Array.from({ length: 2 }, async () => {
      while (next < all.length) {
        const c = all[next++]!;
        const outcome = await runCase(c, references.get(c.reference)!);
        const tally = byCategory.get(c.category) ?? { runs: 0, complained: 0, writes: 0, slowest: 0, peak: 0 };
        tally.runs += 1;
        tally.complained += outcome.message ? 1 : 0;
        tally.writes += outcome.writes;
        tally.slowest = Math.max(tally.slowest, outcome.ms);
        tally.peak = Math.max(tally.peak, outcome.peakMb);
        byCategory.set(c.category, tally);
        for (const p of outcome.problems) problems.push(`[${c.category}] ${c.name}: ${p}`);
      }
    })
  );
  for (const [category, t] of byCategory) {
    process.stdout.write(
      `hostile ${category}: ${t.runs} runs, ${t.complained} with an error/warning, slowest ${t.slowest} ms, peak ${t.peak.toFixed(0)} MB (limit ${MEMORY_LIMIT_MB})\n`
    );
    record({
      suite: 'hostile',
      scenario: `${category} (seed ${SEED})`,
      runs: t.runs,
      writesVerified: t.writes,
      lost: problems.filter((p) => p.startsWith(`[${category}]`)).length,
      notes: { 'with an error or warning': t.complained, 'slowest ms': t.slowest, 'peak MB': Math.round(t.peak) }
    });
  }
  if (problems.length)
    process.stdout.write(
      `hostile problems:\n${problems.map((p) => `  ${p.split('\n')[0]!.slice(0, 300)}`).join('\n')}\n`
    );
  expect(problems).toEqual([]);
}, 900_000);
