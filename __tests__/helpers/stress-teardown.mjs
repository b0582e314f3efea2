// globalTeardown of the stress project: prints the tally of the whole run (scenarios, runs,
// faults injected, writes verified, anything lost) and writes it to .tmp/stress/tally.json.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

export default function teardown() {
  const file = process.env.EPIC_STEWARD_STRESS_TALLY ?? resolve('.tmp/stress/tally.jsonl');
  const entries = existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line))
    : [];
  const sum = (key) => entries.reduce((n, e) => n + (e[key] ?? 0), 0);
  const kinds = {};
  for (const e of entries) for (const [k, v] of Object.entries(e.faultKinds ?? {})) kinds[k] = (kinds[k] ?? 0) + v;
  const started = Number(process.env.EPIC_STEWARD_STRESS_STARTED ?? Date.now());
  const tally = {
    finishedAt: new Date().toISOString(),
    seconds: Math.round((Date.now() - started) / 1000),
    seed: Number(process.env.STRESS_SEED ?? 20261123),
    scenarios: entries.length,
    runs: sum('runs'),
    faultsInjected: sum('faults'),
    faultKinds: kinds,
    writesVerified: sum('writesVerified'),
    lost: sum('lost'),
    entries
  };
  writeFileSync(resolve('.tmp/stress/tally.json'), `${JSON.stringify(tally, null, 2)}\n`);
  const rows = entries.map(
    (e) =>
      `  ${`${e.suite} · ${e.scenario}`.padEnd(58)} runs ${String(e.runs).padStart(4)}  faults ${String(e.faults ?? 0).padStart(4)}  writes ${String(e.writesVerified ?? 0).padStart(4)}  lost ${e.lost}${
        e.notes
          ? `  (${Object.entries(e.notes)
              .map(([k, v]) => `${k}: ${v}`)
              .join(', ')})`
          : ''
      }`
  );
  process.stdout.write(
    [
      '',
      `Stress tally (seed ${tally.seed}, ${tally.seconds} s)`,
      ...rows,
      `  ${'total'.padEnd(58)} scenarios ${tally.scenarios}, runs ${tally.runs}, faults injected ${tally.faultsInjected} ${JSON.stringify(kinds)}, writes verified ${tally.writesVerified}, lost ${tally.lost}`,
      entries.length ? '' : '  (no stress test recorded anything)',
      ''
    ].join('\n')
  );
}
