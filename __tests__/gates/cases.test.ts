import { CaseList, StringTable, hashText, utf8Equals } from '../../src/gates/cases';
import type { TestCase } from '../../src/gates/model';
import { XmlReportParser } from '../../src/gates/readers/parser';

/** The compact store gives back every case as it was given, whatever its fields hold. */
describe('CaseList', () => {
  const given: TestCase[] = [
    { suite: 'outer › inner', classname: 'pkg.C', name: 'plain', outcome: 'passed', flaky: false },
    {
      suite: 'outer › inner',
      classname: 'pkg.C',
      name: 'flaky one',
      outcome: 'passed',
      flaky: true,
      file: 'a.py',
      line: 12
    },
    {
      suite: '',
      classname: 'same title',
      name: 'same title',
      outcome: 'failed',
      flaky: false,
      message: 'boom\n  at x'
    },
    {
      suite: 'σουίτα',
      classname: 'テスト.注文',
      name: 'проверка_🚀_naïve',
      outcome: 'errored',
      flaky: false,
      file: 'файл.py',
      line: -5,
      message: 'ошибка'
    },
    { suite: 's', classname: '', name: '', outcome: 'skipped', flaky: false, line: 1e99 },
    { suite: 's', classname: 'c', name: 'x'.repeat(70_000), outcome: 'passed', flaky: false, line: 1.5 },
    { suite: 's', classname: 'c', name: 'zero', outcome: 'passed', flaky: false, line: -0 },
    // Over a buffer's MiB (a Jest JSON title is not capped), and a name after it.
    { suite: 's', classname: 'c', name: 'ü'.repeat(400_000), outcome: 'passed', flaky: false },
    { suite: 's', classname: 'c', name: 'after', outcome: 'passed', flaky: false }
  ];

  test('round trip: at, iteration, filter and map give the cases back', () => {
    const list = new CaseList();
    given.forEach((c, i) => expect(list.push(c)).toBe(i));
    expect(list.length).toBe(given.length);
    expect([...list]).toEqual(given);
    expect(Object.is(list.at(6)!.line, -0)).toBe(true);
    expect(list.at(-1)).toEqual(given[8]);
    expect(list.at(given.length)).toBeUndefined();
    expect(list.filter((c) => c.outcome === 'failed' || c.outcome === 'errored').map((c) => c.name)).toEqual([
      'same title',
      'проверка_🚀_naïve'
    ]);
    expect(list.map((c) => c.classname)).toEqual(given.map((c) => c.classname));
  });

  test('a case read is a copy: changing it changes nothing stored', () => {
    const list = new CaseList();
    list.push(given[0]!);
    list.at(0)!.name = 'changed';
    expect(list.at(0)!.name).toBe('plain');
  });

  test('many cases across buffers and growth, and a class set afterwards', () => {
    const list = new CaseList();
    const n = 70_000;
    for (let i = 0; i < n; i++)
      list.push({
        suite: `s${i % 7}`,
        classname: `c${i % 1000}`,
        name: `test_${i}_${'é'.repeat(i % 40)}`,
        outcome: i % 10 === 0 ? 'failed' : 'passed',
        flaky: false,
        line: i
      });
    list.setClassname(5, 'Late.Class');
    expect(list.length).toBe(n);
    expect(list.at(n - 1)).toEqual({
      suite: `s${(n - 1) % 7}`,
      classname: `c${(n - 1) % 1000}`,
      name: `test_${n - 1}_${'é'.repeat((n - 1) % 40)}`,
      outcome: 'passed',
      flaky: false,
      line: n - 1
    });
    expect(list.at(5)!.classname).toBe('Late.Class');
    expect(list.filter((c) => c.outcome === 'failed')).toHaveLength(n / 10);
  });

  test('a parsed report keeps its cases in one: the names come back from the bytes', () => {
    const parser = new XmlReportParser('r.xml');
    parser.write(
      '<testsuite name="s"><testcase classname="k" name="a &amp; b"/><testcase classname="k" name="日本"><failure message="m">t</failure></testcase></testsuite>'
    );
    const report = parser.end();
    expect(report.cases).toBeInstanceOf(CaseList);
    expect([...report.cases]).toEqual([
      { suite: 's', classname: 'k', name: 'a & b', outcome: 'passed', flaky: false },
      { suite: 's', classname: 'k', name: '日本', outcome: 'failed', flaky: false, message: 'm\nt' }
    ]);
  });
});

/** The distinct-string table keeps each string once as UTF-8 and finds it again by its bytes. */
describe('StringTable', () => {
  test('the same text is the same number, however it was built; other texts are other numbers', () => {
    const table = new StringTable();
    const texts = ['', 'a', 'pkg.C', 'テスト.注文', 'naïve', 'nai\u0308ve', '🚀_launch', ' a', 'a '];
    const numbers = texts.map((t) => table.index(t));
    expect(new Set(numbers).size).toBe(texts.length);
    // A string built afresh (not the object given first) with the same characters.
    texts.forEach((t, k) => expect(table.index([...t].join(''))).toBe(numbers[k]));
    texts.forEach((t, k) => expect(table.text(numbers[k]!, k % 3)).toBe(t));
    expect(table.size).toBe(texts.length);
  });

  test('bytes are compared with a text as its UTF-8, character by character', () => {
    const texts = [
      '',
      'a',
      'ab',
      'a\u0000',
      '\u007f',
      '\u0080',
      '\u07ff',
      '\u0800',
      'é',
      'e\u0301',
      'テスト',
      'テスト.',
      '\uffff',
      '🚀',
      '🚁',
      '\u{10ffff}',
      'x🚀y',
      'x🚀z'
    ];
    const wrong: string[] = [];
    for (const a of texts) {
      const bytes = Buffer.from(`#${a}`);
      for (const b of texts)
        if (utf8Equals(bytes, 1, bytes.length - 1, b) !== (a === b))
          wrong.push(`${JSON.stringify(a)} ${JSON.stringify(b)}`);
    }
    expect(wrong).toEqual([]);
  });

  test('the empty string is a string like any other', () => {
    const table = new StringTable();
    expect(table.index('x')).toBe(0);
    expect(table.index('')).toBe(1);
    expect(table.index('')).toBe(1);
    expect(table.text(1)).toBe('');
    expect(table.text(0)).toBe('x');
  });

  test('two texts of the same hash stay two', () => {
    // Birthday search for a full 32-bit collision of the table's hash.
    const seen = new Map<number, string>();
    let pair: [string, string] | undefined;
    for (let k = 0; !pair; k++) {
      const t = `k${k}`;
      const h = hashText(t);
      const other = seen.get(h);
      if (other !== undefined) pair = [other, t];
      else seen.set(h, t);
    }
    const [a, b] = pair;
    expect(hashText(a)).toBe(hashText(b));
    const table = new StringTable();
    const i = table.index(a);
    const j = table.index(b);
    expect(j).not.toBe(i);
    expect(table.index(b)).toBe(j);
    expect(table.index(a)).toBe(i);
    expect([table.text(i), table.text(j)]).toEqual([a, b]);
  });

  test('growth: slots rehashed, strings past many buffers and one over a buffer', () => {
    const table = new StringTable();
    const many = 150_000;
    const text = (k: number) => `Klasse.${'é'.repeat(k % 13)}.${k}.${'x'.repeat(k % 7)}`;
    const wrong: number[] = [];
    for (let k = 0; k < many; k++) if (table.index(text(k)) !== k) wrong.push(k);
    expect(wrong).toEqual([]);
    const long = 'ü'.repeat(700_000); // 1.4 MB of UTF-8: a buffer of its own
    expect(table.index(long)).toBe(many);
    for (let k = 0; k < many; k += 997) {
      expect(table.index(text(k))).toBe(k);
      expect(table.text(k, 2)).toBe(text(k));
    }
    expect(table.text(many)).toBe(long);
    expect(table.index(`${long}`)).toBe(many);
    expect(table.size).toBe(many + 1);
  });

  test('a lone surrogate is kept as it is, apart from the replacement character', () => {
    const table = new StringTable();
    const odd = ['\ud800', 'a\udc00b', '\ufffd', 'a\ufffdb'];
    const numbers = odd.map((t) => table.index(t));
    expect(new Set(numbers).size).toBe(4);
    odd.forEach((t, k) => expect(table.text(numbers[k]!)).toBe(t));
    expect(table.index('a\udc00b')).toBe(numbers[1]);
  });
});

describe('CaseList: names and messages UTF-8 cannot hold, files and lines on some pages only', () => {
  test('an empty name first, before any buffer holds text', () => {
    const list = new CaseList();
    const first: TestCase = { suite: '', classname: '', name: '', outcome: 'passed', flaky: false };
    list.push(first);
    expect(list.at(0)).toEqual(first);
  });

  test('a lone surrogate in a name, class or message comes back as given', () => {
    const list = new CaseList();
    const odd: TestCase = {
      suite: 's\ud83d',
      classname: 'c\udc00',
      name: 'title \ud83d',
      outcome: 'failed',
      flaky: false,
      message: 'cut at \ud83d'
    };
    list.push(odd);
    list.push({ ...odd, classname: odd.name });
    expect([...list]).toEqual([odd, { ...odd, classname: odd.name }]);
  });

  test('a file or line first given past the first page and after the first page widened', () => {
    const list = new CaseList();
    const n = 140_000;
    const at = (i: number): TestCase => ({
      suite: 's',
      classname: 'c',
      name: `t${i}`,
      outcome: 'passed',
      flaky: false,
      ...(i === 3_000 || i === 100_000 ? { file: `f${i}.py` } : {}),
      ...(i === 5_000 || i === 139_999 ? { line: i } : {})
    });
    for (let i = 0; i < n; i++) list.push(at(i));
    for (const i of [0, 2_999, 3_000, 5_000, 70_000, 100_000, 139_999]) expect(list.at(i)).toEqual(at(i));
    expect(list.filter((c) => c.file !== undefined || c.line !== undefined).map((c) => c.name)).toEqual([
      't3000',
      't5000',
      't100000',
      't139999'
    ]);
  });
});
