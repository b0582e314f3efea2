import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse, validate as validateDocument } from 'graphql';
import { githubSchema } from '../../src/emulator/graphql';
import { labelLookupQuery } from '../../src/apply/labels';

// GitHub's published SDL (the same package's schema.json lags behind it, e.g. on sub-issues).
const validate = (text: string) => validateDocument(githubSchema(), parse(text));

/** Every `*_QUERY` / `*_MUTATION` string constant in src/, found by reading the sources. */
function documents(): { file: string; name: string; text: string }[] {
  const found: { file: string; name: string; text: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) {
        if (entry !== 'emulator') walk(path);
      } else if (path.endsWith('.ts')) {
        const source = readFileSync(path, 'utf8');
        for (const match of source.matchAll(
          /export const (\w+_(?:QUERY|MUTATION))\s*=\s*(?:\/\*\s*GraphQL\s*\*\/\s*)?`([^`]*)`/g
        )) {
          found.push({ file: path, name: match[1]!, text: match[2]! });
        }
      }
    }
  };
  walk('src');
  return found;
}

describe("GraphQL documents are valid against GitHub's published schema", () => {
  const docs = documents();

  test("the features' documents are found", () => {
    expect(docs.length).toBeGreaterThan(0);
  });

  for (const doc of docs) {
    test(`${doc.file} ${doc.name}`, () => {
      expect(doc.text).not.toContain('${');
      expect(validate(doc.text).map((e) => e.message)).toEqual([]);
    });
  }

  test.each([0, 1, 3])('the label lookup built for %i names', (count) => {
    expect(validate(labelLookupQuery(count)).map((e) => e.message)).toEqual([]);
  });
});
