import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { runGraphql } from './graphql';
import { errorBody, HttpError, readBody, type Req, type Res } from './http';
import { artifactZip, match } from './rest';
import { applySeed, loadSeed, type Seed } from './seed';
import { Store } from './store';

export { loadSeed, type Seed } from './seed';
export { Store } from './store';
export { githubSchema } from './graphql';

export type FaultKind = '500' | '502' | '429' | 'secondary' | 'reset';
export const FAULT_KINDS: FaultKind[] = ['500', '502', '429', 'secondary', 'reset'];

export interface EmulatorOptions {
  seed?: Seed;
  /** 0 (the default) picks a free port. */
  port?: number;
  faultRate?: number;
  faultKinds?: FaultKind[];
  latencyMs?: [number, number];
  now?: () => Date;
}

export interface RequestLogEntry {
  method: string;
  path: string;
  query?: string;
  operationName?: string;
  mutation: boolean;
  status: number;
  fault?: string;
  at: string;
}

export interface Emulator {
  /** The REST base (GITHUB_API_URL), `http://127.0.0.1:<port>`. */
  url: string;
  /** The GraphQL endpoint (GITHUB_GRAPHQL_URL). */
  graphqlUrl: string;
  store: Store;
  requests(): RequestLogEntry[];
  clearRequests(): void;
  setFaults(rate: number, kinds?: FaultKind[]): void;
  setNow(now: Date | null): void;
  /** Called before each (non-control) request is handled: lets a test act as a person mid-run. */
  onRequest(fn: ((entry: { method: string; path: string; body: unknown }) => void) | null): void;
  close(): Promise<void>;
}

/**
 * Starts the GitHub emulator: a real HTTP server on loopback with state in memory, serving
 * the REST endpoints the action uses and GraphQL executed on GitHub's published schema.
 */
export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  let pinned: Date | null = null;
  const store = new Store(() => pinned ?? options.now?.() ?? new Date());
  if (options.seed) applySeed(store, options.seed);
  let faultRate = options.faultRate ?? 0;
  let faultKinds = options.faultKinds ?? FAULT_KINDS;
  const log: RequestLogEntry[] = [];
  let hook: ((entry: { method: string; path: string; body: unknown }) => void) | null = null;
  let base = '';

  const server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      if (!res.headersSent) send(res, { status: 500, body: { message: `emulator: ${(error as Error).message}` } });
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', base);
    const method = (req.method ?? 'GET').toUpperCase();
    const raw = await readBody(req);
    if (url.pathname.startsWith('/_emulator/')) return control(method, url, raw, res);

    const [min, max] = options.latencyMs ?? [0, 0];
    if (max > 0) await new Promise((r) => setTimeout(r, min + Math.random() * (max - min)));

    const entry: RequestLogEntry = { method, path: url.pathname, ...(url.search ? { query: url.search.slice(1) } : {}), mutation: false, status: 0, at: store.iso() };
    log.push(entry);
    let body: any;
    try {
      body = raw.length ? JSON.parse(raw.toString('utf8')) : undefined;
    } catch {
      entry.status = 400;
      return send(res, { status: 400, body: { message: 'Problems parsing JSON' } });
    }
    if (url.pathname === '/graphql') {
      const doc = String(body?.query ?? '');
      entry.operationName = body?.operationName ?? /^\s*(?:query|mutation)\s+(\w+)/.exec(doc)?.[1];
      entry.mutation = /^\s*mutation\b/.test(doc);
    }
    // Faults strike before any state changes, as a proxy or a load balancer would.
    if (faultRate > 0 && Math.random() < faultRate) {
      const kind = faultKinds[Math.floor(Math.random() * faultKinds.length)]!;
      entry.fault = kind;
      if (kind === 'reset') {
        entry.status = 0;
        req.socket.destroy();
        return;
      }
      const fault: Res =
        kind === '429'
          ? { status: 429, body: { message: 'API rate limit exceeded' }, headers: { 'retry-after': '1' } }
          : kind === 'secondary'
            ? { status: 403, body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' }, headers: { 'retry-after': '1' } }
            : { status: Number(kind), body: { message: kind === '502' ? 'Bad Gateway' : 'Internal Server Error' } };
      entry.status = fault.status;
      return send(res, fault);
    }
    hook?.({ method, path: url.pathname, body });

    const auth = req.headers.authorization ?? '';
    const token = auth.replace(/^(token|bearer)\s+/i, '');
    const actor = options.seed?.tokens?.[token] ?? 'github-actions[bot]';
    const readOnly = token === 'read-only';

    let result: Res;
    if (url.pathname === '/graphql' && method === 'POST') {
      const outcome = runGraphql(store, body ?? {}, actor, readOnly);
      entry.operationName = outcome.operationName ?? entry.operationName;
      entry.mutation = outcome.mutation;
      result = { status: 200, body: outcome.body };
    } else {
      const found = match(method, url.pathname);
      if (!found) {
        result = { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } };
      } else if (found.write && readOnly) {
        result = { status: 403, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' } };
      } else {
        const request: Req = { method, path: url.pathname, query: url.searchParams, params: found.params, body, base, actor, readOnly };
        try {
          result = found.handler(request, store);
        } catch (error) {
          if (!(error instanceof HttpError)) throw error;
          result = { status: error.status, body: errorBody(error) };
        }
      }
    }
    entry.status = result.status;
    send(res, result);
  }

  function control(method: string, url: URL, raw: Buffer, res: ServerResponse): void {
    const body = raw.length ? JSON.parse(raw.toString('utf8')) : {};
    const path = url.pathname;
    if (path === '/_emulator/requests' && method === 'GET') return send(res, { status: 200, body: log });
    if (path === '/_emulator/requests' && method === 'DELETE') {
      log.length = 0;
      return send(res, { status: 204 });
    }
    if (path === '/_emulator/state' && method === 'GET') return send(res, { status: 200, body: store.toJSON() });
    if (path === '/_emulator/clock' && method === 'POST') {
      pinned = body.now ? new Date(body.now) : null;
      return send(res, { status: 200, body: { now: store.iso() } });
    }
    if (path === '/_emulator/faults' && method === 'POST') {
      faultRate = Number(body.rate ?? 0);
      if (Array.isArray(body.kinds)) faultKinds = body.kinds;
      return send(res, { status: 200, body: { rate: faultRate, kinds: faultKinds } });
    }
    const download = /^\/_emulator\/download\/([^/]+)\/([^/]+)\/(\d+)\.zip$/.exec(path);
    if (download && method === 'GET') {
      const artifact = store.repo(download[1]!, download[2]!)?.artifacts.find((a) => a.id === Number(download[3]));
      if (!artifact) return send(res, { status: 404, body: { message: 'Not Found' } });
      return send(res, { status: 200, raw: artifactZip(artifact), headers: { 'content-type': 'application/zip' } });
    }
    send(res, { status: 404, body: { message: 'Not Found' } });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // Keep-alive sockets would hold close() open until they time out.
  server.keepAliveTimeout = 1000;

  return {
    url: base,
    graphqlUrl: `${base}/graphql`,
    store,
    requests: () => [...log],
    clearRequests: () => void (log.length = 0),
    setFaults: (rate, kinds) => {
      faultRate = rate;
      if (kinds) faultKinds = kinds;
    },
    setNow: (now) => void (pinned = now),
    onRequest: (fn) => void (hook = fn),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      })
  };
}

let remaining = 5000;
function send(res: ServerResponse, result: Res): void {
  remaining = remaining > 1 ? remaining - 1 : 5000;
  const headers: Record<string, string> = {
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': String(remaining),
    'x-ratelimit-used': String(5000 - remaining),
    'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
    'x-ratelimit-resource': 'core',
    'x-github-api-version-selected': '2022-11-28',
    ...result.headers
  };
  if (result.raw) {
    res.writeHead(result.status, headers);
    res.end(result.raw);
    return;
  }
  if (result.body === undefined) {
    res.writeHead(result.status, headers);
    res.end();
    return;
  }
  res.writeHead(result.status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(result.body));
}
