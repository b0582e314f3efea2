import type { LabelsConfig } from '../../src/labels/config';
import { planPriorityField, type PriorityFieldRead } from '../../src/labels/field';

/** The Priority field's plan is pure over what readPriorityField read (labels: read -> plan -> apply). */
const config = {
  priority: { enabled: true, field: 'also', map: { 'P1-High': ['P1', 'High'] } }
} as unknown as LabelsConfig;
const repo = { owner: 'acme', repo: 'app' };
const priority = { id: 7, name: 'Priority', dataType: 'single_select', options: ['P0', 'P1', 'P2'] };
const plan = (read: PriorityFieldRead) => planPriorityField(read, repo, 14, 'P1-High', config);

describe('planPriorityField, over what was read', () => {
  test('the field differs: one write of the option meaning the label', () => {
    expect(plan({ fields: { available: true, fields: [priority] }, current: 'P2' })).toEqual({
      written: true,
      op: {
        kind: 'set-issue-field',
        issue: 14,
        fieldId: 7,
        field: 'Priority',
        value: 'P1',
        why: 'priority P1-High stated in the issue'
      }
    });
  });

  test('the field already holds it: nothing to write, the field counts as written', () => {
    expect(plan({ fields: { available: true, fields: [priority] }, current: 'P1' })).toEqual({ written: true });
  });

  test('no field, no option, or no issue fields at all: the label stands, said once', () => {
    expect(plan({ fields: { available: true, fields: [] } }).unavailable).toContain('it has no Priority issue field');
    const other = { ...priority, options: ['Urgent'] };
    expect(plan({ fields: { available: true, fields: [other] } }).unavailable).toContain(
      'no option meaning P1-High (Urgent)'
    );
    expect(plan({ fields: { available: false, reason: 'no issue fields', first: true } })).toEqual({
      written: false,
      unavailable: 'labels.priority.field: no issue fields; the priority is applied as a label only'
    });
    expect(plan({ fields: { available: false, reason: 'no issue fields', first: false } })).toEqual({ written: false });
  });
});
