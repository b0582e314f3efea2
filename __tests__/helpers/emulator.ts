import { startEmulator, type Emulator, type EmulatorOptions } from '../../src/emulator';

export type { Emulator };

/** Writes in the emulator's request log: non-GET REST calls and GraphQL mutations. */
export function writesIn(emulator: Emulator): { method: string; path: string }[] {
  return emulator.requests().filter((r) => (r.path === '/graphql' ? r.mutation : r.method !== 'GET' && r.method !== 'HEAD'));
}

/** Starts an emulator for one test file and stops it afterwards. */
export function useEmulator(options: () => EmulatorOptions): { get: () => Emulator } {
  let emulator: Emulator | undefined;
  beforeEach(async () => {
    emulator = await startEmulator({ port: 0, ...options() });
  });
  afterEach(async () => {
    await emulator?.close();
    emulator = undefined;
  });
  return {
    get: () => {
      if (!emulator) throw new Error('emulator not started');
      return emulator;
    }
  };
}
