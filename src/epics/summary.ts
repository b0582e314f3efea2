import { headline } from './block';
import type { EpicOutcome } from './reconcile';

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

const STATUS: Record<EpicOutcome['status'], string> = {
  updated: 'updated',
  unchanged: 'already up to date',
  'dry-run': 'would be updated (dry run)',
  failed: 'not updated',
  'over-budget': 'not updated: max-writes reached',
  'gave-up': 'still changing: gave up',
  'not-found': 'could not be read',
  skipped: 'not written'
};

/** The job summary section: the same figures as the epics' blocks, plus what the run noticed. */
export function renderSummary(outcomes: EpicOutcome[], notes: string[]): string {
  const lines: string[] = [];
  if (outcomes.length === 0) lines.push('No epic concerned this event.', '');
  else {
    lines.push('| epic | progress | sections | outcome |', '| --- | --- | --- | --- |');
    for (const o of outcomes) {
      const f = o.figures;
      const sections = f ? f.sections.map((s) => `${s.name || '(no heading)'}: ${s.done}/${s.total}`).join('<br>') : '';
      const extra = [
        o.detail,
        o.transition === 'completed' ? 'handed off' : o.transition === 'reopened' ? 'handoff withdrawn' : undefined
      ]
        .filter(Boolean)
        .join('; ');
      lines.push(
        `| #${o.number} | ${
          f
            ? cell(
                headline(f)
                  .replace(/\*\*/g, '')
                  .replace(/^Progress: /, '')
              )
            : ''
        }${f?.complete ? ' ✅' : ''} | ${cell(sections)} | ${cell(STATUS[o.status] + (extra ? ` (${extra})` : ''))} |`
      );
    }
    lines.push('');
    for (const o of outcomes) {
      const f = o.figures;
      if (!f) continue;
      if (f.notPlanned.length) lines.push(`- #${o.number} not planned: ${f.notPlanned.join(', ')}`);
      if (f.unreadable.length) lines.push(`- #${o.number} could not read: ${f.unreadable.join(', ')}`);
    }
  }
  for (const note of notes) lines.push(`- ${note}`);
  return lines.join('\n').trim();
}

/** The `epics` output: a JSON list a later step can read with fromJSON(). */
export function epicsOutput(outcomes: EpicOutcome[]): string {
  return JSON.stringify(
    outcomes
      .filter((o) => o.figures)
      .map((o) => ({
        number: o.number,
        done: o.figures!.done,
        total: o.figures!.total,
        percent: o.figures!.percent,
        complete: o.figures!.complete,
        items: o.figures!.items
      }))
  );
}
