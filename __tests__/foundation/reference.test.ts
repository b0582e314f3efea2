import { readFileSync } from 'node:fs';
import { configSchema } from '../../src/config/schema';
import { configReference } from '../../src/config/reference';

/**
 * The shipped schema, the configuration reference and the code's schema are one thing: a change
 * to any of them without `npm run build` regenerating the others fails here.
 */
type Node = {
  properties?: Record<string, Node>;
  items?: Node;
  additionalProperties?: boolean | Node;
  oneOf?: Node[];
  anyOf?: Node[];
};

/** Every key path the schema accepts, written as the reference writes them (`a.b[].c`; a list of objects also has its `a.b[]` row). */
function paths(node: Node, prefix: string, out: string[]): string[] {
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    const path = prefix ? `${prefix}.${key}` : key;
    out.push(path);
    paths(child, path, out);
  }
  if (node.items) {
    if (node.items.properties) out.push(`${prefix}[]`);
    paths(node.items, `${prefix}[]`, out);
  }
  for (const alt of [...(node.oneOf ?? []), ...(node.anyOf ?? [])]) paths(alt, prefix, out);
  return out;
}

describe('the configuration reference and the schema agree', () => {
  const shipped = JSON.parse(readFileSync('schema/config.schema.json', 'utf8'));
  const reference = readFileSync('docs/CONFIGURATION.md', 'utf8');

  test('schema/config.schema.json is the schema the code validates with', () => {
    expect(shipped).toEqual(JSON.parse(JSON.stringify(configSchema)));
  });

  test('docs/CONFIGURATION.md is generated from that schema', () => {
    expect(reference).toBe(configReference(shipped));
  });

  test('every key the schema accepts has a row in the reference, and no row names an unknown key', () => {
    const keys = new Set(paths(shipped, '', []));
    const rows = new Set([...reference.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]!));
    expect(keys.size).toBeGreaterThan(30);
    for (const key of keys) expect(rows).toContain(key);
    for (const row of rows) expect(keys).toContain(row);
  });

  test('a schema change without regeneration would be caught', () => {
    const changed = JSON.parse(JSON.stringify(shipped));
    changed.properties.labels.description = 'something else';
    expect(configReference(changed)).not.toBe(reference);
  });
});
