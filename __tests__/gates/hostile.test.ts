import { createWriteStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JunitParser, MESSAGE_CAP } from '../../src/gates/junit';
import { readReport } from '../../src/gates/read';

const dir = mkdtempSync(join(tmpdir(), 'epic-steward-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('hostile reports end quickly with a clear error', () => {
  test('billion laughs: the DOCTYPE is refused before any entity exists', async () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('')}]><testsuite><testcase name="&lol9;"/></testsuite>`;
    const started = Date.now();
    await expect(readReport(file('laughs.xml', laughs))).rejects.toThrow(/laughs\.xml:1:\d+: a DOCTYPE is not allowed/);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  test('an external entity is never fetched or read', async () => {
    const xxe = '<?xml version="1.0"?><!DOCTYPE t [<!ENTITY x SYSTEM "file:///etc/passwd">]><testsuite><testcase name="&x;"/></testsuite>';
    await expect(readReport(file('xxe.xml', xxe))).rejects.toThrow(/DOCTYPE is not allowed/);
  });

  test('a truncated file names the line and column', async () => {
    await expect(readReport(file('cut.xml', '<testsuites>\n  <testsuite name="a">\n    <testcase name="x">\n      <failure message="boom">stack'))).rejects.toThrow(/cut\.xml:4:\d+: /);
  });

  test('a file over the size limit is refused before reading', async () => {
    await expect(readReport(file('big.xml', '<testsuite>' + ' '.repeat(2048) + '</testsuite>'), 1024)).rejects.toThrow(/over the 0 MB limit/);
  });

  test('a huge text node keeps memory bounded: the message is capped', async () => {
    const path = join(dir, 'huge.xml');
    const out = createWriteStream(path);
    out.write('<testsuite><testcase name="t"><failure message="m">');
    const chunk = 'x'.repeat(1024 * 1024);
    for (let i = 0; i < 64; i++) out.write(chunk);
    out.write('</failure></testcase></testsuite>');
    await new Promise((resolve) => out.end(resolve));
    const before = process.memoryUsage().rss;
    const started = Date.now();
    const report = await readReport(path);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(report.cases[0]!.message!.length).toBeLessThanOrEqual(MESSAGE_CAP);
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
  });
});

describe('outcome precedence and dialects', () => {
  const parse = (xml: string) => {
    const parser = new JunitParser('r.xml');
    parser.write(xml);
    return parser.end();
  };

  test('error > failure > skipped > passed; flaky passes; reruns count as they appear', () => {
    const report = parse(`<testsuites><testsuite name="s" tests="6">
      <testcase classname="c" name="a"><error message="e"/><failure message="f"/></testcase>
      <testcase classname="c" name="b"><failure message="f">trace</failure><rerunFailure/></testcase>
      <testcase classname="c" name="c"><skipped/></testcase>
      <testcase classname="c" name="d" status="disabled"/>
      <testcase classname="c" name="e"><flakyFailure message="once"/></testcase>
      <testcase classname="c" name="e"/>
    </testsuite></testsuites>`);
    expect(report.totals).toEqual({ tests: 6, passed: 2, failed: 1, errored: 1, skipped: 2, flaky: 1, suiteErrors: 0 });
    expect(report.cases[1]!.message).toBe('f\ntrace');
    expect(report.warnings).toEqual([]);
  });

  test('disagreeing suite attributes are a warning naming the file', () => {
    expect(parse('<testsuite tests="3"><testcase name="a"/></testsuite>').warnings[0]).toMatch(/^r\.xml: suite attributes/);
  });

  test('a non-JUnit root is refused with its name', () => {
    expect(() => parse('<assemblies><assembly/></assemblies>')).toThrow(/root element is <assemblies>/);
  });
});
