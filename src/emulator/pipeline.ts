import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Contract } from './contract';
import { control } from './control';
import { cutShort, delay, faultResponse, type FaultKind, type Faults } from './faults';
import { runGraphql, type GraphqlRequest } from './graphql';
import { DOCS, errorBody, HttpError, readBody, send, type Req, type Res } from './http';
import { fieldsOf, isFields, textOf } from './json';
import { allows, describe, grantsOf, restNeed, type Grants } from './permissions';
import type { RateLimits } from './ratelimit';
import { match } from './rest';
import { goneAnswer } from './rest/gone';
import type { Store } from './store';

/**
 * The path of one request through the emulator, as small stages in order: control routes,
 * latency, the log entry, the JSON body, a fault if one strikes, the test's hook, the token,
 * then GraphQL or REST (contract, moved issues, route, permission, handler, contract again).
 */

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

export type RequestHook = (entry: { method: string; path: string; body: unknown }) => void;
export type FaultFilter = (request: { method: string; path: string }) => boolean;

/** Everything a request can read or change: the emulator's state and its test controls. */
export interface Emulation {
  store: Store;
  faults: Faults;
  limits: RateLimits;
  contract: Contract;
  log: RequestLogEntry[];
  /** Who each token acts as (the seed's `tokens`). */
  tokens: Record<string, string>;
  latencyMs?: [number, number];
  /** Faults a test planted for the next request that matches. */
  planted: { kind: FaultKind; when: FaultFilter }[];
  hook: RequestHook | null;
  /** `http://127.0.0.1:<port>`, known once the server listens. */
  base: string;
  pin(now: Date | null): void;
}

/** One request in flight: what it asked, its log entry and how to answer it. */
interface Exchange {
  method: string;
  url: URL;
  /** The path without GHES's `/api/v3` prefix. */
  route: string;
  graphql: boolean;
  entry: RequestLogEntry;
  body: unknown;
  token: string;
  reply(result: Res): void;
}

/** Handles one HTTP request; an unexpected error becomes GitHub's error shape with its status. */
export function serve(em: Emulation, req: IncomingMessage, res: ServerResponse): void {
  handle(em, req, res).catch((error: unknown) => {
    const status = error instanceof HttpError ? error.status : 500;
    const message = error instanceof HttpError ? error.message : `emulator: ${(error as Error).message}`;
    if (!res.headersSent) send(res, { status, body: { message } });
  });
}

async function handle(em: Emulation, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', em.base);
  const method = (req.method ?? 'GET').toUpperCase();
  const raw = await readBody(req);
  if (url.pathname.startsWith('/_emulator/')) return control(method, url, raw, res, em);
  if (em.latencyMs) await delay(em.latencyMs);
  const exchange = open(em, req, res, method, url);
  try {
    exchange.body = raw.length ? JSON.parse(raw.toString('utf8')) : undefined;
  } catch {
    return exchange.reply({ status: 400, body: { message: 'Problems parsing JSON', documentation_url: DOCS } });
  }
  if (exchange.graphql) nameOperation(exchange);
  if (strike(em, req, exchange)) return;
  em.hook?.({ method, path: url.pathname, body: exchange.body });
  let grants: Grants;
  try {
    grants = grantsOf(exchange.token);
  } catch (error) {
    return exchange.reply({ status: 401, body: { message: (error as Error).message, documentation_url: DOCS } });
  }
  const actor = em.tokens[exchange.token] ?? 'github-actions[bot]';
  if (exchange.graphql) return serveGraphql(em, exchange, actor, grants);
  return serveRest(em, exchange, actor, grants);
}

/** Logs the request and prepares its answer: counted against the rate limit, lost if a fault says so. */
function open(em: Emulation, req: IncomingMessage, res: ServerResponse, method: string, url: URL): Exchange {
  // GitHub Enterprise Server serves REST under /api/v3 and GraphQL at /api/graphql; both are
  // answered too, so a client's GHES paths run in tests. The log keeps the path as sent.
  const route = url.pathname.replace(/^\/api\/v3(?=\/)/, '');
  const graphql = route === '/graphql' || route === '/api/graphql';
  const entry: RequestLogEntry = {
    method,
    path: url.pathname,
    ...(url.search ? { query: url.search.slice(1) } : {}),
    mutation: false,
    status: 0,
    at: em.store.iso()
  };
  em.log.push(entry);
  // REST is counted on arrival; GraphQL by its cost, once the document is read (graphql/index.ts).
  const rateHeaders = graphql ? undefined : em.limits.spend('core');
  const token = (req.headers.authorization ?? '').replace(/^(token|bearer)\s+/i, '');
  return {
    method,
    url,
    route,
    graphql,
    entry,
    body: undefined,
    token,
    reply: (result) => {
      entry.status = result.status;
      // The request was handled (and a write applied); the client gets no byte of the answer.
      if (entry.fault === 'lost-answer') req.socket.destroy();
      else send(res, result, rateHeaders ?? em.limits.headers('graphql'));
    }
  };
}

/** The GraphQL request in a body: its fields narrowed to what GitHub's endpoint reads. */
function graphqlRequest(body: unknown): GraphqlRequest {
  const b = fieldsOf(body);
  return {
    query: textOf(b.query),
    variables: isFields(b.variables) ? b.variables : undefined,
    operationName: textOf(b.operationName)
  };
}

/** Names the operation in the log before it runs, so a faulted request is still told apart. */
function nameOperation(exchange: Exchange): void {
  const request = graphqlRequest(exchange.body);
  const doc = request.query ?? '';
  exchange.entry.operationName = request.operationName ?? /^\s*(?:query|mutation)\s+(\w+)/.exec(doc)?.[1];
  exchange.entry.mutation = /^\s*mutation\b/.test(doc);
}

/** The fault a test planted for this request, taken once. */
function planted(em: Emulation, method: string, path: string): FaultKind | undefined {
  const i = em.planted.findIndex((p) => p.when({ method, path }));
  return i < 0 ? undefined : em.planted.splice(i, 1)[0]?.kind;
}

/** Strikes the request with a fault if one is due; true when it was answered (or dropped) here. */
function strike(em: Emulation, req: IncomingMessage, exchange: Exchange): boolean {
  const { entry } = exchange;
  const fault =
    planted(em, exchange.method, exchange.url.pathname) ?? em.faults.draw(exchange.graphql && !entry.mutation);
  if (!fault) return false;
  entry.fault = fault;
  // `lost-answer` strikes after the request is handled (see `open`).
  if (fault === 'lost-answer') return false;
  if (fault === 'reset') {
    req.socket.destroy();
    return true;
  }
  // Cut short: the real answer is computed (a query changes nothing), then its heavy field dropped.
  if (fault === 'resource-limits')
    exchange.reply(cutShort(runGraphql(em.store, graphqlRequest(exchange.body), 'github-actions[bot]', 'all').body));
  else exchange.reply(faultResponse(fault));
  return true;
}

function serveGraphql(em: Emulation, exchange: Exchange, actor: string, grants: Grants): void {
  const { entry } = exchange;
  if (exchange.method !== 'POST')
    return exchange.reply({ status: 404, body: { message: 'Not Found', documentation_url: DOCS } });
  const outcome = runGraphql(em.store, graphqlRequest(exchange.body), actor, grants, em.limits);
  entry.operationName = outcome.operationName ?? entry.operationName;
  entry.mutation = outcome.mutation;
  if (outcome.needs.length) entry.needs = outcome.needs;
  if (outcome.denied.length) entry.denied = outcome.denied;
  if (outcome.cost) Object.assign(entry, { cost: outcome.cost.cost, nodes: outcome.cost.nodes });
  exchange.reply({ status: 200, body: outcome.body });
}

/** REST: the contract checks the request, then the route's handler answers, checked again on the way out. */
function serveRest(em: Emulation, exchange: Exchange, actor: string, grants: Grants): void {
  const { method, route, url, body } = exchange;
  const { operation, refusal } = em.contract.request(method, route, url.searchParams, body);
  if (refusal) return exchange.reply(refusal);
  const answer = (result: Res) => exchange.reply(em.contract.response(operation, method, route, result));
  const moved = goneAnswer(em.store, route, em.base);
  if (moved) return answer(moved);
  const found = match(method, route);
  if (!found) return answer({ status: 404, body: { message: 'Not Found', documentation_url: DOCS, status: '404' } });
  const need = restNeed(em.store, method, route);
  if (need) exchange.entry.needs = [describe(need)];
  if (need && !allows(grants, need)) {
    exchange.entry.denied = [describe(need)];
    return answer({
      status: 403,
      body: { message: 'Resource not accessible by integration', documentation_url: DOCS, status: '403' }
    });
  }
  const request: Req = {
    method,
    path: url.pathname,
    query: url.searchParams,
    params: found.params,
    body,
    base: em.base,
    actor,
    readOnly: exchange.token === 'read-only'
  };
  try {
    answer(found.handler(request, em.store));
  } catch (error) {
    if (!(error instanceof HttpError)) throw error;
    answer({ status: error.status, body: errorBody(error) });
  }
}
