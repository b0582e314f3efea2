import { startEmulator, type Emulator, type EmulatorOptions } from '../../src/emulator';

export type { Emulator };

/** Writes in the emulator's request log: non-GET REST calls and GraphQL mutations. */
export function writesIn(emulator: Emulator): { method: string; path: string }[] {
  return emulator
    .requests()
    .filter((r) => (r.path === '/graphql' ? r.mutation : r.method !== 'GET' && r.method !== 'HEAD'));
}

/** What broke GitHub's published contract, one line each: a test run in strict mode expects none. */
export function violationsIn(emulator: Emulator): string[] {
  return emulator
    .violations()
    .map((v) => `${v.side} ${v.method} ${v.path}${v.status ? ` (${v.status})` : ''}: ${v.problems.join('; ')}`);
}

/**
 * Starts an emulator for one test, in `--contract strict` mode unless the options say otherwise,
 * and stops it afterwards; a request or answer off GitHub's published contract fails the test.
 */
export function useEmulator(options: () => EmulatorOptions): { get: () => Emulator } {
  let emulator: Emulator | undefined;
  beforeEach(async () => {
    emulator = await startEmulator({ port: 0, contract: 'strict', ...options() });
  });
  afterEach(async () => {
    const violations = emulator ? violationsIn(emulator) : [];
    await emulator?.close();
    emulator = undefined;
    expect(violations).toEqual([]);
  });
  return {
    get: () => {
      if (!emulator) throw new Error('emulator not started');
      return emulator;
    }
  };
}
