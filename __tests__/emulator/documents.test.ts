import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { useEmulator } from './client';

/** Every `*_QUERY` / `*_MUTATION` constant the features ship, read from their sources. */
function documents(): { name: string; text: string }[] {
  const found: { name: string; text: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) {
        if (entry !== 'emulator') walk(path);
      } else if (path.endsWith('.ts')) {
        for (const m of readFileSync(path, 'utf8').matchAll(
          /export const (\w+_(?:QUERY|MUTATION))\s*=\s*(?:\/\*\s*GraphQL\s*\*\/\s*)?`([^`]*)`/g
        ))
          found.push({ name: `${path} ${m[1]}`, text: m[2]! });
      }
    }
  };
  walk('src');
  return found;
}

const { gql } = useEmulator();

/**
 * Values for the variables the features' documents declare, by name; each document runs once
 * on an issue and once on a pull request, so fragments on both are resolved with data.
 */
async function variables(op: OperationDefinitionNode, target: 'issue' | 'pull'): Promise<Record<string, unknown>> {
  const ids = (
    await gql(
      '{ repository(owner: "acme", name: "app") { a: issue(number: 2) { id } b: pullRequest(number: 4) { id } } }'
    )
  ).data.repository;
  const known: Record<string, unknown> = {
    owner: 'acme',
    name: 'app',
    repo: 'app',
    number: target === 'issue' ? 2 : 4,
    after: null,
    labels: ['blocked'],
    states: ['OPEN'],
    ids: [ids.a.id, ids.b.id],
    // A Projects status update: the seed has no project, so NOT_FOUND, but every field is resolved.
    projectId: 'PVT_none',
    status: 'ON_TRACK',
    body: 'status',
    targetDate: null
  };
  const values: Record<string, unknown> = {};
  for (const v of op.variableDefinitions ?? []) {
    const name = v.variable.name.value;
    if (!(name in known)) throw new Error(`no test value for $${name}: add one to this test`);
    values[name] = known[name];
  }
  return values;
}

describe('every GraphQL document the features ship resolves on the emulator without an unimplemented field', () => {
  const docs = documents();
  test('documents are found', () => expect(docs.length).toBeGreaterThan(5));
  for (const doc of docs) {
    test.each([
      ['an issue', 'issue'],
      ['a pull request', 'pull']
    ] as const)(`${doc.name} on %s`, async (_label, target) => {
      const op = parse(doc.text).definitions.find(
        (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION
      )!;
      const result = await gql(doc.text, await variables(op, target));
      const unimplemented = (result.errors ?? []).filter((e: { message: string }) =>
        /is not implemented|Cannot query field|Unknown/.test(e.message)
      );
      expect(unimplemented).toEqual([]);
      if (op.operation === 'query') expect(result.data).toBeTruthy();
    });
  }
});
