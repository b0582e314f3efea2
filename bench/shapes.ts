// JUnit files shaped as real tools write them, generated at any size for the parsing bench
// (issue 18). Every shape is drawn from a seeded PRNG, so a size always gives the same file.
import { createWriteStream } from 'node:fs';
import { prng } from '../__tests__/helpers/prng';

export interface Shape {
  name: string;
  /** What the shape looks like, for the tables. */
  about: string;
  head: string;
  /** The text of case i (with whatever suite markup precedes it), drawn from `r`. */
  item(i: number, r: () => number): string;
  tail: string;
}

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

// The checkout folder in a generated report's stack traces (the home folder written as ~, as in the fixtures).
const RUNNER_APP = '~/work/app';
const WORDS = [
  'order',
  'invoice',
  'user',
  'cart',
  'login',
  'refund',
  'payment',
  'session',
  'token',
  'report',
  'export',
  'search'
];
const JAVA_FRAMES = [
  'org.junit.jupiter.api.AssertionUtils.fail(AssertionUtils.java:',
  'org.junit.jupiter.api.AssertEquals.failNotEqual(AssertEquals.java:',
  'org.junit.jupiter.engine.execution.MethodInvocation.proceed(MethodInvocation.java:',
  'org.junit.platform.engine.support.hierarchical.NodeTestTask.executeRecursively(NodeTestTask.java:',
  'java.base/java.util.ArrayList.forEach(ArrayList.java:'
];
const javaStack = (r: () => number, frames: number) =>
  Array.from({ length: frames }, () => `\tat ${pick(r, JAVA_FRAMES)}${Math.floor(r() * 900) + 10})`).join('\n');
const pyTraceback = (r: () => number, name: string) =>
  `def ${name.replace(/\W/g, '_')}():\n        result = compute(${Math.floor(r() * 100)})\n&gt;       assert result == {&quot;status&quot;: &quot;ok&quot;}\nE       AssertionError: assert {&apos;status&apos;: &apos;fail&apos;} == {&apos;status&apos;: &apos;ok&apos;}\n\ntests/test_${pick(r, WORDS)}.py:${Math.floor(r() * 400)}: AssertionError`;
// Names with the characters test generators put in parameters, escaped as every tool writes them.
const paramName = (r: () => number, i: number) =>
  esc(
    `test_${pick(r, WORDS)}_${i}[${pick(r, ['a<b', 'x&y', '"quoted"', "it's", '1>0', 'k=v&w'])}-${Math.floor(r() * 1000)}]`
  );
const NON_ASCII = [
  'заказ',
  'オーダー',
  '주문',
  'commande_réglée',
  'Bestellung_größer',
  'הזמנה',
  '订单',
  'παραγγελία',
  '🚀_launch',
  'naïve_café'
];
const ATTRIBUTES = (r: () => number, i: number) => [
  `name="${paramName(r, i)}"`,
  `classname="tests.${pick(r, WORDS)}.Test${Math.floor(i / 20)}"`,
  `time="${(r() * 2).toFixed(3)}"`,
  `file="tests/${pick(r, WORDS)}_test.py"`,
  `line="${Math.floor(r() * 500)}"`,
  `assertions="${Math.floor(r() * 9)}"`,
  `timestamp="2026-11-23T10:${String(i % 60).padStart(2, '0')}:00"`
];

function shuffle<T>(r: () => number, list: T[]): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return list;
}

export const SHAPES: Shape[] = [
  {
    name: 'pytest',
    about:
      'pytest: entity-laden parametrised names, file and line, system-out and system-err in every case, 5% failures with tracebacks',
    head: '<?xml version="1.0" encoding="utf-8"?><testsuites><testsuite name="pytest" errors="0" failures="0" skipped="0" tests="0" time="1.0" timestamp="2026-11-23T10:00:00" hostname="runner">',
    item: (i, r) => {
      const name = paramName(r, i);
      const failure =
        i % 20 === 7
          ? `<failure message="AssertionError: assert {&apos;status&apos;: &apos;fail&apos;} == {&apos;status&apos;: &apos;ok&apos;}">${pyTraceback(r, name)}</failure>`
          : '';
      const out = `<system-out>INFO  setting up ${pick(r, WORDS)} fixture\nDEBUG request id=${Math.floor(r() * 1e6)} &lt;ok&gt;\nINFO  teardown</system-out><system-err>WARNING deprecated call in ${pick(r, WORDS)}.py</system-err>`;
      return `<testcase classname="tests.test_${pick(r, WORDS)}.Test${Math.floor(i / 20)}" name="${name}" file="tests/test_${pick(r, WORDS)}.py" line="${Math.floor(r() * 500)}" time="${(r() / 10).toFixed(3)}">${failure}${out}</testcase>\n`;
    },
    tail: '</testsuite></testsuites>\n'
  },
  {
    name: 'surefire',
    about:
      'Surefire: a suite of 20 cases with 40 <properties> each, rerunFailure/flakyFailure with stackTrace and system-out, 40-frame Java stacks',
    head: '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n',
    item: (i, r) => {
      let s = '';
      const k = Math.floor(i / 20);
      const klass = `com.example.${pick(r, WORDS)}.api.${pick(r, WORDS)}Service${k}IT`;
      if (i % 20 === 0) {
        if (i > 0) s += '</testsuite>\n';
        const props = Array.from(
          { length: 40 },
          (_, p) => `<property name="sun.prop${p}.name" value="/usr/lib/jvm/java-21/lib:${p}:${esc('-Dx=<y>')}"/>`
        ).join('\n');
        s += `<testsuite xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" version="3.0" name="${klass}" time="3.2" tests="20" errors="0" skipped="0" failures="0">\n<properties>\n${props}\n</properties>\n`;
      }
      const name = `should${pick(r, WORDS)}When${pick(r, WORDS)}Case${i}`;
      let body = '';
      if (i % 20 === 7)
        body = `<failure message="expected: &lt;200&gt; but was: &lt;500&gt;" type="org.opentest4j.AssertionFailedError">org.opentest4j.AssertionFailedError: expected: &lt;200&gt; but was: &lt;500&gt;\n${javaStack(r, 40)}</failure>\n<system-out>12:00:01.123 [main] INFO ${klass} - started</system-out>`;
      else if (i % 20 === 13)
        body = `<flakyFailure message="timeout" type="java.net.SocketTimeoutException"><stackTrace>java.net.SocketTimeoutException: timeout\n${javaStack(r, 15)}</stackTrace><system-out>retrying</system-out></flakyFailure>`;
      else if (i % 40 === 3)
        body = `<rerunFailure message="boom" type="java.lang.IllegalStateException"><stackTrace>java.lang.IllegalStateException: boom\n${javaStack(r, 10)}</stackTrace></rerunFailure><failure message="boom" type="java.lang.IllegalStateException">java.lang.IllegalStateException: boom\n${javaStack(r, 10)}</failure>`;
      return `${s}<testcase name="${name}" classname="${klass}" time="${(r() / 5).toFixed(3)}"${body ? `>\n${body}\n</testcase>` : '/>'}\n`;
    },
    tail: '</testsuite>\n</testsuites>\n'
  },
  {
    name: 'jest-junit',
    about:
      'jest-junit: a suite per test file, classname and name both the full title, failures with an escaped expect() diff and stack',
    head: '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="jest tests" tests="0" failures="0" errors="0" time="12.3">\n',
    item: (i, r) => {
      let s = '';
      if (i % 25 === 0)
        s += `${i > 0 ? '  </testsuite>\n' : ''}  <testsuite name="src/${pick(r, WORDS)}/${pick(r, WORDS)}.test.ts" errors="0" failures="0" skipped="0" timestamp="2026-11-23T10:00:00" time="1.2" tests="25">\n`;
      const title = `${pick(r, WORDS)} service &gt; ${pick(r, WORDS)} should ${pick(r, WORDS)} when ${pick(r, WORDS)} is ${i}`;
      const failure =
        i % 20 === 7
          ? `>\n      <failure>Error: expect(received).toEqual(expected) // deep equality\n\n- Expected  - 1\n+ Received  + 1\n\n  Object {\n-   &quot;status&quot;: &quot;ok&quot;,\n+   &quot;status&quot;: &quot;error&quot;,\n  }\n    at Object.&lt;anonymous&gt; (${RUNNER_APP}/src/${pick(r, WORDS)}.test.ts:${Math.floor(r() * 300)}:23)\n    at Promise.then.completed (${RUNNER_APP}/node_modules/jest-circus/build/utils.js:298:28)</failure>\n    </testcase>`
          : '>\n    </testcase>';
      return `${s}    <testcase classname="${title}" name="${title}" time="${(r() / 20).toFixed(3)}"${failure}\n`;
    },
    tail: '  </testsuite>\n</testsuites>\n'
  },
  {
    name: 'go-junit-report',
    about:
      'go-junit-report: a suite per package with <properties>, short subtest names, failures as t.Errorf lines, a CDATA system-out per package',
    head: '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites tests="0" failures="0">\n',
    item: (i, r) => {
      let s = '';
      const pkg = `github.com/acme/app/internal/${pick(r, WORDS)}${Math.floor(i / 100)}`;
      if (i % 100 === 0) {
        if (i > 0)
          s += `\t\t<system-out><![CDATA[ok  \tpackage\t0.01s\ncoverage: 81.2% of statements]]></system-out>\n\t</testsuite>\n`;
        s += `\t<testsuite name="${pkg}" tests="100" failures="0" errors="0" id="${i / 100}" hostname="runner" time="0.512" timestamp="2026-11-23T10:00:00Z">\n\t\t<properties>\n\t\t\t<property name="go.version" value="go1.23.3 linux/amd64"></property>\n\t\t</properties>\n`;
      }
      const name = `Test${pick(r, WORDS)}/${pick(r, WORDS)}_${i % 100}`;
      const failure =
        i % 20 === 7
          ? `>\n\t\t\t<failure message="Failed" type="">    ${pick(r, WORDS)}_test.go:${Math.floor(r() * 200)}: got 3, want 4</failure>\n\t\t</testcase>`
          : '></testcase>';
      return `${s}\t\t<testcase name="${name}" classname="${pkg}" time="0.00${i % 10}"${failure}\n`;
    },
    tail: '\t</testsuite>\n</testsuites>\n'
  },
  {
    name: 'huge-failure',
    about:
      'one failure text of almost the whole file (a test that dumped its log into the assertion), then ordinary cases',
    head: '<?xml version="1.0"?><testsuite name="huge"><testcase classname="c" name="dumps"><failure message="log follows">',
    // The failure text first (0.96 of the file: a line of a log each), then the cases.
    item: (i, r) =>
      i === -1
        ? ''
        : `${new Date(1_700_000_000_000 + i * 1000).toISOString()} DEBUG worker-${i % 8} processed batch ${Math.floor(r() * 1e6)} &amp; flushed &lt;${i}&gt; rows\n`,
    tail: '</failure></testcase><testcase classname="c" name="after"/></testsuite>\n'
  },
  {
    name: 'deep-nesting',
    about: 'suites nested 24 deep (Bazel, NUnit-style trees, describe blocks), 10 cases at each leaf',
    head: '<?xml version="1.0"?>\n<testsuites>\n',
    item: (i, r) => {
      const depth = 24;
      let s = '';
      if (i % 10 === 0) {
        if (i > 0) s += '</testsuite>'.repeat(depth) + '\n';
        for (let d = 0; d < depth; d++)
          s += `<testsuite name="level${d} ${pick(r, WORDS)}" tests="${d === depth - 1 ? 10 : 0}">`;
        s += '\n';
      }
      const failure =
        i % 20 === 7 ? `><failure message="nope">expected true\n  at level.spec.js:${i}</failure></testcase>` : '/>';
      return `${s}<testcase classname="tree.${pick(r, WORDS)}" name="${pick(r, WORDS)} works ${i}" time="0.001"${failure}\n`;
    },
    tail: '</testsuite>'.repeat(24) + '\n</testsuites>\n'
  },
  {
    name: 'cdata',
    about: 'CDATA everywhere: system-out of every case and failure text in CDATA sections with markup-like content',
    head: '<?xml version="1.0" encoding="UTF-8"?>\n<testsuite name="cdata" tests="0">\n',
    item: (i, r) => {
      const failure =
        i % 20 === 7
          ? `<failure message="mismatch" type="AssertionError"><![CDATA[Expected <div class="a">x & y</div>\nbut got <div>${pick(r, WORDS)}</div>\n${javaStack(r, 8)}]]></failure>`
          : '';
      return `<testcase classname="ui.${pick(r, WORDS)}.Spec" name="renders ${pick(r, WORDS)} ${i}" time="0.02">${failure}<system-out><![CDATA[<html><body data-x="1 & 2">${pick(r, WORDS)} rendered in ${Math.floor(r() * 90)} ms</body></html>\n]]></system-out></testcase>\n`;
    },
    tail: '</testsuite>\n'
  },
  {
    name: 'non-ascii',
    about:
      'non-ASCII class and test names in every case (Cyrillic, Japanese, Korean, Hebrew, Greek, accents, emoji), UTF-8 failures',
    head: '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n<testsuite name="国際化" tests="0">\n',
    item: (i, r) => {
      const failure =
        i % 20 === 7
          ? `>\n<failure message="ожидалось «${pick(r, NON_ASCII)}»">AssertionError: ожидалось «${pick(r, NON_ASCII)}», получено «${pick(r, NON_ASCII)}»\n${javaStack(r, 12)}</failure>\n</testcase>`
          : '/>';
      return `<testcase classname="テスト.${pick(r, NON_ASCII)}.Klasse${Math.floor(i / 20)}" name="проверка_${pick(r, NON_ASCII)}_${pick(r, NON_ASCII)}_${i}" time="0.0${i % 90}"${failure}\n`;
    },
    tail: '</testsuite>\n</testsuites>\n'
  },
  {
    name: 'attribute-order',
    about:
      'the attributes of every case in a random order, some single-quoted, extra attributes tools add (assertions, timestamp)',
    head: "<?xml version='1.0'?>\n<testsuites>\n<testsuite name='shuffled'>\n",
    item: (i, r) => {
      const attributes = shuffle(r, ATTRIBUTES(r, i)).map((a) => (r() < 0.3 ? a.replace(/="([^"]*)"/, "='$1'") : a));
      const failure =
        i % 20 === 7
          ? `>\n<failure type='AssertionError' message="bad &amp; worse">${pyTraceback(r, 'x')}</failure>\n</testcase>`
          : '/>';
      return `<testcase ${attributes.join(i % 3 ? ' ' : '\n    ')}${failure}\n`;
    },
    tail: '</testsuite>\n</testsuites>\n'
  }
];

/** Writes shape `shape` at about `mb` MB to `path`; returns the number of cases. */
export async function writeShape(shape: Shape, path: string, mb: number): Promise<number> {
  const out = createWriteStream(path);
  const r = prng(18 * 1000 + mb);
  const target = mb * 1048576;
  let written = 0;
  let pending = shape.head;
  let i = 0;
  const flush = async () => {
    written += Buffer.byteLength(pending);
    if (!out.write(pending)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    pending = '';
  };
  // The huge failure's text fills all but the last 4% of the file; ordinary cases follow it.
  if (shape.name === 'huge-failure') {
    while (written < target * 0.96) {
      for (let k = 0; k < 100; k++) pending += shape.item(i++, r);
      await flush();
    }
    pending += shape.tail.replace('</testsuite>\n', '');
    for (let k = 0; written + Buffer.byteLength(pending) < target; k++) {
      pending += `<testcase classname="c" name="case ${k}" time="0.001"/>\n`;
      if (pending.length > 65536) await flush();
    }
    pending += '</testsuite>\n';
    await flush();
    await new Promise<void>((resolve) => out.end(() => resolve()));
    return i;
  }
  while (written + Buffer.byteLength(pending) < target) {
    pending += shape.item(i++, r);
    if (pending.length > 65536) await flush();
  }
  pending += shape.tail;
  await flush();
  await new Promise<void>((resolve) => out.end(() => resolve()));
  return i;
}
