import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { posix } from 'node:path';
import ts from 'typescript';

/**
 * The import rules of issue 17 ("layers that only point down"), checked on the import graph of
 * src/ by the layer test (__tests__/foundation/layers.test.ts). Pure functions over a graph of
 * repository-relative paths, so the checker itself is tested on small synthetic graphs.
 */

/** One layer: the files it holds (a path ending in `/` holds a folder). */
export interface Layer {
  name: string;
  paths: string[];
  /** Each folder of the layer is its own unit: no folder of it imports another (the features). */
  isolated?: boolean;
  /** Only these layers may import this one, though others sit above it. */
  onlyFrom?: string[];
}

/**
 * The layers of src/, from the top down: a file may import its own layer and any layer below it,
 * never one above. A file belongs to the first layer with a path that holds it. Amend here when a
 * folder is added or moves (e.g. the shared epic domain). Every file of src/ is checked for circles.
 */
export const LAYERS: Layer[] = [
  { name: 'entry', paths: ['src/index.ts', 'src/replay.ts', 'src/start.ts', 'src/main.ts', 'src/cli.ts', 'src/cli/'] },
  { name: 'run', paths: ['src/run.ts', 'src/features.ts'] },
  // The whole Config and its loader: they gather every feature's config fragment.
  { name: 'config', paths: ['src/config/'] },
  { name: 'features', paths: ['src/epics/', 'src/labels/', 'src/gates/', 'src/escalations/'], isolated: true },
  // The shared epic domain (task lists, references, done policy, the epic queries and children reader).
  { name: 'domain', paths: ['src/checklist/'] },
  // run() hands the features' plans to the executor: a feature returns its plan, never applies it.
  { name: 'executor', paths: ['src/apply/executor.ts'], onlyFrom: ['entry', 'run'] },
  { name: 'apply', paths: ['src/apply/'] },
  { name: 'port', paths: ['src/github/'] },
  { name: 'core', paths: ['src/core/'] },
  // A separate program that plays GitHub: the command line starts it; it imports nothing of the action.
  { name: 'emulator', paths: ['src/emulator/'], onlyFrom: ['entry'] }
];

/** file -> the files of the graph it imports (type-only and dynamic imports included). */
export type ImportGraph = Map<string, Set<string>>;

interface Placement {
  layer: Layer;
  rank: number;
  /** The layer's path the file falls under: its unit when the layer is isolated. */
  unit: string;
}

function place(file: string, layers: Layer[]): Placement | undefined {
  for (const [rank, layer] of layers.entries()) {
    const unit = layer.paths.find((p) => (p.endsWith('/') ? file.startsWith(p) : file === p));
    if (unit !== undefined) return { layer, rank, unit };
  }
  return undefined;
}

/** Every import that points up a layer, or across from one feature to another, as `from -> to: why`. */
export function upwardImports(graph: ImportGraph, layers: Layer[] = LAYERS): string[] {
  const found: string[] = [];
  for (const [from, targets] of graph) {
    const a = place(from, layers);
    if (!a) continue;
    for (const to of targets) {
      const b = place(to, layers);
      if (!b) continue;
      if (b.rank < a.rank) found.push(`${from} -> ${to}: ${a.layer.name} imports ${b.layer.name}`);
      else if (b.layer.onlyFrom && a.layer !== b.layer && !b.layer.onlyFrom.includes(a.layer.name)) {
        found.push(
          `${from} -> ${to}: ${a.layer.name} imports ${b.layer.name} (only ${b.layer.onlyFrom.join(', ')} may)`
        );
      } else if (b.rank === a.rank && a.layer.isolated && a.unit !== b.unit) {
        found.push(`${from} -> ${to}: ${a.unit} imports ${b.unit}`);
      }
    }
  }
  return found.sort();
}

/**
 * Every import circle, one entry per strongly connected component (Tarjan), its files sorted and
 * joined by ` <-> ` (a file importing itself counts too).
 */
export function importCircles(graph: ImportGraph): string[] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const circles: string[] = [];
  const visit = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node) ?? 0);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node) ?? 0, index.get(next) ?? 0));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    for (let member = stack.pop(); member !== undefined; member = stack.pop()) {
      onStack.delete(member);
      component.push(member);
      if (member === node) break;
    }
    if (component.length > 1 || graph.get(node)?.has(node)) circles.push(component.sort().join(' <-> '));
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return circles.sort();
}

/** The module names a file imports: static, type-only, re-exports, `import()` and `import('x').T`. */
export function importedNames(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const names: string[] = [];
  const walk = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      if (ts.isStringLiteral(node.moduleSpecifier)) names.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      if (arg && ts.isStringLiteralLike(arg)) names.push(arg.text);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      const literal = node.argument.literal;
      if (ts.isStringLiteral(literal)) names.push(literal.text);
    }
    ts.forEachChild(node, walk);
  };
  walk(source);
  return names;
}

/** A relative module name resolved as the bundler does (`x` -> `x.ts` or `x/index.ts`); packages are left out. */
export function resolveImport(from: string, name: string, exists: (file: string) => boolean): string | undefined {
  if (!name.startsWith('.')) return undefined;
  const base = posix.normalize(posix.join(posix.dirname(from), name));
  const stem = base.replace(/\.js$/, '');
  return [base, `${stem}.ts`, `${stem}/index.ts`].find((file) => /\.ts$/.test(file) && exists(file));
}

/** The import graph of the TypeScript files under a folder of the repository (run from its root). */
export function importGraphOf(root: string): ImportGraph {
  const files = listTs(root);
  const known = new Set(files);
  const graph: ImportGraph = new Map();
  for (const file of files) {
    const targets = new Set<string>();
    for (const name of importedNames(file, readFileSync(file, 'utf8'))) {
      const target = resolveImport(file, name, (f) => known.has(f) || (f.startsWith(root) && existsSync(f)));
      if (target) targets.add(target);
    }
    graph.set(file, targets);
  }
  return graph;
}

function listTs(folder: string): string[] {
  return readdirSync(folder)
    .map((name) => posix.join(folder, name))
    .flatMap((path) =>
      statSync(path).isDirectory() ? listTs(path) : /\.ts$/.test(path) && !path.endsWith('.d.ts') ? [path] : []
    )
    .sort();
}
