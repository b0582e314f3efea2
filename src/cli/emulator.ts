import { readFileSync } from 'node:fs';
import { FAULT_KINDS, loadSeed, startEmulator, type FaultKind } from '../emulator';
import { parseArgs, stringFlag } from './args';

const USAGE = `Usage: epic-steward emulator [--port <n>] [--seed <file.json|yaml>] [options]

Starts the GitHub emulator on 127.0.0.1 and prints one line with its base URL. Runs until stopped.

Options:
  --port <n>              port (0, the default, picks a free one)
  --seed <file>           initial state (see src/emulator/README.md)
  --fault-rate <0..1>     share of requests that fail
  --fault-kinds <list>    comma-separated: ${FAULT_KINDS.join(',')}
  --latency-ms <min-max>  delay each request by a random time in this range
  --now <iso>             pin the emulator's clock
`;

/** `epic-steward emulator`: the emulator as a process, for demos and config previews. */
export async function emulatorCommand(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['help']);
  if (args.flags.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const seedPath = stringFlag(args, 'seed');
  const kinds = (stringFlag(args, 'fault-kinds') ?? FAULT_KINDS.join(',')).split(',').map((k) => k.trim()) as FaultKind[];
  const unknown = kinds.filter((k) => !FAULT_KINDS.includes(k));
  if (unknown.length) {
    process.stderr.write(`--fault-kinds: unknown kind(s) ${unknown.join(', ')} (expected ${FAULT_KINDS.join(', ')})\n`);
    return 2;
  }
  const latency = stringFlag(args, 'latency-ms');
  const range = latency ? latency.split('-').map(Number) : undefined;
  if (range && (range.length !== 2 || range.some((n) => !Number.isFinite(n) || n < 0))) {
    process.stderr.write(`--latency-ms: expected <min>-<max>, e.g. 0-50\n`);
    return 2;
  }
  const rate = Number(stringFlag(args, 'fault-rate') ?? 0);
  if (!(rate >= 0 && rate <= 1)) {
    process.stderr.write('--fault-rate: expected a number from 0 to 1\n');
    return 2;
  }
  const now = stringFlag(args, 'now');
  const emulator = await startEmulator({
    port: Number(stringFlag(args, 'port') ?? 0),
    seed: seedPath ? loadSeed(readFileSync(seedPath, 'utf8'), seedPath) : undefined,
    faultRate: rate,
    faultKinds: kinds,
    latencyMs: range as [number, number] | undefined,
    now: now ? () => new Date(now) : undefined
  });
  process.stdout.write(`emulator listening on ${emulator.url} (GraphQL: ${emulator.graphqlUrl})\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await emulator.close();
  return 0;
}
