import { runAction } from '../helpers/action';
import { useEmulator, writesIn, type Emulator } from '../helpers/emulator';
import { issueEvent } from '../helpers/events';
import { fieldValues, org } from '../../src/emulator/planning';
import type { Seed, SeedOrg } from '../../src/emulator/seed';

const config = (field: string) => `labels:
  priority:
    enabled: true
    field: ${field}
`;

const ACME: SeedOrg = {
  login: 'acme',
  issueFields: [{ name: 'Priority', dataType: 'single_select', options: ['P0', 'P1', 'P2', 'P3'] }]
};

function seed(orgs?: SeedOrg[]): Seed {
  return {
    ...(orgs ? { orgs } : {}),
    repos: [
      {
        owner: 'acme',
        name: 'app',
        labels: [{ name: 'P2-Medium' }],
        issues: [
          { number: 14, title: 'Story', body: '**Priority:** P1 (High)\n\nFix the login.' },
          { number: 15, title: 'Story', body: '**Priority:** P1 (High)', labels: ['P2-Medium'] }
        ]
      }
    ]
  };
}

const issue = (e: Emulator, n: number) => e.store.repo('acme', 'app')!.issues.get(n)!;
/** The issue's Priority field value, by option name. */
function priority(e: Emulator, n: number): string | number | undefined {
  const field = org(e.store, 'acme')?.issueFields?.find((f) => f.name === 'Priority');
  return field ? fieldValues(issue(e, n)).get(field.id) : undefined;
}

const opened = (e: Emulator, n: number, field: string) =>
  runAction({
    emulator: e,
    eventName: 'issues',
    payload: issueEvent('opened', { number: n }),
    config: config(field),
    now: '2025-01-11T10:00:00Z'
  });

describe("labels.priority.field: the parsed priority in the organisation's Priority issue field", () => {
  describe('an organisation with a Priority field', () => {
    const emulator = useEmulator(() => ({ seed: seed([ACME]) }));

    test('`also` sets the field to the option meaning the same label, and the label; a second run writes nothing', async () => {
      const e = emulator.get();
      const run = await opened(e, 14, 'also');
      expect(run.code).toBe(0);
      expect(priority(e, 14)).toBe('P1');
      expect(issue(e, 14).labels).toEqual(['P1-High']);
      e.clearRequests();
      await opened(e, 14, 'also');
      expect(writesIn(e)).toEqual([]);
    });

    test('`instead` sets the field and leaves priority labels alone', async () => {
      const e = emulator.get();
      const run = await opened(e, 15, 'instead');
      expect(run.code).toBe(0);
      expect(priority(e, 15)).toBe('P1');
      expect(issue(e, 15).labels).toEqual(['P2-Medium']);
    });
  });

  describe('an owner without the issue fields API', () => {
    const emulator = useEmulator(() => ({ seed: seed() }));

    test('the run says so once (one warning, one summary line) and applies the label', async () => {
      const e = emulator.get();
      const run = await opened(e, 14, 'instead');
      expect(run.code).toBe(0);
      expect(issue(e, 14).labels).toEqual(['P1-High']);
      const said = /issue fields are not available for acme \(HTTP 404\)/g;
      expect(run.stdout.match(/::warning::.*issue fields are not available for acme/g)).toHaveLength(1);
      expect(run.summary.match(said)).toHaveLength(1);
    });
  });
});
