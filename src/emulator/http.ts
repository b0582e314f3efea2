import type { IncomingMessage, ServerResponse } from 'node:http';

/** What a route handler gets: the parsed request and helpers to answer like GitHub. */
export interface Req {
  method: string;
  path: string;
  query: URLSearchParams;
  params: string[];
  /** The parsed JSON body, unchecked: handlers narrow it (../json.ts). */
  body: unknown;
  base: string;
  actor: string;
  readOnly: boolean;
}

export interface Res {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  raw?: Buffer;
}

export const DOCS = 'https://docs.github.com/rest';

/** A GitHub error answer; thrown by handlers, turned into GitHub's JSON error shape by the server. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: unknown[]
  ) {
    super(message);
  }
}

export const notFound = (message = 'Not Found'): never => {
  throw new HttpError(404, message);
};

/** 422 as GitHub sends it: "Validation Failed" with an `errors` list naming resource, field and code. */
export function invalid(message: string, errors?: unknown[]): never {
  throw new HttpError(422, message, errors ?? [{ resource: 'Issue', code: 'custom', message }]);
}

/** 422 for one field: `{resource, field, code}` as GitHub's validation errors read. */
export function invalidField(
  resource: string,
  field: string,
  code: 'missing_field' | 'invalid' | 'already_exists' | 'custom',
  message?: string
): never {
  throw new HttpError(422, 'Validation Failed', [{ resource, field, code, ...(message ? { message } : {}) }]);
}

export function errorBody(error: HttpError): unknown {
  return {
    message: error.message,
    ...(error.errors ? { errors: error.errors } : {}),
    documentation_url: DOCS,
    status: String(error.status)
  };
}

/** `per_page` (default 30, at most 100) and `page` (from 1) of a REST list request. */
export function pageParams(query: URLSearchParams): { perPage: number; pageNo: number } {
  const perPage = Math.min(100, Math.max(1, Math.floor(Number(query.get('per_page') ?? 30)) || 30));
  const pageNo = Math.max(1, Math.floor(Number(query.get('page') ?? 1)) || 1);
  return { perPage, pageNo };
}

/** One page of a list, with GitHub's `Link` header (rel next/last, and first/prev after page 1). */
export function page<T>(req: Req, items: T[]): Res & { body: T[] } {
  const { perPage, pageNo } = pageParams(req.query);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const link = (n: number, rel: string) => {
    const q = new URLSearchParams(req.query);
    q.set('per_page', String(perPage));
    q.set('page', String(n));
    return `<${req.base}${req.path}?${q.toString()}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (pageNo > 1) links.push(link(Math.min(pageNo - 1, last), 'prev'));
  if (pageNo < last) links.push(link(pageNo + 1, 'next'), link(last, 'last'));
  if (pageNo > 1) links.push(link(1, 'first'));
  return {
    status: 200,
    body: items.slice((pageNo - 1) * perPage, pageNo * perPage),
    headers: links.length ? { link: links.join(', ') } : {}
  };
}

/** A paged list wrapped as GitHub wraps some (`{total_count, check_runs: [...]}`); the Link header stays. */
export function wrappedPage<T>(req: Req, key: string, items: T[]): Res {
  const paged = page(req, items);
  return { ...paged, body: { total_count: items.length, [key]: paged.body } };
}

export async function readBody(req: IncomingMessage, limit = 50 * 1024 * 1024): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new HttpError(413, 'Request body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Writes an answer: JSON unless `raw`, with the given headers (rate-limit headers come from the caller). */
export function send(res: ServerResponse, result: Res, headers: Record<string, string> = {}): void {
  const all = { 'x-github-api-version-selected': '2022-11-28', ...headers, ...result.headers };
  if (result.raw) {
    res.writeHead(result.status, all);
    res.end(result.raw);
  } else if (result.body === undefined) {
    res.writeHead(result.status, all);
    res.end();
  } else {
    res.writeHead(result.status, { 'content-type': 'application/json; charset=utf-8', ...all });
    res.end(JSON.stringify(result.body));
  }
}
