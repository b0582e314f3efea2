import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Contract, type ContractMode, type Violation } from './contract';
import { control } from './control';
import { cutShort, delay, faultResponse, Faults, type FaultKind } from './faults';
import { runGraphql } from './graphql';
import { DOCS, errorBody, HttpError, readBody, send, type Req, type Res } from './http';
import { RateLimits } from './ratelimit';
import { allows, describe, grantsOf, restNeed } from './permissions';
import { match } from './rest';
import { goneAnswer } from './rest/gone';
import { exactLabelNames } from './graphql/repository';
import { applySeed, type Seed } from './seed';
import { Store } from './store';

export { loadSeed, type Seed } from './seed';
export { Store } from './store';
export { deleteIssue, transferIssue } from './rest/gone';
export { githubSchema } from './graphql';
export { ALL_FAULT_KINDS, FAULT_KINDS, type FaultKind } from './faults';
export { CONTRACT_MODES, type ContractMode, type Violation } from './contract';

export interface EmulatorOptions {
  seed?: Seed;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Share of requests (0..1) that fail with one of `faultKinds`, before any state changes. */
  faultRate?: number;
  faultKinds?: FaultKind[];
  /** Each request is delayed by a uniform random time in `[min, max]` milliseconds. */
  latencyMs?: [number, number];
  /** The emulator's clock (timeline events, `updatedAt`); real time by default. */
  now?: () => Date;
  /** GraphQL `label(name:)` and `labels:` filters match names exactly (default: ignoring case); GitHub leaves it open. */
  exactLabelNames?: boolean;
  /**
   * REST requests and answers checked against GitHub's published OpenAPI description and
   * documented limits (src/emulator/contract): `strict` (the default) answers a violation with
   * 500 and lists it, `report` only lists it, `off` checks nothing.
   */
  contract?: ContractMode;
}

export interface RequestLogEntry {
  method: string;
  /** Without the query string. */
  path: string;
  query?: string;
  operationName?: string;
  /** A GraphQL mutation (REST writes are told by their method). */
  mutation: boolean;
  /** 0 when the connection was dropped before the request was handled (`reset`); with
   * `lost-answer`, the status the request got, though the client never saw it. */
  status: number;
  fault?: string;
  at: string;
  /** The permissions the request needed (`issues: write`), as GitHub's permission tables say. */
  needs?: string[];
  /** Those the token lacked: the request was refused with 403 (REST) or a FORBIDDEN error (GraphQL). */
  denied?: string[];
  /** GraphQL: the document's rate-limit points and node count by GitHub's formula (graphql/cost.ts). */
  cost?: number;
  nodes?: number;
}

export interface Emulator {
  /** The REST base (GITHUB_API_URL), `http://127.0.0.1:<port>`. */
  url: string;
  /** The GraphQL endpoint (GITHUB_GRAPHQL_URL). */
  graphqlUrl: string;
  store: Store;
  requests(): RequestLogEntry[];
  clearRequests(): void;
  /** What broke GitHub's published contract so far (see `contract`). */
  violations(): Violation[];
  setFaults(rate: number, kinds?: FaultKind[]): void;
  /** The next request `when` accepts (method, path without query) gets fault `kind`, whatever the rate: a deterministic fault for a test. */
  failNext(kind: FaultKind, when: (request: { method: string; path: string }) => boolean): void;
  /** Pins the clock (null: back to `options.now` or real time). */
  setNow(now: Date | null): void;
  /** Called before each (non-control, unfaulted) request is handled: lets a test act as a person mid-run. */
  onRequest(fn: ((entry: { method: string; path: string; body: unknown }) => void) | null): void;
  close(): Promise<void>;
}

/**
 * Starts the GitHub emulator: a real HTTP server on loopback with state in memory, serving
 * the REST endpoints the action uses and GraphQL executed on GitHub's published schema, so
 * the real bundle, Octokit, pagination, retries and throttling run with no network.
 */
export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  let pinned: Date | null = null;
  const clock = () => pinned ?? options.now?.() ?? new Date();
  const store = new Store(clock);
  if (options.seed) applySeed(store, options.seed);
  if (options.exactLabelNames) exactLabelNames.add(store);
  const faults = new Faults(options.faultRate ?? 0, options.faultKinds);
  const limits = new RateLimits(clock);
  const contract = new Contract(options.contract ?? 'strict', () => store.iso());
  const log: RequestLogEntry[] = [];
  const tokens = options.seed?.tokens ?? {};
  let hook: ((entry: { method: string; path: string; body: unknown }) => void) | null = null;
  const planted: { kind: FaultKind; when: (request: { method: string; path: string }) => boolean }[] = [];
  const plantedFor = (method: string, path: string): FaultKind | undefined => {
    const i = planted.findIndex((p) => p.when({ method, path }));
    return i < 0 ? undefined : planted.splice(i, 1)[0]!.kind;
  };
  let base = '';

  const server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      const status = error instanceof HttpError ? error.status : 500;
      if (!res.headersSent) send(res, { status, body: { message: error instanceof HttpError ? error.message : `emulator: ${(error as Error).message}` } });
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', base);
    const method = (req.method ?? 'GET').toUpperCase();
    const raw = await readBody(req);
    if (url.pathname.startsWith('/_emulator/')) return control(method, url, raw, res, { store, log, faults, contract, pin: (now) => void (pinned = now) });

    if (options.latencyMs) await delay(options.latencyMs);
    // GitHub Enterprise Server serves REST under /api/v3 and GraphQL at /api/graphql; both are
    // answered too, so a client's GHES paths run in tests. The log keeps the path as sent.
    const route = url.pathname.replace(/^\/api\/v3(?=\/)/, '');
    const graphql = route === '/graphql' || route === '/api/graphql';
    const entry: RequestLogEntry = { method, path: url.pathname, ...(url.search ? { query: url.search.slice(1) } : {}), mutation: false, status: 0, at: store.iso() };
    log.push(entry);
    // REST is counted on arrival; GraphQL by its cost, once the document is read (graphql/index.ts).
    const rateHeaders = graphql ? undefined : limits.spend('core');
    let loseAnswer = false;
    const reply = (result: Res) => {
      entry.status = result.status;
      // The request was handled (and a write applied); the client gets no byte of the answer.
      if (loseAnswer) req.socket.destroy();
      else send(res, result, rateHeaders ?? limits.headers('graphql'));
    };

    let body: any;
    try {
      body = raw.length ? JSON.parse(raw.toString('utf8')) : undefined;
    } catch {
      return reply({ status: 400, body: { message: 'Problems parsing JSON', documentation_url: DOCS } });
    }
    if (graphql) {
      const doc = String(body?.query ?? '');
      entry.operationName = body?.operationName ?? /^\s*(?:query|mutation)\s+(\w+)/.exec(doc)?.[1];
      entry.mutation = /^\s*mutation\b/.test(doc);
    }

    const fault = plantedFor(method, url.pathname) ?? faults.draw(graphql && !entry.mutation);
    if (fault === 'lost-answer') {
      entry.fault = fault;
      loseAnswer = true;
    } else if (fault) {
      entry.fault = fault;
      if (fault === 'reset') {
        req.socket.destroy();
        return;
      }
      // Cut short: the real answer is computed (a query changes nothing), then its heavy field dropped.
      if (fault === 'resource-limits') return reply(cutShort(runGraphql(store, body ?? {}, 'github-actions[bot]', 'all').body));
      return reply(faultResponse(fault));
    }
    hook?.({ method, path: url.pathname, body });

    const token = (req.headers.authorization ?? '').replace(/^(token|bearer)\s+/i, '');
    const actor = tokens[token] ?? 'github-actions[bot]';
    const readOnly = token === 'read-only';
    let grants;
    try {
      grants = grantsOf(token);
    } catch (error) {
      return reply({ status: 401, body: { message: (error as Error).message, documentation_url: DOCS } });
    }

    if (graphql) {
      if (method !== 'POST') return reply({ status: 404, body: { message: 'Not Found', documentation_url: DOCS } });
      const outcome = runGraphql(store, body ?? {}, actor, grants, limits);
      entry.operationName = outcome.operationName ?? entry.operationName;
      entry.mutation = outcome.mutation;
      if (outcome.needs.length) entry.needs = outcome.needs;
      if (outcome.denied.length) entry.denied = outcome.denied;
      if (outcome.cost) Object.assign(entry, { cost: outcome.cost.cost, nodes: outcome.cost.nodes });
      return reply({ status: 200, body: outcome.body });
    }
    const { operation, refusal } = contract.request(method, route, url.searchParams, body);
    if (refusal) return reply(refusal);
    const answer = (result: Res) => reply(contract.response(operation, method, route, result));
    const moved = goneAnswer(store, route, base);
    if (moved) return answer(moved);
    const found = match(method, route);
    if (!found) return answer({ status: 404, body: { message: 'Not Found', documentation_url: DOCS, status: '404' } });
    const need = restNeed(store, method, route);
    if (need) entry.needs = [describe(need)];
    if (need && !allows(grants, need)) {
      entry.denied = [describe(need)];
      return answer({ status: 403, body: { message: 'Resource not accessible by integration', documentation_url: DOCS, status: '403' } });
    }
    const request: Req = { method, path: url.pathname, query: url.searchParams, params: found.params, body, base, actor, readOnly };
    try {
      return answer(found.handler(request, store));
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      return answer({ status: error.status, body: errorBody(error) });
    }
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
    requests: () => log.map((e) => ({ ...e })),
    clearRequests: () => void (log.length = 0),
    violations: () => contract.violations.map((v) => ({ ...v })),
    setFaults: (rate, kinds) => faults.set(rate, kinds),
    failNext: (kind, when) => void planted.push({ kind, when }),
    setNow: (now) => void (pinned = now),
    onRequest: (fn) => void (hook = fn),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      })
  };
}
