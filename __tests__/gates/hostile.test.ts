import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XmlReportParser as JunitParser } from '../../src/gates/readers/parser';
import { MESSAGE_CAP } from '../../src/gates/model';
import { parseXmlStream, readReport } from '../../src/gates/read';

const dir = mkdtempSync(join(tmpdir(), 'epic-steward-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** How many chunks a reader pulled from `stream`: a refusal shows how far it read, untimed. */
const pulled = { chunks: 0 };

/** `mb` MiB of text, yielded a chunk at a time: nothing of that size is ever held. */
async function* stream(head: string, mb: number, tail: string, fill = 'x'.repeat(1024 * 1024)): AsyncGenerator<string> {
  pulled.chunks = 1;
  yield head;
  for (let i = 0; i < mb; i++) {
    pulled.chunks++;
    yield fill;
  }
  pulled.chunks++;
  yield tail;
}

const mib = (n: number) => n * 1024 * 1024;

describe('hostile reports end quickly with a clear error and bounded memory', () => {
  test('billion laughs: the DOCTYPE is refused before any entity exists', async () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('')}]><testsuite><testcase name="&lol9;"/></testsuite>`;
    await expect(readReport(file('laughs.xml', laughs))).rejects.toThrow(/laughs\.xml:1:\d+: a DOCTYPE is not allowed/);
  });

  test('an external entity is never fetched or read', async () => {
    const xxe =
      '<?xml version="1.0"?><!DOCTYPE t [<!ENTITY x SYSTEM "file:///etc/passwd">]><testsuite><testcase name="&x;"/></testsuite>';
    await expect(readReport(file('xxe.xml', xxe))).rejects.toThrow(/xxe\.xml:1:\d+: a DOCTYPE is not allowed/);
  });

  test('a DOCTYPE of 200 MB is refused within its first chunk', async () => {
    await expect(
      parseXmlStream('dtd.xml', stream('<?xml version="1.0"?><!DOCTYPE t [<!-- ', 200, ' -->]><testsuite/>'))
    ).rejects.toThrow(/dtd\.xml:1:\d+: a DOCTYPE is not allowed/);
    expect(pulled.chunks).toBe(1);
  });

  test('a truncated file names the line and column', async () => {
    await expect(
      readReport(
        file(
          'cut.xml',
          '<testsuites>\n  <testsuite name="a">\n    <testcase name="x">\n      <failure message="boom">stack'
        )
      )
    ).rejects.toThrow(/cut\.xml:4:\d+: /);
  });

  test('broken XML names the line and column; an unknown root names itself', async () => {
    await expect(
      readReport(file('broken.xml', '<testsuite>\n<testcase name="a" name="b"/>\n</testsuite>'))
    ).rejects.toThrow(/broken\.xml:2:\d+: .*duplicate/);
    await expect(readReport(file('html.xml', '<html><body/></html>'))).rejects.toThrow(
      /html\.xml:1:\d+: not a test report: the root element is <html>/
    );
    await expect(readReport(file('text.xml', 'hello'))).rejects.toThrow(/text\.xml: not a test report/);
    await expect(readReport(file('empty.xml', ''))).rejects.toThrow(/empty\.xml: the file is empty/);
  });

  test('an endless entity reference is cut short', async () => {
    await expect(
      parseXmlStream(
        'ent.xml',
        stream(
          '<testsuite><testcase name="a"><failure>&',
          8,
          ';</failure></testcase></testsuite>',
          'a'.repeat(1024 * 1024)
        )
      )
    ).rejects.toThrow(/ent\.xml:1:\d+: an entity reference longer than 64/);
  });

  test('a file over the size limit is refused before reading', async () => {
    // 201 MB of which only the head is written (a sparse file, the rest NUL bytes): a reader that
    // read any of it would stop at the first NUL with another error, as one allowed 202 MB does.
    const path = file('big.xml', '<testsuite><testcase name="t"><system-out>');
    truncateSync(path, mib(201));
    await expect(readReport(path)).rejects.toThrow(
      /big\.xml: 201\.0 MB is over the 200 MB limit for a report \(max-report-size\)/
    );
    await expect(readReport(path, mib(202))).rejects.toThrow(
      /big\.xml:1:43: a character XML does not allow \(U\+0000\)/
    );
  });

  test.each([
    ['a failure message', '<testsuite><testcase name="t"><failure message="m">', '</failure></testcase></testsuite>'],
    [
      'system-out',
      '<testsuite><testcase name="t"><system-out>',
      '</system-out><failure message="m"/></testcase></testsuite>'
    ],
    ['an attribute value', '<testsuite><testcase name="t"><failure message="', '"/></testcase></testsuite>'],
    ['a CDATA section', '<testsuite><testcase name="t"><failure><![CDATA[', ']]></failure></testcase></testsuite>']
  ])(
    'a 200 MB text node in %s: capped, in bounded memory',
    async (_, head, tail) => {
      global.gc?.();
      const before = process.memoryUsage().rss;
      let peak = before;
      const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
      const report = await parseXmlStream('huge.xml', stream(head, 200, tail)).finally(() => clearInterval(timer));
      expect(report.totals).toMatchObject({ tests: 1, failed: 1 });
      expect(report.cases.at(0)!.message!.length).toBeLessThanOrEqual(MESSAGE_CAP);
      // Loose: the text is 200 MiB; what is kept is a few chunks.
      expect(peak - before).toBeLessThan(mib(120));
    },
    20_000
  );
});

describe('outcome precedence and dialects', () => {
  const parse = (xml: string) => {
    const parser = new JunitParser('r.xml');
    parser.write(xml);
    return parser.end();
  };

  test('error > failure > skipped > passed; flaky passes; reruns count as they appear', () => {
    const report = parse(`<testsuites><testsuite name="s" tests="6">
      <testcase classname="c" name="a"><failure message="f"/><error message="e">boom</error></testcase>
      <testcase classname="c" name="b"><failure message="f">trace</failure><rerunFailure message="again"><stackTrace>x</stackTrace></rerunFailure></testcase>
      <testcase classname="c" name="c"><skipped/></testcase>
      <testcase classname="c" name="d" status="disabled"/>
      <testcase classname="c" name="e"><flakyFailure message="once"/></testcase>
      <testcase classname="c" name="e"/>
    </testsuite></testsuites>`);
    expect(report.totals).toEqual({ tests: 6, passed: 2, failed: 1, errored: 1, skipped: 2, flaky: 1, suiteErrors: 0 });
    expect(report.cases.at(0)!.message).toBe('e\nboom');
    expect(report.cases.at(1)!.message).toBe('f\ntrace');
    expect(report.warnings).toEqual([]);
  });

  test('nested suites, file and line, BOM-less CRLF', () => {
    const report = parse(
      '<testsuites>\r\n<testsuite name="outer" file="tests/a.php">\r\n<testsuite name="inner">\r\n<testcase name="t" class="A" line="12"><failure>x</failure></testcase>\r\n</testsuite></testsuite></testsuites>'
    );
    expect(report.cases.at(0)).toMatchObject({
      suite: 'outer › inner',
      classname: 'A',
      file: 'tests/a.php',
      line: 12,
      outcome: 'failed',
      message: 'x'
    });
  });

  test('disagreeing suite attributes are a warning naming the file', () => {
    expect(parse('<testsuite tests="3"><testcase name="a"/></testsuite>').warnings[0]).toMatch(
      /^r\.xml: suite attributes/
    );
  });

  test('NUnit 3, xUnit.net and TRX by their roots', () => {
    expect(
      parse(
        '<test-run><test-suite name="S"><test-case name="a" classname="C" result="Passed"/><test-case name="b" result="Failed" label="Error"><failure><message>m</message></failure></test-case><test-case name="c" result="Skipped"/></test-suite></test-run>'
      ).totals
    ).toMatchObject({ tests: 3, passed: 1, failed: 1, skipped: 1 });
    expect(
      parse(
        '<assemblies><assembly name="a"><collection name="c"><test name="x" type="T" result="Fail"><failure><message>no</message></failure></test><test name="y" result="Pass"/></collection></assembly></assemblies>'
      ).totals
    ).toMatchObject({ tests: 2, passed: 1, failed: 1 });
    const trx = parse(
      '<TestRun><TestDefinitions><UnitTest id="1"><TestMethod className="K" name="m"/></UnitTest></TestDefinitions><Results><UnitTestResult testId="1" testName="m" outcome="Failed"><Output><ErrorInfo><Message>bad</Message></ErrorInfo></Output></UnitTestResult></Results></TestRun>'
    );
    expect(trx.cases.at(0)).toMatchObject({ classname: 'K', name: 'm', outcome: 'failed', message: 'bad' });
  });
});
