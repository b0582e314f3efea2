import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isFields } from '../json';

/**
 * GitHub's published REST description (`@octokit/openapi`, pinned to the version that
 * `@octokit/openapi-types` was generated from), read once per process on first use. It is a
 * 13 MB file, so it is loaded from the package at run time rather than bundled.
 */
export const SPEC_PACKAGE = '@octokit/openapi/generated/api.github.com.json';

/** An operation object of the description: the parts the contract reads (refs left to `deref`). */
export interface OperationObject {
  operationId: string;
  parameters?: unknown[];
  requestBody?: unknown;
  responses?: Record<string, unknown>;
}

/** The parts of the OpenAPI 3.0 document the contract reads. */
interface OpenApiDocument {
  paths: Record<string, Partial<Record<string, OperationObject>>>;
  components: { schemas: Record<string, unknown> };
}

export interface Operation {
  id: string;
  method: string;
  /** The path template, `/repos/{owner}/{repo}/issues/{issue_number}`. */
  template: string;
  op: OperationObject;
}

export interface MatchedOperation extends Operation {
  /** Path parameters by name, URL-decoded. */
  params: Record<string, string>;
}

interface Indexed extends Operation {
  pattern: RegExp;
  names: string[];
  /** Literal segments: `/issues/comments` beats `/issues/{issue_number}`. */
  literals: number;
}

let loaded: { spec: OpenApiDocument; operations: Indexed[] } | undefined;

/** GitHub's published description, from the pinned package (a file we trust to be OpenAPI 3.0). */
function readSpec(): OpenApiDocument {
  try {
    return JSON.parse(readFileSync(createRequire(import.meta.url).resolve(SPEC_PACKAGE), 'utf8')) as OpenApiDocument;
  } catch (error) {
    throw new Error(
      `the contract mode reads ${SPEC_PACKAGE} (a devDependency: run npm ci, or start the emulator with contract off): ${(error as Error).message}`
    );
  }
}

/** The description, parsed and indexed by method and path on first use. */
export function openapi(): { spec: OpenApiDocument; operations: Indexed[] } {
  if (loaded) return loaded;
  const spec = readSpec();
  const operations: Indexed[] = [];
  for (const [template, item] of Object.entries(spec.paths)) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete']) {
      const op = item[method];
      if (!op) continue;
      const names = [...template.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
      const source = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '([^/]+)');
      const literals = template.split('/').filter((s) => s && !s.startsWith('{')).length;
      operations.push({
        id: op.operationId,
        method: method.toUpperCase(),
        template,
        op,
        pattern: new RegExp(`^${source}$`),
        names,
        literals
      });
    }
  }
  operations.sort((a, b) => b.literals - a.literals);
  loaded = { spec, operations };
  return loaded;
}

/** The published operation serving `method path`, or undefined when GitHub documents none. */
export function findOperation(method: string, path: string): MatchedOperation | undefined {
  for (const o of openapi().operations) {
    if (o.method !== method) continue;
    const m = o.pattern.exec(path);
    if (!m) continue;
    const params: Record<string, string> = {};
    o.names.forEach((name, i) => {
      try {
        params[name] = decodeURIComponent(m[i + 1]!);
      } catch {
        params[name] = m[i + 1]!;
      }
    });
    return { id: o.id, method: o.method, template: o.template, op: o.op, params };
  }
  return undefined;
}

/** Follows a local `$ref` (`#/components/responses/not_found`) to the object it names. */
export function deref(node: unknown): unknown {
  let current = node;
  for (let hops = 0; isFields(current) && typeof current.$ref === 'string' && hops < 10; hops++) {
    current = current.$ref
      .slice(2)
      .split('/')
      .reduce(
        (at: unknown, key: string) => (isFields(at) ? at[key.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined),
        openapi().spec
      );
  }
  return current;
}
