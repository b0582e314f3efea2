import { run } from './start';

// The action's entry (action.yml `runs.main`): one run, on the real clock.
await run();
