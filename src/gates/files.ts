import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { Minimatch } from 'minimatch';

const SKIP = new Set(['node_modules', '.git']);

/** Files under `root` matching any of `patterns` (minimatch, `dot: true`); literal paths pass through. */
export async function expandGlobs(patterns: string[], root: string): Promise<string[]> {
  const literal = patterns.filter((p) => !/[*?[\]{}]/.test(p));
  const globs = patterns.filter((p) => /[*?[\]{}]/.test(p)).map((p) => new Minimatch(p, { dot: true }));
  const found: string[] = [...literal];
  if (globs.length) {
    const walk = async (dir: string): Promise<void> => {
      for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
        if (SKIP.has(entry.name)) continue;
        const path = join(dir, entry.name);
        if (entry.isDirectory()) await walk(path);
        else if (entry.isFile() && globs.some((g) => g.match(relative(root, path))))
          found.push(relative(root, path) || path);
      }
    };
    await walk(root);
  }
  return [...new Set(found)].sort();
}
