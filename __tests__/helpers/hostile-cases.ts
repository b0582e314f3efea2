import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { startEmulator, type Seed } from '../../src/emulator';
import { violationsIn } from './emulator';
import { runAction } from './action';
import type { Emulator } from './emulator';
import { issueEvent, pullRequestEvent } from './events';
import { int, pick, stateOf, type StateView } from './stress';

/**
 * Hostile input for the real bundle, drawn from a seeded PRNG: configs, issue bodies, report
 * files and event payloads. Every run must end within 10 s and bounded memory with a clear
 * message (a failing run has a non-empty `::error::` line; invalid input is named in an error or
 * warning), and write nothing wrong: every issue's body and labels stay as they were or become
 * what the same event does with valid input (an epic's body may only tick lines and refresh
 * its progress block).
 */

export const REPO = 'zebra-devops/marketedge-frontend';
const NOW = '2025-01-11T10:00:00Z';
const TIME_LIMIT_MS = 10_000;
/** Peak resident memory allowed to one run (its heap is also capped at 512 MB). */
export const MEMORY_LIMIT_MB = 600;
const PROBE = resolve('__tests__/helpers/rss-probe.cjs');
const CONFIG = readFileSync('examples/demo/config.yml', 'utf8');
const HEAD = 'a'.repeat(40);

export type Category = 'config' | 'body' | 'report' | 'payload';

export interface HostileCase {
  category: Category;
  name: string;
  config: string;
  eventName: string;
  /** The event file's text. */
  eventText: string;
  files?: Record<string, string>;
  /** Applied to the seed before the run (hostile bodies). */
  tweak?: (seed: any) => void;
  /** The input is invalid for sure: the run must say so in an error or warning line. */
  mustComplain: boolean;
  /** The valid run this one is judged against (its after state bounds what may change). */
  reference: 'issue-opened' | 'story-closed' | 'pull-request';
}

export function demoSeed(): any {
  const seed = JSON.parse(readFileSync('examples/demo/seed.json', 'utf8'));
  const repo = seed.repos[0];
  repo.issues.find((i: { number: number }) => i.number === 13).labels = ['Epic', 'P0-Critical', 'Week-1-Foundation'];
  repo.issues.find((i: { number: number }) => i.number === 14).state = 'closed';
  repo.pulls = [
    {
      number: 17,
      title: 'Fix the test database',
      body: 'Fixes #14',
      files: ['app/core/config.py'],
      headSha: HEAD,
      headRef: 'fix-db',
      baseSha: 'b'.repeat(40)
    }
  ];
  return seed;
}

const issueOpened = () => JSON.stringify(issueEvent('opened', { number: 15 }, REPO));
const storyClosed = () => JSON.stringify(issueEvent('closed', { number: 14, state: 'closed' }, REPO));
const prEvent = () =>
  JSON.stringify(pullRequestEvent('synchronize', { number: 17, headSha: HEAD, baseSha: 'b'.repeat(40) }, REPO));
const REPORT_CONFIG = `gates:\n  reports: ['reports/**/*.xml', 'reports/**/*.json']\n  fail-on: never\n  items:\n    - name: overall\n      pass-rate: { target: 90 }\n    - name: backend-security\n      select: { classes: ['tests.security.*'] }\n      pass-rate: { target: 100 }\n      epic-line: 'Backend security tests: 100% pass rate achieved'\n      epic: 13\nescalations:\n  enabled: false\n`;
const GOOD_JUNIT = `<?xml version="1.0"?>\n<testsuites><testsuite name="s">${Array.from({ length: 20 }, (_, i) => `<testcase classname="tests.security.t" name="t${i}"/>`).join('')}</testsuite></testsuites>\n`;

const WRONG_VALUES: unknown[] = [
  42,
  -1,
  1e308,
  'a string',
  '',
  true,
  null,
  [],
  [1, 'two', null],
  {},
  { nested: { deeper: [{}] } },
  '/(unclosed/',
  '💥'.repeat(50)
];

/** Every path to a value in a parsed config. */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [at, ...value.flatMap((v, i) => paths(v, [...at, i]))];
  if (value && typeof value === 'object')
    return [at, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...at, k]))];
  return [at];
}

function setAt(root: any, path: (string | number)[], value: unknown): void {
  let node = root;
  for (const key of path.slice(0, -1)) node = node[key];
  node[path[path.length - 1]!] = value;
}

function configCase(random: () => number): HostileCase {
  const base = {
    category: 'config' as const,
    eventName: 'issues',
    eventText: issueOpened(),
    reference: 'issue-opened' as const
  };
  const kind = pick(random, [
    'truncated',
    'wrong-type',
    'unknown-key',
    'huge',
    'deep',
    'aliases',
    'garbage',
    'duplicate-key'
  ] as const);
  switch (kind) {
    case 'truncated': {
      const cut = int(random, 1, CONFIG.length - 1);
      return {
        ...base,
        name: `config truncated at ${cut}/${CONFIG.length}`,
        config: CONFIG.slice(0, cut),
        mustComplain: false
      };
    }
    case 'wrong-type': {
      const config = parse(CONFIG);
      const all = paths(config).filter((p) => p.length > 0);
      const path = pick(random, all);
      const value = pick(random, WRONG_VALUES);
      setAt(config, path, value);
      return {
        ...base,
        name: `config ${path.join('.')} = ${JSON.stringify(value)?.slice(0, 40)}`,
        config: stringify(config),
        mustComplain: false
      };
    }
    case 'unknown-key': {
      const config = parse(CONFIG);
      const objects = paths(config).filter((p) => {
        let node: any = config;
        for (const k of p) node = node[k];
        return node && typeof node === 'object' && !Array.isArray(node);
      });
      const path = pick(random, objects);
      let node: any = config;
      for (const k of path) node = node[k];
      const key = pick(random, ['colour', 'enabeld', 'x-unknown', '__proto__', 'constructor', 'max_writes']);
      node[key] = pick(random, WRONG_VALUES);
      return {
        ...base,
        name: `config unknown key ${[...path, key].join('.')}`,
        config: stringify(config),
        mustComplain: true
      };
    }
    case 'huge': {
      const n = int(random, 20_000, 60_000);
      const definitions = Array.from(
        { length: n },
        (_, i) => `    - { name: label-${i}, color: 'ededed', description: ${'x'.repeat(40)} }`
      ).join('\n');
      return {
        ...base,
        name: `config with ${n} label definitions (${((n * 80) / 1048576).toFixed(1)} MB)`,
        config: `labels:\n  definitions:\n${definitions}\n`,
        mustComplain: false
      };
    }
    case 'deep': {
      const depth = int(random, 1_000, 20_000);
      return {
        ...base,
        name: `config nested ${depth} deep`,
        config: `labels:\n  rules: ${'['.repeat(depth)}${']'.repeat(depth)}\n`,
        mustComplain: true
      };
    }
    case 'aliases': {
      const levels = Array.from(
        { length: 10 },
        (_, i) => `l${i + 1}: &l${i + 1} [${Array.from({ length: 10 }, () => `*l${i}`).join(', ')}]`
      ).join('\n');
      return {
        ...base,
        name: 'config alias bomb (a billion laughs in YAML)',
        config: `l0: &l0 lol\n${levels}\nlabels:\n  rules: *l10\n`,
        mustComplain: true
      };
    }
    case 'garbage': {
      const bytes = Array.from({ length: int(random, 1, 4000) }, () =>
        String.fromCharCode(int(random, 0, 0xffff))
      ).join('');
      return { ...base, name: `config of ${bytes.length} random characters`, config: bytes, mustComplain: false };
    }
    case 'duplicate-key':
      return {
        ...base,
        name: 'config with a duplicated key',
        config: `${CONFIG}\nepics:\n  enabled: false\n`,
        mustComplain: true
      };
  }
}

function hostileText(random: () => number): { name: string; text: string } {
  const kind = pick(random, [
    'huge',
    'over-limit',
    'unicode',
    'deep-quotes',
    'deep-lists',
    'nul',
    'checklist-flood',
    'html'
  ] as const);
  switch (kind) {
    case 'huge':
      return {
        name: 'a 60,000-character body',
        text: Array.from({ length: 1200 }, (_, i) => `line ${i} ${'lorem ipsum '.repeat(3)}`)
          .join('\n')
          .slice(0, 60_000)
      };
    case 'over-limit':
      return { name: 'a body at 65,536 characters', text: 'é'.repeat(65_536) };
    case 'unicode':
      return {
        name: 'unicode: emoji, RTL, zero-width, combining marks, lone surrogates',
        text: `👩‍👩‍👧‍👦 \u202eevil\u202c \u200b\u200d\u2060 e\u0301\u0301\u0301 \ud800 \udfff ${'🧪'.repeat(int(random, 1, 2000))} P0 ü`
      };
    case 'deep-quotes':
      return { name: 'blockquotes nested 5,000 deep', text: `${'> '.repeat(5000)}- [ ] #14 nested` };
    case 'deep-lists': {
      // GitHub keeps bodies to 65,536 characters: deep nesting has to fit.
      if (random() < 0.5) {
        const depth = int(random, 1_000, 30_000);
        return { name: `a list item nested ${depth} deep on one line`, text: `${'- '.repeat(depth)}[ ] #14 item` };
      }
      const depth = int(random, 100, 250);
      return {
        name: `lists indented ${depth} deep`,
        text: Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- [ ] #${14 + (i % 3)} item ${i}`).join('\n')
      };
    }
    case 'nul':
      return { name: 'NUL characters', text: `before\u0000after\n- [ ] #14\u0000 story\n\u0000\u0000` };
    case 'checklist-flood':
      // 300 references, most to issues that do not exist. (An epic's cost grows with its
      // references, about 3 ms of CPU each: 5,000 take about 15 s against the emulator, over
      // the 10 s bound; docs/STRESS.md, "Known limits". The growth is measured by npm run bench.)
      return { name: '300 checklist lines', text: Array.from({ length: 300 }, (_, i) => `- [ ] #${i + 1}`).join('\n') };
    case 'html':
      return {
        name: 'unclosed HTML and comment markers',
        text: `<!-- epic-steward:progress:start -->\n<details><summary>${'<b>'.repeat(2000)}\n- [ ] #14`
      };
  }
}

function bodyCase(random: () => number): HostileCase {
  const drawn = hostileText(random);
  const name = drawn.name;
  const text = drawn.text.slice(0, 65_536);
  const target = pick(random, ['epic', 'story'] as const);
  const tweak = (seed: any) => {
    const issues = seed.repos[0].issues;
    if (target === 'epic') {
      const epic = issues.find((i: { number: number }) => i.number === 13);
      epic.body = random() < 0.5 ? text : `${epic.body}\n\n${text}`.slice(0, 65_536);
    } else {
      issues.find((i: { number: number }) => i.number === 15).body = text;
    }
  };
  return target === 'epic'
    ? {
        category: 'body',
        name: `epic body: ${name}`,
        config: CONFIG,
        eventName: 'issues',
        eventText: storyClosed(),
        tweak,
        mustComplain: false,
        reference: 'story-closed'
      }
    : {
        category: 'body',
        name: `story body: ${name}`,
        config: CONFIG,
        eventName: 'issues',
        eventText: issueOpened(),
        tweak,
        mustComplain: false,
        reference: 'issue-opened'
      };
}

function reportCase(random: () => number): HostileCase {
  const base = {
    category: 'report' as const,
    config: REPORT_CONFIG,
    eventName: 'pull_request',
    eventText: prEvent(),
    mustComplain: true,
    reference: 'pull-request' as const
  };
  const kind = pick(random, [
    'truncated',
    'laughs',
    'external',
    'garbage',
    'binary',
    'wrong-root',
    'deep',
    'json-truncated',
    'json-wrong',
    'empty',
    'attr-flood'
  ] as const);
  const xml = (name: string, text: string, mustComplain = true) => ({
    ...base,
    name,
    files: { 'reports/junit.xml': text },
    mustComplain
  });
  switch (kind) {
    case 'truncated': {
      const cut = int(random, 1, GOOD_JUNIT.length - 20);
      return xml(`JUnit truncated at ${cut}/${GOOD_JUNIT.length}`, GOOD_JUNIT.slice(0, cut));
    }
    case 'laughs':
      return xml(
        'JUnit billion laughs',
        `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('')}]><testsuite><testcase name="&lol9;"/></testsuite>`
      );
    case 'external':
      return xml(
        'JUnit external entity',
        '<?xml version="1.0"?><!DOCTYPE t [<!ENTITY x SYSTEM "file:///etc/passwd">]><testsuite><testcase name="&x;"/></testsuite>'
      );
    case 'garbage':
      return xml(
        'JUnit of random characters',
        Array.from({ length: int(random, 1, 20_000) }, () => String.fromCharCode(int(random, 1, 0xd7ff))).join('')
      );
    case 'binary':
      return xml('JUnit that is a zip header', 'PK\u0003\u0004\u0014\u0000\u0000\u0000\u0008\u0000' + 'x'.repeat(100));
    case 'wrong-root':
      return xml('an HTML page named junit.xml', '<html><body><h1>502 Bad Gateway</h1></body></html>');
    case 'deep': {
      const depth = int(random, 10_000, 200_000);
      return xml(
        `JUnit nested ${depth} deep`,
        `<testsuites>${'<testsuite>'.repeat(depth)}<testcase name="x"/>${'</testsuite>'.repeat(depth)}</testsuites>`,
        false
      );
    }
    case 'json-truncated':
      return {
        ...base,
        name: 'Jest JSON truncated',
        files: {
          'reports/jest.json':
            '{"numTotalTests": 3, "testResults": [{"name": "/a.test.js", "assertionResults": [{"status": "pass'
        }
      };
    case 'json-wrong':
      return {
        ...base,
        name: 'Jest JSON of wrong types',
        files: {
          'reports/jest.json': JSON.stringify(
            pick(random, [
              { testResults: 'many' },
              { testResults: [{ assertionResults: [{ status: 7, title: null }] }] },
              [1, 2, 3],
              'text',
              { testResults: [null] }
            ])
          )
        }
      };
    case 'empty':
      return xml('an empty JUnit file', '');
    case 'attr-flood':
      return xml(
        'a testcase with 100,000 attributes',
        `<testsuite><testcase ${Array.from({ length: 100_000 }, (_, i) => `a${i}="${i}"`).join(' ')} name="x"/></testsuite>`,
        false
      );
  }
}

function payloadCase(random: () => number): HostileCase {
  const base = {
    category: 'payload' as const,
    config: CONFIG,
    eventName: 'issues',
    mustComplain: false,
    reference: 'issue-opened' as const
  };
  const valid = JSON.parse(issueOpened());
  const kind = pick(random, ['truncated', 'not-object', 'wrong-type', 'missing', 'huge', 'deep', 'proto'] as const);
  switch (kind) {
    case 'truncated': {
      const text = JSON.stringify(valid);
      const cut = int(random, 0, text.length - 1);
      return {
        ...base,
        name: `payload truncated at ${cut}/${text.length}`,
        eventText: text.slice(0, cut),
        mustComplain: true
      };
    }
    case 'not-object': {
      const text = pick(random, [
        'null',
        '[]',
        '"issues"',
        '42',
        'true',
        '\u0000\u0000',
        '{"action": "opened", "issue": 15}'
      ]);
      return { ...base, name: `payload ${JSON.stringify(text)}`, eventText: text };
    }
    case 'wrong-type': {
      const field = pick(random, [
        'issue.number',
        'issue.labels',
        'issue.title',
        'issue.body',
        'issue.state',
        'action',
        'repository',
        'repository.full_name',
        'issue.user',
        'sender'
      ] as const);
      const value = pick(random, WRONG_VALUES);
      setAt(valid, field.split('.'), value);
      return {
        ...base,
        name: `payload ${field} = ${JSON.stringify(value)?.slice(0, 40)}`,
        eventText: JSON.stringify(valid)
      };
    }
    case 'missing': {
      const field = pick(random, [
        'issue',
        'repository',
        'action',
        'issue.number',
        'issue.labels',
        'issue.body',
        'sender'
      ] as const);
      const parts = field.split('.');
      let node: any = valid;
      for (const k of parts.slice(0, -1)) node = node[k];
      delete node[parts[parts.length - 1]!];
      return { ...base, name: `payload without ${field}`, eventText: JSON.stringify(valid) };
    }
    case 'huge': {
      valid.issue.body = `${'Database P0 '.repeat(int(random, 100_000, 800_000))}`;
      return {
        ...base,
        name: `payload with a ${(valid.issue.body.length / 1048576).toFixed(1)} MB body`,
        eventText: JSON.stringify(valid)
      };
    }
    case 'deep': {
      const depth = int(random, 1_000, 100_000);
      return {
        ...base,
        name: `payload nested ${depth} deep`,
        eventText: JSON.stringify(valid).replace(/}$/, `, "extra": ${'['.repeat(depth)}${']'.repeat(depth)}}`)
      };
    }
    case 'proto':
      return {
        ...base,
        name: 'payload with __proto__ and constructor keys',
        eventText: JSON.stringify(valid).replace(
          /^{/,
          '{"__proto__": {"polluted": true, "number": 16}, "constructor": {"prototype": {"x": 1}},'
        )
      };
  }
}

const GENERATORS: Record<Category, (random: () => number) => HostileCase> = {
  config: configCase,
  body: bodyCase,
  report: reportCase,
  payload: payloadCase
};

/** `perCategory` cases of each category, drawn from `random`. */
export function cases(random: () => number, perCategory: number): HostileCase[] {
  return (Object.keys(GENERATORS) as Category[]).flatMap((category) =>
    Array.from({ length: perCategory }, () => GENERATORS[category](random))
  );
}

async function start(seed: Seed): Promise<Emulator> {
  return startEmulator({ seed, now: () => new Date(NOW) });
}

interface Outcome {
  code: number;
  ms: number;
  peakMb: number;
  message?: string;
  problems: string[];
  writes: number;
}

const REFERENCE_EVENTS: Record<
  HostileCase['reference'],
  { eventName: string; eventText: () => string; config: string; files?: Record<string, string> }
> = {
  'issue-opened': { eventName: 'issues', eventText: issueOpened, config: CONFIG },
  'story-closed': { eventName: 'issues', eventText: storyClosed, config: CONFIG },
  'pull-request': {
    eventName: 'pull_request',
    eventText: prEvent,
    config: REPORT_CONFIG,
    files: { 'reports/junit.xml': GOOD_JUNIT }
  }
};

/** The state a valid run of the reference event reaches from the same seed. */
export async function reference(which: HostileCase['reference'], tweak?: (seed: any) => void): Promise<StateView> {
  const seed = demoSeed();
  tweak?.(seed);
  const e = await start(seed);
  try {
    const ref = REFERENCE_EVENTS[which];
    const run = await runAction({
      emulator: e,
      repo: REPO,
      eventName: ref.eventName,
      payload: {},
      eventText: ref.eventText(),
      config: ref.config,
      files: ref.files,
      now: NOW,
      timeoutMs: 30_000
    });
    if (run.code !== 0 && which !== 'story-closed')
      throw new Error(`reference run ${which} failed: ${run.stdout.slice(-1000)}`);
    return stateOf(e);
  } finally {
    await e.close();
  }
}

const BLOCK = /<!-- epic-steward:progress:start -->[\s\S]*?<!-- epic-steward:progress:end -->\n*/g;
/** An epic's body with its progress block removed and every box unticked: what ticking may not change. */
const skeleton = (body: string | null) =>
  (body ?? '')
    .replace(BLOCK, '')
    .replace(/\[[xX]\]/g, '[ ]')
    .trimEnd();

/** Runs one case of the real bundle and judges it. */
export async function runCase(c: HostileCase, after: StateView): Promise<Outcome> {
  const seed = demoSeed();
  c.tweak?.(seed);
  const e = await start(seed);
  const dir = mkdtempSync(join(tmpdir(), 'epic-steward-rss-'));
  const problems: string[] = [];
  try {
    const before = stateOf(e);
    const started = Date.now();
    const probe = join(dir, 'rss');
    const run = await runAction({
      emulator: e,
      repo: REPO,
      eventName: c.eventName,
      payload: {},
      eventText: c.eventText,
      config: c.config,
      files: c.files,
      now: NOW,
      timeoutMs: TIME_LIMIT_MS,
      env: { NODE_OPTIONS: `--max-old-space-size=512 --require ${PROBE}`, RSS_PROBE_OUT: probe }
    });
    const ms = Date.now() - started;
    let peakMb = 0;
    try {
      peakMb = Number(readFileSync(probe, 'utf8')) / 1024;
    } catch {
      problems.push('no memory figure (the process died without exiting)');
    }
    const lines = run.stdout.split('\n');
    const error = lines.find((l) => /^::error(?: [^:]*)?::\S/.test(l));
    const warning = lines.find((l) => /^::warning(?: [^:]*)?::\S/.test(l));
    const message = error ?? warning;
    if (run.timedOut) problems.push(`still running after ${TIME_LIMIT_MS / 1000} s (killed)`);
    else if (run.code !== 0 && run.code !== 1)
      problems.push(`exit ${run.code}: ${(run.stderr || run.stdout).slice(-300)}`);
    if (run.code !== 0 && !error)
      problems.push(`failed without an error line: ${(run.stdout + run.stderr).slice(-300)}`);
    if (c.mustComplain && !message) problems.push('invalid input passed without an error or a warning');
    if (
      message &&
      /Cannot read prop|is not a function|undefined is not|\[object Object\]|Maximum call stack/.test(message)
    )
      problems.push(`an unclear message: ${message.slice(0, 200)}`);
    if (/^\s+at .+:\d+:\d+\)?$/m.test(run.stderr))
      problems.push(`a stack trace on stderr: ${run.stderr.slice(0, 300)}`);
    if (peakMb > MEMORY_LIMIT_MB) problems.push(`peak memory ${peakMb.toFixed(0)} MB`);

    const now = stateOf(e);
    for (const [key, got] of now.issues) {
      const was = before.issues.get(key)!;
      const valid = after.issues.get(key);
      if (got.body !== was.body && got.body !== valid?.body) {
        // An epic's body may only tick its lines and refresh its progress block.
        if (!(key.endsWith('#13') && skeleton(got.body) === skeleton(was.body)))
          problems.push(`${key}: body changed wrongly`);
      }
      for (const l of got.labels)
        if (!was.labels.includes(l) && !valid?.labels.includes(l)) problems.push(`${key}: label ${l} added wrongly`);
      for (const l of was.labels)
        if (!got.labels.includes(l) && valid?.labels.includes(l)) problems.push(`${key}: label ${l} removed wrongly`);
      if (got.state !== was.state && got.state !== valid?.state) problems.push(`${key}: state changed to ${got.state}`);
    }
    for (const v of violationsIn(e)) problems.push(`off GitHub's published contract: ${v}`);
    const writes = e.requests().filter((r) => (r.path === '/graphql' ? r.mutation : r.method !== 'GET')).length;
    // The run's directory holds the event file and workspace (up to 10 MB each here).
    rmSync(dirname(run.workspace), { recursive: true, force: true });
    return { code: run.code, ms, peakMb, message: message?.slice(0, 160), problems, writes };
  } finally {
    await e.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
