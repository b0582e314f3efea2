import { readFileSync } from 'node:fs';
import {
  ALL_FAULT_KINDS,
  CONTRACT_MODES,
  FAULT_KINDS,
  loadSeed,
  startEmulator,
  type ContractMode,
  type FaultKind,
  type Seed
} from '../emulator';
import { parseArgs, stringFlag } from './args';

const USAGE = `Usage: epic-steward emulator [--port <n>] [--seed <file.json|yaml>] [options]

Starts the GitHub emulator on 127.0.0.1 and prints one line with its base URL once it listens
(GITHUB_API_URL=<url>, GITHUB_GRAPHQL_URL=<url>/graphql). Runs until SIGINT or SIGTERM.

Options:
  --port <n>              port (0, the default, picks a free one)
  --seed <file>           initial state, JSON or YAML (see src/emulator/README.md)
  --fault-rate <0..1>     share of requests that fail (before any state changes, except
                          lost-answer: applied, then the connection drops before the answer)
  --fault-kinds <list>    comma-separated, of ${ALL_FAULT_KINDS.join(',')}
                          (default: the transient ones, ${FAULT_KINDS.join(',')})
  --latency-ms <min-max>  delay each request by a random time in this range, e.g. 0-50
  --now <iso>             pin the emulator's clock (timeline events, updatedAt)
  --contract <mode>       check REST requests and answers against GitHub's published OpenAPI
                          description and documented limits: off (the default), report (list
                          violations), strict (list them and answer each with 500)
  --help                  this text

Control: GET/DELETE <url>/_emulator/requests, GET/DELETE <url>/_emulator/violations,
GET <url>/_emulator/state,
POST <url>/_emulator/clock {"now"}, POST <url>/_emulator/faults {"rate","kinds"}.
`;

/** The flags, checked; a string is the message for a usage error. */
function options(argv: string[]):
  | {
      port: number;
      seed?: Seed;
      rate: number;
      kinds: FaultKind[];
      latency?: [number, number];
      now?: Date;
      contract: ContractMode;
    }
  | string {
  const args = parseArgs(argv);
  const unknown = Object.keys(args.flags).filter(
    (f) => !['port', 'seed', 'fault-rate', 'fault-kinds', 'latency-ms', 'now', 'contract', 'help'].includes(f)
  );
  if (unknown.length || args.positionals.length)
    return `unknown option ${unknown.length ? `--${unknown[0]}` : `"${args.positionals[0]}"`}`;
  const port = Number(stringFlag(args, 'port') ?? 0);
  if (!Number.isInteger(port) || port < 0 || port > 65535) return '--port: expected a port number (0 picks a free one)';
  const kinds = (stringFlag(args, 'fault-kinds') ?? FAULT_KINDS.join(','))
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean) as FaultKind[];
  const wrong = kinds.filter((k) => !ALL_FAULT_KINDS.includes(k));
  if (wrong.length || !kinds.length)
    return `--fault-kinds: unknown kind(s) ${wrong.join(', ')} (expected some of ${ALL_FAULT_KINDS.join(', ')})`;
  const rate = Number(stringFlag(args, 'fault-rate') ?? 0);
  if (!(rate >= 0 && rate <= 1)) return '--fault-rate: expected a number from 0 to 1';
  const latencyText = stringFlag(args, 'latency-ms');
  const latency = latencyText?.split('-').map((n) => Number(n.trim()));
  if (
    latency &&
    (latency.length !== 2 || latency.some((n) => !Number.isFinite(n) || n < 0) || latency[0]! > latency[1]!)
  )
    return '--latency-ms: expected <min>-<max> in milliseconds, e.g. 0-50';
  const nowText = stringFlag(args, 'now');
  const now = nowText ? new Date(nowText) : undefined;
  if (now && Number.isNaN(now.getTime())) return `--now: not an ISO time: ${nowText}`;
  const contract = (stringFlag(args, 'contract') ?? 'off') as ContractMode;
  if (!CONTRACT_MODES.includes(contract))
    return `--contract: expected one of ${CONTRACT_MODES.join(', ')}, not "${contract}"`;
  const seedPath = stringFlag(args, 'seed');
  let seed: Seed | undefined;
  if (seedPath) {
    try {
      seed = loadSeed(readFileSync(seedPath, 'utf8'), seedPath);
    } catch (error) {
      return (error as Error).message;
    }
  }
  return { port, seed, rate, kinds, latency: latency as [number, number] | undefined, now, contract };
}

/** `epic-steward emulator`: the emulator as a process, for demos, benchmarks and config previews. */
export async function emulatorCommand(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(USAGE);
    return 0;
  }
  const parsed = options(argv);
  if (typeof parsed === 'string') {
    process.stderr.write(`epic-steward emulator: ${parsed}\n`);
    return 2;
  }
  const { now } = parsed;
  const stopped = new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  let emulator;
  try {
    emulator = await startEmulator({
      port: parsed.port,
      seed: parsed.seed,
      faultRate: parsed.rate,
      faultKinds: parsed.kinds,
      latencyMs: parsed.latency,
      now: now ? () => now : undefined,
      contract: parsed.contract
    });
  } catch (error) {
    // A seed the checks let through but the store refuses, or a port in use: one line, exit 2.
    process.stderr.write(
      `epic-steward emulator: ${stringFlag(parseArgs(argv), 'seed') ?? 'start'}: ${(error as Error).message}\n`
    );
    return 2;
  }
  process.stdout.write(`emulator listening on ${emulator.url} (GraphQL: ${emulator.graphqlUrl})\n`);
  await stopped;
  await emulator.close();
  return 0;
}
