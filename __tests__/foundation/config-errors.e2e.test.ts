import { runAction } from '../helpers/action';
import { useEmulator, writesIn } from '../helpers/emulator';
import { scheduleEvent } from '../helpers/events';

/**
 * Issue 15 item 8: config mistakes the schema alone let through are config errors of the real
 * bundle, all of them in one run, each naming file, line and key, in words; nothing is written.
 */
const CONFIG = `labels:
  rules:
    - label: bug
      title: ['/fix(/']
    - label: everything
      match: all
gates:
  reports: ['reports/{junit.xml']
  items:
    - name: api
    - name: api
escalations:
  report:
    enabled: true
    time-zone: Europe/Londn
`;

describe('config errors (the bundled action)', () => {
  const emulator = useEmulator(() => ({ seed: { repos: [{ owner: 'acme', name: 'app' }] } }));

  test('one run reports every mistake of the file, in line order, and writes nothing', async () => {
    const e = emulator.get();
    const run = await runAction({ emulator: e, eventName: 'schedule', payload: scheduleEvent(), config: CONFIG });
    expect(run.code).toBe(1);
    // Workflow commands carry line breaks as %0A.
    const message = /::error::(.*)/.exec(run.stdout)![1]!.split('%0A');
    expect(message[0]).toBe('Invalid config: 5 problems:');
    expect(
      message.slice(1).map((line) => /^\.github\/epic-steward\.yml:(\d+): `([^`]+)`/.exec(line)?.slice(1))
    ).toEqual([
      ['4', 'labels.rules[0].title[0]'],
      ['5', 'labels.rules[1]'],
      ['8', 'gates.reports[0]'],
      ['11', 'gates.items[1].name'],
      ['15', 'escalations.report.time-zone']
    ]);
    expect(message[2]).toContain('a rule needs at least one condition');
    expect(message[5]).toContain('"Europe/Londn" is not a known time zone');
    expect(writesIn(e)).toEqual([]);
  });
});
