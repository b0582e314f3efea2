import { demoCommand } from './cli/demo';
import { emulatorCommand } from './cli/emulator';
import { reportCommand } from './cli/report';
import { runCommand } from './cli/run';

const USAGE = `Usage: epic-steward <command> [options]

Commands:
  run        run the action on an event file against a GitHub API (or the emulator)
  plan       the same, dry-run: print the plan, write nothing
  emulator   start the GitHub emulator (loopback HTTP) for tests, demos and config previews
  report     parse test reports and evaluate the quality gates
  demo       play the seed story end to end against the emulator

Run \`epic-steward <command> --help\` for a command's options.
`;

/** The command line's dispatcher; each command lives in src/cli/. */
async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'run':
      return runCommand(rest, false);
    case 'plan':
      return runCommand(rest, true);
    case 'emulator':
      return emulatorCommand(rest);
    case 'demo':
      return demoCommand(rest);
    case 'report':
      return reportCommand(rest);
    case undefined:
    case '--help':
    case '-h':
    case 'help':
      process.stdout.write(USAGE);
      return command === undefined ? 1 : 0;
    default:
      process.stderr.write(`epic-steward: unknown command "${command}"\n\n${USAGE}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`epic-steward: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  }
);
