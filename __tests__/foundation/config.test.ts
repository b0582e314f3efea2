import { readFileSync } from 'node:fs';
import { ConfigError, parseConfig } from '../../src/config/parse';
import { configSchema } from '../../src/config/schema';

function errorOf(text: string): ConfigError {
  try {
    parseConfig(text, '.github/epic-steward.yml');
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('parseConfig', () => {
  test('an empty file gives every default', () => {
    const config = parseConfig('', 'c.yml');
    expect(config.labels.definitions).toEqual([]);
  });

  test('defaults are filled inside list items', () => {
    const config = parseConfig('labels:\n  definitions:\n    - name: Backend\n', 'c.yml');
    expect(config.labels.definitions).toEqual([{ name: 'Backend', color: 'ededed', description: '' }]);
  });

  test.each([
    ['unknown top-level key', 'labls:\n  definitions: []\n', 1, 'labls', /unknown key/],
    [
      'unknown nested key',
      'labels:\n  definitions:\n    - name: A\n      colour: ffffff\n',
      4,
      'labels.definitions[0].colour',
      /unknown key/
    ],
    [
      'bad colour',
      'labels:\n  definitions:\n    - name: A\n    - name: B\n      color: red\n',
      5,
      'labels.definitions[1].color',
      /"red" is not six hexadecimal digits/
    ],
    ['wrong type', 'labels:\n  definitions: Backend\n', 2, 'labels.definitions', /expected a list/],
    ['missing name', 'labels:\n  definitions:\n    - color: ffffff\n', 3, 'labels.definitions[0].name', /required/]
  ])('%s names file, line and key', (_name, text, line, key, problem) => {
    const error = errorOf(text);
    expect(error.file).toBe('.github/epic-steward.yml');
    expect(error.line).toBe(line);
    expect(error.key).toBe(key);
    expect(error.problem).toMatch(problem);
    expect(error.message).toContain(`.github/epic-steward.yml:${line}:`);
  });

  test.each([
    [
      'an invalid regular expression',
      "labels:\n  rules:\n    - label: bug\n      title: ['/fix(/']\n",
      4,
      'labels.rules[0].title[0]',
      /"\/fix\(\/" is not a valid regular expression \(.*Unterminated group\)/
    ],
    [
      'an unknown time zone',
      'escalations:\n  report:\n    time-zone: Europe/Londn\n',
      3,
      'escalations.report.time-zone',
      /"Europe\/Londn" is not a known time zone: expected an IANA name such as Europe\/London/
    ],
    [
      'a glob with an open brace',
      "gates:\n  reports: ['reports/{a,b']\n",
      2,
      'gates.reports[0]',
      /"reports\/\{a,b" is not a usable glob: it has a bracket or brace that does not close/
    ],
    [
      'an absolute glob',
      "gates:\n  reports: ['/reports/*.xml']\n",
      2,
      'gates.reports[0]',
      /globs are relative to the workspace/
    ],
    [
      'duplicate gate names',
      'gates:\n  items:\n    - name: api\n    - name: web\n    - name: api\n',
      5,
      'gates.items[2].name',
      /"api" is used twice \(first by item 0 of this list\)/
    ],
    [
      'a rule with no condition',
      'labels:\n  rules:\n    - label: bug\n      match: all\n',
      3,
      'labels.rules[0]',
      /a rule needs at least one condition/
    ],
    [
      'a rule whose only condition is empty',
      'labels:\n  rules:\n    - label: bug\n      title: []\n',
      3,
      'labels.rules[0]',
      /a rule needs at least one condition/
    ],
    [
      'a duration in words',
      'escalations:\n  remind-every: soon\n',
      2,
      'escalations.remind-every',
      /"soon" is not empty or a duration such as `30m`/
    ],
    [
      'a gate name that is not kebab-case',
      'gates:\n  items:\n    - name: Backend Gate\n',
      3,
      'gates.items[0].name',
      /"Backend Gate" is not kebab-case/
    ]
  ])('%s is a config error naming line and key, in words', (_name, text, line, key, problem) => {
    const error = errorOf(text);
    expect([error.line, error.key]).toEqual([line, key]);
    expect(error.problem).toMatch(problem);
    // Never a raw regular expression in a message.
    expect(error.problem).not.toMatch(/\^|\(\?:|\\s|\[a-z0-9/);
  });

  test('every problem of the file at once, in line order', () => {
    const error = errorOf(
      'escalations:\n  report:\n    time-zone: Mars/Olympus\ngates:\n  items:\n    - name: a\n    - name: a\nlabels:\n  definitions:\n    - name: A\n      color: red\n'
    );
    expect(error.problems.map((p) => [p.line, p.key])).toEqual([
      [3, 'escalations.report.time-zone'],
      [7, 'gates.items[1].name'],
      [11, 'labels.definitions[0].color']
    ]);
    expect(error.message.split('\n')).toHaveLength(4);
    expect(error.message).toMatch(/^3 problems:\n\.github\/epic-steward\.yml:3: /);
  });

  test('a valid config with a regex, time zone, globs and distinct gates passes', () => {
    const config = parseConfig(
      "labels:\n  rules:\n    - label: bug\n      title: ['/^fix/i', 'bug']\n      changed-files:\n        - any-glob-to-any-file: ['src/**/*.{ts,tsx}']\nescalations:\n  report:\n    time-zone: Europe/London\ngates:\n  items:\n    - name: api\n    - name: web\n",
      'c.yml'
    );
    expect(config.gates.items.map((g) => g.name)).toEqual(['api', 'web']);
  });

  // GitHub refuses label names over 50 characters and descriptions over 100 with 422: every
  // label the config can make the action apply is checked when it is read.
  const long = 'L'.repeat(51);
  test.each([
    ['a definition', `labels:\n  definitions:\n    - name: ${long}\n`, 'labels.definitions[0].name'],
    [
      'a definition description',
      `labels:\n  definitions:\n    - name: A\n      description: ${'d'.repeat(101)}\n`,
      'labels.definitions[0].description'
    ],
    ['a rule', `labels:\n  rules:\n    - label: ${long}\n      title: [x]\n`, 'labels.rules[0].label'],
    ['the priority map', `labels:\n  priority:\n    map:\n      ${long}: [P0]\n`, `labels.priority.map.${long}`],
    ['inheritance', `labels:\n  inherit:\n    labels: [${long}]\n`, 'labels.inherit.labels[0]'],
    ['the epic label', `epics:\n  label: ${long}\n`, 'epics.label'],
    ['a handoff label', `epics:\n  handoff:\n    labels: [ok, ${long}]\n`, 'epics.handoff.labels[1]'],
    ['the escalation label', `escalations:\n  label: ${long}\n`, 'escalations.label']
  ])('a label GitHub would refuse in %s is a config error naming the key', (_where, text, key) => {
    const error = errorOf(text);
    expect(error.key).toBe(key);
    expect(error.problem).toMatch(/longer than (50|100) characters \(GitHub refuses/);
  });

  test('labels of exactly 50 characters are accepted', () => {
    const fifty = 'L'.repeat(50);
    expect(
      parseConfig(
        `labels:\n  rules:\n    - label: ${fifty}\n      title: [x]\n  priority:\n    map:\n      ${fifty}: [P0]\nepics:\n  label: ${fifty}\n`,
        'c.yml'
      ).epics.label
    ).toBe(fifty);
  });

  test('an unquoted colour that YAML reads as a number says to quote it', () => {
    const error = errorOf('labels:\n  definitions:\n    - name: A\n      color: 5319e7\n');
    expect(error.line).toBe(4);
    expect(error.problem).toMatch(/quote the value/);
  });

  test('YAML syntax errors name the line', () => {
    const error = errorOf('labels:\n  definitions:\n    - name: "unterminated\n');
    expect(error.line).toBeGreaterThanOrEqual(3);
    expect(error.message).toMatch(/invalid YAML/);
  });

  test('duplicate keys are refused', () => {
    expect(errorOf('labels: {}\nlabels: {}\n').message).toMatch(/invalid YAML/);
  });

  test('a top level that is not a mapping is refused', () => {
    expect(errorOf('- a\n- b\n').problem).toMatch(/mapping/);
  });

  test('schema/config.schema.json is the schema the code validates with (run `npm run build`)', () => {
    const onDisk = JSON.parse(readFileSync('schema/config.schema.json', 'utf8'));
    expect(onDisk).toEqual(JSON.parse(JSON.stringify(configSchema)));
  });
});

describe('a config nested too deeply', () => {
  test('thousands of brackets are named plainly, not as a stack overflow', () => {
    const error = errorOf(`labels:\n  rules: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`);
    expect(error.message).toMatch(/too deeply/);
    expect(error.message).not.toMatch(/call stack/);
  });
});
