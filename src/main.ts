import * as core from '@actions/core';
import { statSync } from 'node:fs';
import { ConfigError } from './config/error';
import { DEFAULT_CONFIG_PATH, workspaceConfigPath } from './config/where';
import { readEventContext } from './core/env';
import type { EventContext } from './core/event';
import type { Logger } from './core/log';
import { anyFeatureHandles, EMPTY_OUTPUTS } from './features';
import { IF_NO_REPORTS, type IfNoReports } from './gates/config';
import type { RunInputs } from './run';

/** The action's inputs, validated; a wrong value fails the step naming the input. */
export function readInputs(actions: Pick<typeof core, 'getInput' | 'getBooleanInput'> = core): RunInputs {
  const maxWritesText = actions.getInput('max-writes') || '100';
  const maxWrites = Number(maxWritesText);
  if (!Number.isInteger(maxWrites) || maxWrites < 0) {
    throw new Error(`input max-writes: expected a whole number of writes (0 or more), got "${maxWritesText}"`);
  }
  const waitText = actions.getInput('rate-limit-wait') || '60';
  const rateLimitWait = Number(waitText);
  if (!Number.isInteger(rateLimitWait) || rateLimitWait < 0) {
    throw new Error(`input rate-limit-wait: expected a whole number of seconds (0 or more), got "${waitText}"`);
  }
  const dryRunText = actions.getInput('dry-run');
  const ifNoReports = (actions.getInput('if-no-reports') || 'fail') as IfNoReports;
  if (!IF_NO_REPORTS.includes(ifNoReports)) {
    throw new Error(`input if-no-reports: expected one of ${IF_NO_REPORTS.join(', ')}, got "${ifNoReports}"`);
  }
  // action.yml gives `config` no default, so a path here was set on purpose: its file must exist.
  const configInput = actions.getInput('config');
  return {
    token: actions.getInput('github-token') || process.env.GITHUB_TOKEN || '',
    configPath: configInput || DEFAULT_CONFIG_PATH,
    configRequired: Boolean(configInput),
    dryRun: dryRunText ? actions.getBooleanInput('dry-run') : false,
    maxWrites,
    rateLimitWait,
    ifNoReports
  };
}

const actionsLogger: Logger = {
  debug: core.debug,
  info: core.info,
  warning: core.warning,
  error: core.error,
  startGroup: core.startGroup,
  endGroup: core.endGroup
};

/**
 * An event no feature can act on under any config (`issues.milestoned`) ends here, before the
 * config is read: reading it (the YAML reader, the schema's validator) is most of a run's start-up
 * and would decide nothing. A `config` input names a file that must exist: when it is not in the
 * workspace (the API would have to be asked), the run goes on as for any event and reads it.
 */
async function finishUnhandled(inputs: RunInputs, event: EventContext): Promise<boolean> {
  if (anyFeatureHandles(event)) return false;
  if (inputs.configRequired && !isWorkspaceFile(inputs.configPath, event)) return false;
  const name = `${event.name}${event.action ? `.${event.action}` : ''}`;
  const line = `No feature handles \`${name}\`: the config (\`${inputs.configPath}\`) was not read; nothing to do.`;
  core.info(line.replace(/`/g, ''));
  const outputs = { ...EMPTY_OUTPUTS, 'dry-run': String(inputs.dryRun) };
  for (const [output, value] of Object.entries(outputs)) core.setOutput(output, value);
  const repo = `${event.repo.owner}/${event.repo.repo}`;
  if (process.env.GITHUB_STEP_SUMMARY)
    await core.summary.addRaw(`## Epic Steward\n\n**Event** \`${name}\` on \`${repo}\` · ${line}\n`, true).write();
  return true;
}

function isWorkspaceFile(path: string, event: EventContext): boolean {
  const local = workspaceConfigPath(path, event);
  return local !== undefined && (statSync(local, { throwIfNoEntry: false })?.isFile() ?? false);
}

/** Reads inputs and environment, runs every feature on the injected clock, writes outputs and the job summary. */
export async function run(now: () => Date): Promise<void> {
  try {
    const inputs = readInputs();
    if (!inputs.token)
      throw new Error(
        'input github-token is empty: pass `github-token: ${{ github.token }}` (the default) or a token secret'
      );
    const event = readEventContext(process.env);
    if (await finishUnhandled(inputs, event)) return;
    // The run itself (the config reader, the features' loaders, the client) loads only now.
    const { runAction } = await import('./run');
    const outcome = await runAction(inputs, event, now, actionsLogger);
    for (const [name, value] of Object.entries(outcome.outputs)) core.setOutput(name, value);
    for (const warning of outcome.warnings) core.warning(warning);
    if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(outcome.summary, true).write();
    if (outcome.failure) core.setFailed(outcome.failure);
  } catch (error) {
    // A later `if: always()` step reads the outputs with fromJSON(): they exist even now.
    for (const [name, value] of Object.entries(EMPTY_OUTPUTS)) core.setOutput(name, value);
    // The stack is for whoever debugs the action (ACTIONS_STEP_DEBUG), not the step's error line.
    if (error instanceof Error && !(error instanceof ConfigError) && error.stack) core.debug(error.stack);
    core.setFailed(
      error instanceof ConfigError
        ? `Invalid config: ${error.message}`
        : error instanceof Error
          ? error.message
          : String(error)
    );
  }
}
