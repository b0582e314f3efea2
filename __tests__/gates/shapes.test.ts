import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseStringPromise } from 'xml2js';
import { readFile } from 'node:fs/promises';
import { SHAPES, writeShape } from '../../bench/shapes';
import { readReport } from '../../src/gates/read';

// The bench's report shapes (bench/shapes.ts, issue 18), small: each parses to the cases xml2js
// finds in it, and a case in suites nested deep carries its whole suite path.
const dir = mkdtempSync(join(tmpdir(), 'epic-steward-shapes-'));

/** Test cases in an xml2js tree, at any depth of suites. */
function count(node: any): number {
  if (!node || typeof node !== 'object') return 0;
  let n = Array.isArray(node.testcase) ? node.testcase.length : 0;
  for (const key of ['testsuite', 'testsuites']) for (const child of [node[key]].flat()) n += count(child);
  return n;
}

/** The suite path of every case in an xml2js tree, in document order (suites before cases never mix here). */
function paths(node: any, outer: string[]): string[] {
  if (!node || typeof node !== 'object') return [];
  const here = node.$?.name ? [...outer, node.$.name] : outer;
  const own = (Array.isArray(node.testcase) ? node.testcase : []).map(() => here.join(' › '));
  const inner = [node.testsuite].flat().flatMap((child: any) => paths(child, here));
  return [...own, ...inner];
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

  // How fast deep suites read (24 levels per leaf against a flat file of the same size) is the
  // bench's to measure: `npm run bench` times deep-nesting against xml2js in the same run. Here,
  // that every case's suite is its whole path, the names joined as xml2js nests them.
  it('suites nested 24 deep: each case carries its whole path of suite names', async () => {
    const deep = SHAPES.find((s) => s.name === 'deep-nesting')!;
    const path = join(dir, 'deep.xml');
    // 1 MB: about 12,000 suite elements, so the suite tree fills more than one page of nodes.
    await writeShape(deep, path, 1);
    const text = await readFile(path, 'utf8');
    expect(text.split('<testsuite ').length - 1).toBeGreaterThan(8192);
    const report = await readReport(path);
    const want = paths((await parseStringPromise(text)).testsuites, []);
    expect(report.cases.map((c) => c.suite)).toEqual(want);
    expect(want.every((p) => p.split(' › ').length === 24)).toBe(true);
  });
});
