import * as core from '@actions/core';
import { pinnedClock } from './core/env';
import { run } from './start';

// `node dist/replay.js --now <iso>`: the action exactly as dist/index.js runs it (the same chunks,
// the standard Actions environment, INPUT_*, GITHUB_OUTPUT), with its clock pinned, for tests, the
// demo and replays of recorded events. The clock comes from this command line only: the runner
// starts dist/index.js, which reads no clock from anywhere, so nothing in a workflow's environment
// can set the shipped action's time.
const at = process.argv.indexOf('--now');
let clock: (() => Date) | undefined;
try {
  clock = pinnedClock(at >= 0 ? process.argv[at + 1] : undefined);
} catch (error) {
  core.setFailed(error instanceof Error ? error.message : String(error));
}
if (clock) await run(clock);
