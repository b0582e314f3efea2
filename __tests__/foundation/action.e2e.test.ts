import { runAction } from '../helpers/action';
import { useEmulator, writesIn } from '../helpers/emulator';
import { workflowDispatchEvent } from '../helpers/events';

const CONFIG = `labels:
  definitions:
    - name: P0-Critical
      color: b60205
      description: Production blocker
    - name: Backend
      color: 1d76db
      description: Server side
    - name: Epic
      color: 3e4b9e
      description: Groups stories
`;

function seed() {
  return {
    repos: [
      {
        owner: 'acme',
        name: 'app',
        defaultBranch: 'main',
        labels: [
          { name: 'Backend', color: 'ffffff', description: 'Server side' },
          { name: 'person-made', color: '000000', description: 'not ours' }
        ],
        issues: [],
        pulls: [],
        contents: { '.github/remote.yml': CONFIG }
      }
    ]
  };
}

async function labels(url: string) {
  const response = await fetch(`${url}/repos/acme/app/labels?per_page=100`);
  const list = (await response.json()) as { name: string; color: string; description: string | null }[];
  return Object.fromEntries(list.map((l) => [l.name, `${l.color} ${l.description ?? ''}`]));
}

describe('the bundled action against the emulator', () => {
  const emulator = useEmulator(() => ({ seed: seed() }));

  test('workflow_dispatch creates missing labels and corrects a wrong colour; a second run writes nothing', async () => {
    const e = emulator.get();
    const first = await runAction({
      emulator: e,
      eventName: 'workflow_dispatch',
      payload: workflowDispatchEvent(),
      config: CONFIG
    });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(await labels(e.url)).toEqual({
      Backend: '1d76db Server side',
      'person-made': '000000 not ours',
      'P0-Critical': 'b60205 Production blocker',
      Epic: '3e4b9e Groups stories'
    });
    expect(first.outputs.writes).toBe('3');
    expect(first.summary).toContain('create label "P0-Critical"');

    e.clearRequests();
    const second = await runAction({
      emulator: e,
      eventName: 'workflow_dispatch',
      payload: workflowDispatchEvent(),
      config: CONFIG
    });
    expect(second.code).toBe(0);
    expect(writesIn(e)).toEqual([]);
    expect(second.outputs.writes).toBe('0');
  });

  test('a broken config exits non-zero with one message naming file, line and key', async () => {
    const e = emulator.get();
    const run = await runAction({
      emulator: e,
      eventName: 'workflow_dispatch',
      payload: workflowDispatchEvent(),
      config: 'labels:\n  definitions:\n    - name: Backend\n      color: blue\n'
    });
    expect(run.code).not.toBe(0);
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('.github/epic-steward.yml:4:');
    expect(errors[0]).toContain('labels.definitions[0].color');
    expect(writesIn(e)).toEqual([]);
  });

  test('dry-run writes nothing and prints the plan', async () => {
    const e = emulator.get();
    const run = await runAction({
      emulator: e,
      eventName: 'workflow_dispatch',
      payload: workflowDispatchEvent(),
      config: CONFIG,
      inputs: { 'dry-run': 'true' }
    });
    expect(run.code).toBe(0);
    expect(writesIn(e)).toEqual([]);
    expect(run.stdout).toContain('create label "P0-Critical"');
    expect(run.summary).toContain('dry run: nothing written');
    expect(JSON.parse(run.outputs.plan!)).toHaveLength(3);
  });

  test('max-writes stops at the budget, says so and lists what was left', async () => {
    const e = emulator.get();
    const run = await runAction({
      emulator: e,
      eventName: 'workflow_dispatch',
      payload: workflowDispatchEvent(),
      config: CONFIG,
      inputs: { 'max-writes': '1' }
    });
    expect(run.code).toBe(0);
    expect(writesIn(e)).toHaveLength(1);
    expect(run.outputs['writes-skipped']).toBe('2');
    expect(run.stdout).toMatch(/::warning::max-writes \(1\) reached/);
  });

  test('the config is fetched through the API at the ref when the repository is not checked out', async () => {
    const e = emulator.get();
    const remote = await runAction({
      emulator: e,
      eventName: 'workflow_dispatch',
      payload: workflowDispatchEvent(),
      inputs: { config: '.github/remote.yml' }
    });
    expect(remote.code).toBe(0);
    expect(remote.summary).toContain('acme/app@');
    expect(await labels(e.url)).toHaveProperty('P0-Critical');

    const missing = await runAction({ emulator: e, eventName: 'workflow_dispatch', payload: workflowDispatchEvent() });
    expect(missing.code).toBe(0);
    expect(missing.summary).toContain('not found: defaults');
  });

  test('under faults (rate 0.3, every kind) the run ends right or fails cleanly, and a second run completes', async () => {
    const e = emulator.get();
    e.setFaults(0.3, ['500', '502', '429', 'secondary', 'reset']);
    const first = await runAction({
      emulator: e,
      eventName: 'workflow_dispatch',
      payload: workflowDispatchEvent(),
      config: CONFIG
    });
    if (first.code !== 0) expect(first.stdout).toMatch(/::error::/);
    e.setFaults(0);
    const second = await runAction({
      emulator: e,
      eventName: 'workflow_dispatch',
      payload: workflowDispatchEvent(),
      config: CONFIG
    });
    expect(second.code).toBe(0);
    expect(await labels(e.url)).toMatchObject({
      Backend: '1d76db Server side',
      'P0-Critical': 'b60205 Production blocker',
      Epic: '3e4b9e Groups stories'
    });
  });
});
