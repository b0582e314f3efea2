import { readFileSync } from 'node:fs';
import { loadSeed, startEmulator } from '../src/emulator';

// The cost of the emulator's contract mode: the same REST requests against an emulator with the
// contract off and strict, twice each (the first strict round pays for reading the description
// and compiling the schemas). Run: node bench/contract-cost.mjs
const seed = loadSeed(readFileSync('examples/demo/seed.json', 'utf8'), 'seed.json');
const R = '/repos/zebra-devops/marketedge-frontend';
const paths = [
  `${R}`,
  `${R}/issues?state=all&per_page=100`,
  `${R}/issues/13`,
  `${R}/issues/13/comments`,
  `${R}/labels?per_page=100`,
  `${R}/pulls?state=all`,
  `${R}/contents/.github%2Fepic-steward.yml?ref=main`,
  `${R}/issues/14/timeline`
];
for (const mode of ['off', 'strict', 'off', 'strict'] as const) {
  const e = await startEmulator({ seed, contract: mode });
  const cpu = process.cpuUsage();
  const t = Date.now();
  const first = async () => {
    for (const p of paths) await (await fetch(e.url + p)).arrayBuffer();
  };
  await first();
  const firstMs = Date.now() - t;
  const firstCpu = process.cpuUsage(cpu);
  for (let i = 0; i < 25; i++) await first();
  const all = process.cpuUsage(cpu);
  console.log(
    mode,
    `first round (compile): ${firstMs} ms wall, ${Math.round((firstCpu.user + firstCpu.system) / 1000)} ms cpu; 26 rounds x ${paths.length} requests: ${Date.now() - t} ms wall, ${Math.round((all.user + all.system) / 1000)} ms cpu; violations ${e.violations().length}`
  );
  await e.close();
}
