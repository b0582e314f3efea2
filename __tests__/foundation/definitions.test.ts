import { planDefinitions } from '../../src/labels/definitions';

describe('planDefinitions', () => {
  const defs = [
    { name: 'P0-Critical', color: 'B60205', description: 'Production blocker' },
    { name: 'Backend', color: '#1d76db', description: '' }
  ];

  test('creates what is missing, with the colour normalised', () => {
    const ops = planDefinitions(defs, []);
    expect(ops.map((o) => [o.kind, 'name' in o && o.name, 'color' in o && o.color])).toEqual([
      ['create-label', 'P0-Critical', 'b60205'],
      ['create-label', 'Backend', '1d76db']
    ]);
  });

  test('corrects colour and description, matching names case-insensitively', () => {
    const ops = planDefinitions(defs, [
      { name: 'p0-critical', color: 'ffffff', description: 'Production blocker' },
      { name: 'Backend', color: '1D76DB', description: 'old' }
    ]);
    expect(ops).toEqual([
      expect.objectContaining({ kind: 'update-label', name: 'p0-critical', color: 'b60205' }),
      expect.objectContaining({ kind: 'update-label', name: 'Backend', description: '' })
    ]);
  });

  test('nothing to do when everything matches (null description counts as empty)', () => {
    expect(
      planDefinitions(defs, [
        { name: 'P0-Critical', color: 'b60205', description: 'Production blocker' },
        { name: 'Backend', color: '1d76db', description: null }
      ])
    ).toEqual([]);
  });
});
