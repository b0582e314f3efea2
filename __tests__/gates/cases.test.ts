import { CaseList } from '../../src/gates/cases';
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
