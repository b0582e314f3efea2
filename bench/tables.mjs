// `node bench/tables.mjs`: the report-parsing tables of docs/BENCHMARKS.md, as Markdown, from
// bench/results.json (the last `npm run bench -- --only parsing` run, all shape groups).
import { readFileSync } from 'node:fs';

const results = JSON.parse(readFileSync('bench/results.json', 'utf8'));
const rows = results.parsingShapes ?? [];
const n = (v) => (v === undefined || v === null ? '?' : Number(v).toLocaleString('en'));
const x = (v) => (v === undefined || v === null ? '?' : `${Number(v).toFixed(1)}×`);

console.log(
  '| shape | MB | cases | ours MB/s | xml2js MB/s | floor MB/s | speed vs xml2js: CPU (wall) | peak MB: ours / xml2js / floor |'
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const row of rows)
  for (const e of row.sizes)
    console.log(
      `| ${row.shape} | ${e.mb} | ${n(e.ours?.tests)} | ${e.ours?.mbPerS ?? '?'} | ${e.xml2js?.mbPerS ?? '?'} | ${e.read?.mbPerS ?? '?'} | ${x(e.speedup)} (${x(e.wallSpeedup)}) | ${e.ours?.peakMb ?? '?'} / ${e.xml2js?.peakMb ?? '?'} / ${e.read?.peakMb ?? '?'} |`
    );

console.log(
  '\n| shape | ≥ 10× xml2js (CPU, 100 MB) | ≤ 150 MB peak (100 MB) | growth of CPU time: k 1 → 10, 10 → 100 MB | peak 1 → 10 → 100 MB |'
);
console.log('| --- | --- | --- | --- | --- |');
for (const row of rows) {
  const g = row.goals;
  if (!g) continue;
  const speed = `${x(g.speedup)}: ${g.speedMet ? 'met' : '**not met**'}`;
  const peak = `${g.peakMb} MB: ${g.peakMet ? 'met' : '**not met**'}`;
  const k = (row.growth ?? []).map((s) => s.exponent).join(', ');
  const peaks = row.sizes.map((e) => e.ours?.peakMb ?? '?').join(' → ');
  console.log(`| ${row.shape} | ${speed} | ${peak} | ${k} | ${peaks} |`);
}

console.log('');
for (const row of rows)
  if (row.why?.profile?.length)
    console.log(
      `- **${row.shape}**: ${row.why.profile.map((p) => `${p.entry.replace(/ \(.*\)$/, '')} ${p.ms} ms (${Math.round(p.share * 100)}%)`).join('; ')}`
    );

const jest = (results.parsing ?? []).filter((r) => r.file?.startsWith('Jest JSON'));
if (jest.length) {
  const ours = jest.find((r) => r.parser === 'ours');
  const bare = jest.find((r) => r.parser === 'json-parse');
  if (ours && bare)
    console.log(
      `\nJest JSON, ${ours.sizeMb} MB: ours ${ours.mbPerS} MB/s and ${ours.peakMb} MB, bare \`JSON.parse\` ${bare.mbPerS} MB/s and ${bare.peakMb} MB (${(bare.cpuMs / ours.cpuMs).toFixed(1)}× its speed).`
    );
}
