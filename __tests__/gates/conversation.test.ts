import { composeConversation, planConversation, splitConversation, type GatePart } from '../../src/core/conversation';
import { COMMENT_MARKER } from '../../src/core/conversation';

const failing: GatePart = { text: 'gates: 61%', digest: 'aaaaaaaa', failing: true };
const passing: GatePart = { text: 'gates: 95%', digest: 'bbbbbbbb', failing: false };
const section = '<!-- epic-steward:escalation:threshold:overall:#7 -->\nEscalation';

describe('the pull request conversation: one comment, written by mode', () => {
  test('compose and split give back the gate part, its digest and the sections', () => {
    const op = planConversation({ pr: 7, mode: 'always', gate: failing, sections: [section], why: 'w' })!;
    expect(op.body.startsWith(`${COMMENT_MARKER}\n`)).toBe(true);
    const split = splitConversation(op.body);
    expect(split.digest).toBe('aaaaaaaa');
    expect(split.sections).toEqual([section]);
    expect(composeConversation(split.gate, split.sections)).toBe(op.body);
  });

  test.each([
    ['always', passing, true],
    ['changes', passing, true],
    ['failures', passing, false],
    ['failures', failing, true],
    ['off', failing, false]
  ] as const)('no comment yet, mode %s: posts only when it should', (mode, gate, posts) => {
    expect(planConversation({ pr: 7, mode, gate, sections: [], why: 'w' }) !== undefined).toBe(posts);
  });

  test('an existing comment: unchanged text writes nothing; changes mode ignores text beside the figures; failures edits to say it passed', () => {
    const body = planConversation({ pr: 7, mode: 'always', gate: failing, sections: [], why: 'w' })!.body;
    const existing = { id: 1, body };
    expect(
      planConversation({ pr: 7, mode: 'always', gate: failing, sections: [], existing, why: 'w' })
    ).toBeUndefined();
    expect(
      planConversation({
        pr: 7,
        mode: 'always',
        gate: { ...failing, text: 'gates: 61% (other file)' },
        sections: [],
        existing,
        why: 'w'
      })
    ).toBeDefined();
    expect(
      planConversation({
        pr: 7,
        mode: 'changes',
        gate: { ...failing, text: 'gates: 61% (other file)' },
        sections: [],
        existing,
        why: 'w'
      })
    ).toBeUndefined();
    expect(
      planConversation({
        pr: 7,
        mode: 'changes',
        gate: { ...failing, text: 'gates: 61% (other file)' },
        sections: [section],
        existing,
        why: 'w'
      })
    ).toBeDefined();
    const edit = planConversation({ pr: 7, mode: 'failures', gate: passing, sections: [], existing, why: 'w' })!;
    expect(edit.commentId).toBe(1);
    expect(edit.body).toContain('gates: 95%');
  });

  test('off with an escalation: the section alone; off with none and no comment: nothing', () => {
    const op = planConversation({
      pr: 7,
      mode: 'off',
      gate: failing,
      sections: [section],
      openEscalation: true,
      why: 'w'
    })!;
    expect(op.body).toBe(`${COMMENT_MARKER}\n\n<!-- epic-steward:section -->\n${section}`);
    expect(planConversation({ pr: 7, mode: 'off', gate: failing, sections: [], why: 'w' })).toBeUndefined();
  });
});
