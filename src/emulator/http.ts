import type { IncomingMessage } from 'node:http';

/** What a route handler gets: the parsed request and helpers to answer like GitHub. */
export interface Req {
  method: string;
  path: string;
  query: URLSearchParams;
  params: string[];
  body: any;
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

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: unknown[]
  ) {
    super(message);
  }
}

export const notFound = (): never => {
  throw new HttpError(404, 'Not Found');
};

export function invalid(message: string, errors?: unknown[]): never {
  throw new HttpError(422, message, errors ?? [{ resource: 'Issue', code: 'custom', message }]);
}

export function errorBody(error: HttpError): unknown {
  return {
    message: error.message,
    ...(error.errors ? { errors: error.errors } : {}),
    documentation_url: 'https://docs.github.com/rest',
    status: String(error.status)
  };
}

/** One page of a list, with GitHub's `Link` header (per_page defaults to 30, at most 100). */
export function page<T>(req: Req, items: T[]): Res {
  const perPage = Math.min(100, Math.max(1, Number(req.query.get('per_page') ?? 30) || 30));
  const pageNo = Math.max(1, Number(req.query.get('page') ?? 1) || 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const link = (n: number, rel: string) => {
    const q = new URLSearchParams(req.query);
    q.set('page', String(n));
    q.set('per_page', String(perPage));
    return `<${req.base}${req.path}?${q}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (pageNo < last) links.push(link(pageNo + 1, 'next'), link(last, 'last'));
  if (pageNo > 1) links.push(link(1, 'first'), link(pageNo - 1, 'prev'));
  return { status: 200, body: items.slice((pageNo - 1) * perPage, pageNo * perPage), headers: links.length ? { link: links.join(', ') } : {} };
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
