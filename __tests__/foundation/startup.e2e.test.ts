import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runAction } from '../helpers/action';
import { useEmulator } from '../helpers/emulator';
import { issueEvent, pullRequestEvent } from '../helpers/events';

// Start-up pays only for what the event needs (issue 18): dist/ is split into chunks that load
// when a feature runs. A module hook (node:module register) given to the real dist/index.js
// through NODE_OPTIONS lists every file of dist/ the run loaded; what those files hold (the
// module comments esbuild writes, `// node_modules/<package>/...`) says which code was parsed.

/** A NODE_OPTIONS value that appends each loaded file:// URL to `log`. */
function loadLogger(log: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'epic-steward-loads-'));
  const hooks = join(dir, 'hooks.mjs');
  writeFileSync(
    hooks,
    `import { appendFileSync } from 'node:fs';\nexport async function load(url, context, next) {\n  if (url.startsWith('file:')) appendFileSync(${JSON.stringify(log)}, url + '\\n');\n  return next(url, context);\n}\n`
  );
  const register = join(dir, 'register.mjs');
  writeFileSync(
    register,
    `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`
  );
  return `--import=${pathToFileURL(register).href}`;
}

/** The text of every file under dist/ the run loaded. */
function loadedText(log: string): { files: string[]; text: string } {
  const files = [
    ...new Set(
      readFileSync(log, 'utf8')
        .split('\n')
        .filter((u) => u.includes('/dist/'))
    )
  ];
  return { files, text: files.map((u) => readFileSync(new URL(u), 'utf8')).join('\n') };
}

// ajv's compiler is in the list: the schema's validator is compiled at build time
// (scripts/compile-validator.ts). So are the config's reader, validator and checks (YAML,
// minimatch): an event no feature handles ends before the config is read (src/main.ts).
const HEAVY = [
  'node_modules/ajv/dist/compile/',
  'node_modules/yaml/',
  'node_modules/minimatch/',
  'src/config/parse.ts',
  'src/config/validator.ts',
  'src/config/checks.ts',
  'node_modules/undici/',
  'node_modules/@octokit/',
  'node_modules/micromark',
  'node_modules/fflate/',
  'src/gates/readers/parser.ts',
  'src/checklist/markdown.ts'
];
const gateConfig =
  "gates:\n  reports: ['*.xml']\n  fail-on: never\n  items:\n    - name: all\n      pass-rate: { target: 90 }\n";

describe('start-up loads only what the event needs', () => {
  const emulator = useEmulator(() => ({
    seed: {
      repos: [
        {
          owner: 'acme',
          name: 'app',
          issues: [{ number: 2, title: 'x' }],
          pulls: [{ number: 5, title: 'pr', headSha: 'a'.repeat(40) }]
        }
      ]
    }
  }));

  it('a no-op issues event parses none of the client, the features, the parsers or the Markdown reader', async () => {
    const log = join(mkdtempSync(join(tmpdir(), 'epic-steward-log-')), 'loads.txt');
    writeFileSync(log, '');
    // `milestoned` concerns no feature: nothing to read, nothing to write.
    const run = await runAction({
      emulator: emulator.get(),
      eventName: 'issues',
      payload: issueEvent('milestoned', { number: 2 }),
      config: 'epics: {}\n',
      env: { NODE_OPTIONS: loadLogger(log) }
    });
    expect(run.code).toBe(0);
    expect(emulator.get().requests()).toHaveLength(0);
    const { files, text } = loadedText(log);
    expect(files.some((f) => f.endsWith('/dist/index.js'))).toBe(true);
    for (const heavy of HEAVY) expect([heavy, text.includes(`// ${heavy}`)]).toEqual([heavy, false]);
  });

  it('the config validator names the line and key of a wrong value, and fills defaults', async () => {
    // On `closed`, which the epics feature handles: an event no feature handles (`milestoned`)
    // ends before the config is read (startup-unhandled.e2e.test.ts).
    const bad = await runAction({
      emulator: emulator.get(),
      eventName: 'issues',
      payload: issueEvent('closed', { number: 2 }),
      config: 'epics:\n  enabled: true\n  handoff:\n    labels: 12\n'
    });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(
      /::error::Invalid config: \.github\/epic-steward\.yml:4: `epics\.handoff\.labels`: expected a list/
    );
    const good = await runAction({
      emulator: emulator.get(),
      eventName: 'issues',
      payload: issueEvent('milestoned', { number: 2 }),
      config: 'epics: {}\n'
    });
    expect(good.code).toBe(0);
    expect(good.outputs['dry-run']).toBe('false');
  });

  it('a gates run loads the client, the report parser and the gates feature, and still gates', async () => {
    const log = join(mkdtempSync(join(tmpdir(), 'epic-steward-log-')), 'loads.txt');
    writeFileSync(log, '');
    const cases = Array.from(
      { length: 20 },
      (_, i) => `<testcase classname="c" name="t${i}">${i < 2 ? '<failure message="x"/>' : ''}</testcase>`
    ).join('');
    const run = await runAction({
      emulator: emulator.get(),
      eventName: 'pull_request',
      payload: pullRequestEvent('synchronize', { number: 5, headSha: 'a'.repeat(40) }),
      config: gateConfig,
      files: { 'junit.xml': `<testsuite>${cases}</testsuite>` },
      env: { NODE_OPTIONS: loadLogger(log) }
    });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.outputs.gates!)[0]).toMatchObject({
      name: 'all',
      totals: { tests: 20, passed: 18, failed: 2 }
    });
    const { text } = loadedText(log);
    for (const needed of ['node_modules/@octokit/', 'src/gates/readers/parser.ts'])
      expect([needed, text.includes(`// ${needed}`)]).toEqual([needed, true]);
  });
});

describe('dist/', () => {
  it('holds exactly the chunks dist/index.js reaches: none missing, none left from an older build', () => {
    const reached = new Set<string>();
    const visit = (file: string) => {
      if (reached.has(file)) return;
      reached.add(file);
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/(?:from|import)\s*\(?\s*"(\.\.?\/[^"]+\.js)"/g)) visit(join(dirname(file), m[1]!));
    };
    visit(join('dist', 'index.js'));
    const chunks = readdirSync(join('dist', 'chunks')).map((f) => join('dist', 'chunks', f));
    expect(chunks.filter((c) => !reached.has(c))).toEqual([]);
    expect(chunks.length).toBeGreaterThan(5);
  });
});
