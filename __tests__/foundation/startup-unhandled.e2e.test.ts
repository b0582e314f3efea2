import { runAction } from '../helpers/action';
import { useEmulator } from '../helpers/emulator';
import { issueEvent, pullRequestEvent, pushEvent, scheduleEvent, workflowDispatchEvent } from '../helpers/events';

// An event no feature handles under any config (`issues.milestoned`) ends before the config is
// read (src/main.ts): reading it is most of a run's start-up (issue 18). Not silently: the log and
// the job summary say the config was not read, a file the `config` input names must still exist,
// and on every event a feature handles a broken config still fails the step.

const INVALID = 'epics:\n  enabled: true\n  handoff:\n    labels: 12\n';
const NOT_READ = 'No feature handles issues.milestoned: the config (.github/epic-steward.yml) was not read';

describe('an event no feature handles', () => {
  const emulator = useEmulator(() => ({
    seed: {
      repos: [
        {
          owner: 'acme',
          name: 'app',
          issues: [{ number: 2, title: 'x' }],
          pulls: [{ number: 5, title: 'pr', headSha: 'a'.repeat(40) }]
        }
      ]
    }
  }));

  it('ends before the config is read, says so, and writes every output', async () => {
    const run = await runAction({
      emulator: emulator.get(),
      eventName: 'issues',
      payload: issueEvent('milestoned', { number: 2 }),
      config: INVALID,
      inputs: { 'dry-run': 'true' }
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(NOT_READ);
    expect(run.summary).toContain('No feature handles `issues.milestoned`');
    expect(run.outputs).toEqual({
      plan: '[]',
      writes: '0',
      'writes-skipped': '0',
      'dry-run': 'true',
      'labels-added': '[]',
      'labels-removed': '[]',
      epics: '[]',
      verdict: 'no-data',
      gates: '[]',
      'new-failures': '[]',
      escalations: '[]'
    });
    expect(emulator.get().requests()).toHaveLength(0);
  });

  it('still checks its inputs', async () => {
    const run = await runAction({
      emulator: emulator.get(),
      eventName: 'issues',
      payload: issueEvent('milestoned', { number: 2 }),
      inputs: { 'max-writes': 'many' }
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::input max-writes: expected a whole number of writes');
  });

  it('fails when the file the `config` input names is missing', async () => {
    const run = await runAction({
      emulator: emulator.get(),
      eventName: 'issues',
      payload: issueEvent('milestoned', { number: 2 }),
      inputs: { config: 'ci/steward.yml' }
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error::config: the `config` input names ci\/steward\.yml, which is neither in the workspace/
    );
  });

  it('reads nothing when the file the `config` input names is in the workspace', async () => {
    const run = await runAction({
      emulator: emulator.get(),
      eventName: 'issues',
      payload: issueEvent('milestoned', { number: 2 }),
      inputs: { config: 'ci/steward.yml' },
      files: { 'ci/steward.yml': INVALID }
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('No feature handles issues.milestoned: the config (ci/steward.yml) was not read');
    expect(emulator.get().requests()).toHaveLength(0);
  });
});

describe('an invalid config fails every event a feature handles', () => {
  const emulator = useEmulator(() => ({
    seed: {
      repos: [
        {
          owner: 'acme',
          name: 'app',
          issues: [{ number: 2, title: 'x' }],
          pulls: [{ number: 5, title: 'pr', headSha: 'a'.repeat(40) }]
        }
      ]
    }
  }));

  it.each([
    ['issues', () => issueEvent('closed', { number: 2 })],
    ['issues', () => issueEvent('opened', { number: 2 })],
    ['pull_request', () => pullRequestEvent('synchronize', { number: 5, headSha: 'a'.repeat(40) })],
    ['push', () => pushEvent({})],
    ['schedule', () => scheduleEvent()],
    ['workflow_dispatch', () => workflowDispatchEvent()]
  ])('%s', async (eventName, payload) => {
    const run = await runAction({ emulator: emulator.get(), eventName, payload: payload(), config: INVALID });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error::Invalid config: \.github\/epic-steward\.yml:4: `epics\.handoff\.labels`: expected a list/
    );
  });
});
