import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseStringPromise } from 'xml2js';
import { readFile } from 'node:fs/promises';
import { SHAPES, writeShape } from '../../bench/shapes';
import { readReport } from '../../src/gates/read';

// The bench's report shapes (bench/shapes.ts, issue 18), small: each parses to the cases xml2js
// finds in it, and the reader's time grows with the file, not with how deep its suites nest.
const dir = mkdtempSync(join(tmpdir(), 'epic-steward-shapes-'));

/** Test cases in an xml2js tree, at any depth of suites. */
function count(node: any): number {
  if (!node || typeof node !== 'object') return 0;
  let n = Array.isArray(node.testcase) ? node.testcase.length : 0;
  for (const key of ['testsuite', 'testsuites']) for (const child of [node[key]].flat()) n += count(child);
  return n;
}

describe('report shapes', () => {
  it.each(SHAPES.map((s) => [s.name, s] as const))(
    '%s: every case xml2js sees, and a failure per 20',
    async (_name, shape) => {
      const path = join(dir, `${shape.name}.xml`);
      await writeShape(shape, path, 0.25);
      const report = await readReport(path);
      const tree = await parseStringPromise(await readFile(path, 'utf8'));
      expect(report.totals.tests).toBe(count(tree));
      expect(report.totals.tests).toBeGreaterThan(0);
      if (shape.name !== 'huge-failure')
        expect(report.totals.failed + report.totals.errored).toBeGreaterThan(report.totals.tests / 40);
    }
  );

  it('suites nested 24 deep cost no more than a few times what a flat report of the same size costs', async () => {
    const deep = SHAPES.find((s) => s.name === 'deep-nesting')!;
    const flat = SHAPES.find((s) => s.name === 'go-junit-report')!;
    await writeShape(deep, join(dir, 'deep.xml'), 3);
    await writeShape(flat, join(dir, 'flat.xml'), 3);
    // Warm both paths up, then take the faster of two each: a ratio within one process.
    const best = async (path: string) => {
      let ms = Infinity;
      for (let i = 0; i < 2; i++) {
        const started = performance.now();
        await readReport(path);
        ms = Math.min(ms, performance.now() - started);
      }
      return ms;
    };
    await readReport(join(dir, 'deep.xml'));
    const [d, f] = [await best(join(dir, 'deep.xml')), await best(join(dir, 'flat.xml'))];
    // 24 suites open and close per 10 cases, so some cost per byte stays (2x to 3.3x measured);
    // before, each suite built and interned its whole path, 24 times per leaf: 7.3x.
    expect(d / f).toBeLessThan(4.5);
  }, 240_000);
});
