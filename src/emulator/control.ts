import type { ServerResponse } from 'node:http';
import { downloadPath, artifactZip } from './rest';
import { send, type Res } from './http';
import type { Contract } from './contract';
import type { Faults, FaultKind } from './faults';
import { fieldsOf } from './json';
import type { Store } from './store';

/** What the control routes act on. */
export interface Controls {
  store: Store;
  log: unknown[];
  faults: Faults;
  contract: Contract;
  pin(now: Date | null): void;
}

/**
 * `/_emulator/*`: the request log, contract violations, the state, the clock, faults, and artifact downloads (served
 * here as GitHub serves them from blob storage, outside the API). Never faulted, never logged.
 */
export function control(method: string, url: URL, raw: Buffer, res: ServerResponse, c: Controls): void {
  send(res, answer(method, url, raw, c));
}

function answer(method: string, url: URL, raw: Buffer, c: Controls): Res {
  let parsed: unknown;
  try {
    parsed = raw.length ? JSON.parse(raw.toString('utf8')) : {};
  } catch {
    return { status: 400, body: { message: 'Problems parsing JSON' } };
  }
  const body = fieldsOf(parsed);
  const path = url.pathname;
  if (path === '/_emulator/requests' && method === 'GET') return { status: 200, body: c.log };
  if (path === '/_emulator/requests' && method === 'DELETE') {
    c.log.length = 0;
    return { status: 204 };
  }
  if (path === '/_emulator/violations' && method === 'GET') return { status: 200, body: c.contract.violations };
  if (path === '/_emulator/violations' && method === 'DELETE') {
    c.contract.clear();
    return { status: 204 };
  }
  if (path === '/_emulator/state' && method === 'GET') return { status: 200, body: c.store.toJSON() };
  if (path === '/_emulator/clock' && method === 'POST') {
    const when = body.now;
    // Anything but a time (an object, a list) is refused like a malformed one.
    const now = !when ? null : typeof when === 'string' || typeof when === 'number' ? new Date(when) : new Date(NaN);
    if (now && Number.isNaN(now.getTime()))
      return {
        status: 422,
        body: { message: `clock: not an ISO time: ${typeof when === 'string' ? when : JSON.stringify(when)}` }
      };
    c.pin(now);
    return { status: 200, body: { now: c.store.iso() } };
  }
  if (path === '/_emulator/faults' && method === 'POST') {
    try {
      c.faults.set(Number(body.rate ?? 0), Array.isArray(body.kinds) ? (body.kinds as FaultKind[]) : undefined);
    } catch (error) {
      return { status: 422, body: { message: (error as Error).message } };
    }
    return { status: 200, body: { rate: c.faults.rate, kinds: c.faults.kinds } };
  }
  const download = /^\/_emulator\/download\/([^/]+)\/([^/]+)\/(\d+)\.zip$/.exec(path);
  if (download && method === 'GET') {
    const repo = c.store.repo(decodeURIComponent(download[1]!), decodeURIComponent(download[2]!));
    const artifact = repo?.artifacts.find((a) => a.id === Number(download[3]));
    if (!repo || !artifact || downloadPath(repo, artifact) !== path)
      return { status: 404, body: { message: 'Not Found' } };
    return { status: 200, raw: artifactZip(artifact), headers: { 'content-type': 'application/zip' } };
  }
  return { status: 404, body: { message: 'Not Found' } };
}
