import { resolve } from 'node:path';
import { ConfigError } from '../config/error';
import { pinnedClock, readEventContext } from '../core/env';
import type { Logger } from '../core/log';
import { IF_NO_REPORTS, type IfNoReports } from '../gates/config';
import { runAction, type RunInputs } from '../run';
import { parseArgs, stringFlag } from './args';

const USAGE = `Usage: epic-steward run|plan --event <payload.json> --event-name <name> --repo <owner/name> [options]

Runs the action's own code on an event file against any GitHub API, reading the same inputs
as the action. \`plan\` is \`run --dry-run\`: everything computed, nothing written.

Options:
  --event <file>         event payload (GITHUB_EVENT_PATH)
  --event-name <name>    e.g. issues, pull_request, schedule (GITHUB_EVENT_NAME)
  --repo <owner/name>    repository (GITHUB_REPOSITORY)
  --api-url <url>        REST API base (GITHUB_API_URL, default https://api.github.com)
  --graphql-url <url>    GraphQL endpoint (GITHUB_GRAPHQL_URL, default <api-url>/graphql)
  --token <token>        token (default: $GITHUB_TOKEN)
  --config <path>        config file (default .github/epic-steward.yml)
  --workspace <dir>      checkout to read the config and reports from (default: current directory)
  --sha <sha>            commit (GITHUB_SHA)     --ref <ref>   ref (GITHUB_REF)
  --dry-run              compute and print the plan, write nothing
  --max-writes <n>       write budget (default 100)
  --if-no-reports <what> a gate whose globs match no report: fail (default), warn or ignore
  --now <iso>            pin the clock (default: the real time)
  --quiet                print only the summary
`;

/** `epic-steward run` and `plan`: the action on an event file, printing the job summary. */
export async function runCommand(argv: string[], dryRunDefault: boolean): Promise<number> {
  const args = parseArgs(argv, ['dry-run', 'help', 'quiet']);
  if (args.flags.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const flag = (name: string) => stringFlag(args, name);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...(flag('event-name') ? { GITHUB_EVENT_NAME: flag('event-name') } : {}),
    ...(flag('event') ? { GITHUB_EVENT_PATH: resolve(flag('event')!) } : {}),
    ...(flag('repo') ? { GITHUB_REPOSITORY: flag('repo') } : {}),
    ...(flag('api-url') ? { GITHUB_API_URL: flag('api-url') } : {}),
    ...(flag('graphql-url') ? { GITHUB_GRAPHQL_URL: flag('graphql-url') } : {}),
    ...(flag('sha') ? { GITHUB_SHA: flag('sha') } : {}),
    ...(flag('ref') ? { GITHUB_REF: flag('ref') } : {}),
    GITHUB_WORKSPACE: resolve(flag('workspace') ?? process.env.GITHUB_WORKSPACE ?? '.')
  };
  const log = commandLogger(Boolean(args.flags.quiet));
  try {
    const inputs = runInputs(flag, env, dryRunDefault || Boolean(args.flags['dry-run']));
    const event = readEventContext(env);
    const outcome = await runAction(inputs, event, flag('now') ? pinnedClock(flag('now')) : () => new Date(), log);
    process.stdout.write(`${outcome.summary}\n`);
    for (const warning of outcome.warnings) log.warning(warning);
    if (outcome.failure) {
      log.error(outcome.failure);
      return 1;
    }
    return 0;
  } catch (error) {
    log.error(
      error instanceof ConfigError
        ? `Invalid config: ${error.message}`
        : error instanceof Error
          ? error.message
          : String(error)
    );
    return 1;
  }
}

/** The action's inputs from the flags, checked as the action checks its own. */
function runInputs(flag: (name: string) => string | undefined, env: NodeJS.ProcessEnv, dryRun: boolean): RunInputs {
  const maxWrites = Number(flag('max-writes') ?? '100');
  if (!Number.isInteger(maxWrites) || maxWrites < 0)
    throw new Error(`--max-writes: expected a whole number, got ${flag('max-writes')}`);
  const ifNoReports = (flag('if-no-reports') ?? 'fail') as IfNoReports;
  if (!IF_NO_REPORTS.includes(ifNoReports))
    throw new Error(`--if-no-reports: expected one of ${IF_NO_REPORTS.join(', ')}, got ${flag('if-no-reports')}`);
  const token = flag('token') ?? env.GITHUB_TOKEN ?? '';
  if (!token) throw new Error('no token: pass --token or set GITHUB_TOKEN');
  return {
    token,
    configPath: flag('config') ?? '.github/epic-steward.yml',
    configRequired: flag('config') !== undefined,
    dryRun,
    maxWrites,
    ifNoReports
  };
}

/** The log on the terminal: everything on stderr (stdout carries the summary), `--quiet` keeps warnings and errors. */
function commandLogger(quiet: boolean): Logger {
  return {
    debug: () => undefined,
    info: (m) => !quiet && process.stderr.write(`${m}\n`),
    warning: (m) => process.stderr.write(`warning: ${m}\n`),
    error: (m) => process.stderr.write(`error: ${m}\n`),
    startGroup: (n) => !quiet && process.stderr.write(`${n}\n`),
    endGroup: () => undefined
  };
}
