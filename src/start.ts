import * as core from '@actions/core';
import { eventFileProblem } from './core/env';
import { run as runMain } from './main';

/**
 * Starts one run of the action with the given clock (src/index.ts: the real one; src/replay.ts:
 * one pinned from its command line). @actions/github, which the client loads, parses
 * GITHUB_EVENT_PATH as it loads and dies on a broken file with a bare SyntaxError and a stack
 * trace: the event file is checked first, so a broken payload fails the step with one error line
 * naming the file. main.ts is light (imported here, in the entry's chunk): the run, and with it
 * the client, is imported by main only after that check, and only for an event a feature handles.
 */
export async function run(now: () => Date = () => new Date()): Promise<void> {
  const problem = eventFileProblem(process.env);
  if (problem) core.setFailed(problem);
  else await runMain(now);
}
