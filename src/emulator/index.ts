import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Contract, type ContractMode, type Violation } from './contract';
import { Faults, type FaultKind } from './faults';
import { exactLabelNames } from './graphql/repository';
import { serve, type Emulation, type FaultFilter, type RequestHook, type RequestLogEntry } from './pipeline';
import { RateLimits } from './ratelimit';
import { applySeed, type Seed } from './seed';
import { Store } from './store';

export { loadSeed, type Seed } from './seed';
export { Store } from './store';
export { deleteIssue, transferIssue } from './rest/gone';
export { githubSchema } from './graphql';
export { ALL_FAULT_KINDS, FAULT_KINDS, type FaultKind } from './faults';
export { CONTRACT_MODES, type ContractMode, type Violation } from './contract';
export type { RequestLogEntry } from './pipeline';

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
  failNext(kind: FaultKind, when: FaultFilter): void;
  /** Pins the clock (null: back to `options.now` or real time). */
  setNow(now: Date | null): void;
  /** Called before each (non-control, unfaulted) request is handled: lets a test act as a person mid-run. */
  onRequest(fn: RequestHook | null): void;
  close(): Promise<void>;
}

/**
 * Starts the GitHub emulator: a real HTTP server on loopback with state in memory, serving
 * the REST endpoints the action uses and GraphQL executed on GitHub's published schema, so
 * the real bundle, Octokit, pagination, retries and throttling run with no network.
 */
export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const em = emulation(options);
  const server = createServer((req, res) => serve(em, req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  em.base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // Keep-alive sockets would hold close() open until they time out.
  server.keepAliveTimeout = 1000;
  return {
    url: em.base,
    graphqlUrl: `${em.base}/graphql`,
    store: em.store,
    requests: () => em.log.map((e) => ({ ...e })),
    clearRequests: () => void (em.log.length = 0),
    violations: () => em.contract.violations.map((v) => ({ ...v })),
    setFaults: (rate, kinds) => em.faults.set(rate, kinds),
    failNext: (kind, when) => void em.planted.push({ kind, when }),
    setNow: (now) => em.pin(now),
    onRequest: (fn) => void (em.hook = fn),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      })
  };
}

/** The emulator's state from its options: the seeded store on a clock a test can pin, faults, limits, the contract. */
function emulation(options: EmulatorOptions): Emulation {
  let pinned: Date | null = null;
  const clock = () => pinned ?? options.now?.() ?? new Date();
  const store = new Store(clock);
  if (options.seed) applySeed(store, options.seed);
  if (options.exactLabelNames) exactLabelNames.add(store);
  return {
    store,
    faults: new Faults(options.faultRate ?? 0, options.faultKinds),
    limits: new RateLimits(clock),
    contract: new Contract(options.contract ?? 'strict', () => store.iso()),
    log: [],
    tokens: options.seed?.tokens ?? {},
    latencyMs: options.latencyMs,
    planted: [],
    hook: null,
    base: '',
    pin: (now) => void (pinned = now)
  };
}
