import { inert } from '../core/escape';
import type { Forecast, Target, Verdict } from '../checklist/outlook';
import { dayIn } from '../core/duration';
import { bodyTimeline } from './time';

/**
 * Where an epic is heading against where it should be: its target date (the milestone's due
 * date, else the body's `Timeline:` counted from the epic's creation) and a verdict from the
 * forecast: off track when even the 50% date is after the target, at risk when the 85% date is.
 * Between the two: the native "Target date" issue field, where the organisation has one.
 */

export interface EpicDates {
  body: string;
  createdAt: string;
  milestone?: { title: string; dueOn: string | null } | null;
  /** The epic's native "Target date" issue field (`YYYY-MM-DD`), where the organisation has one. */
  targetDate?: string;
}

/** The epic's target date, or none when neither a milestone due date nor a body timeline says one. */
export function targetOf(epic: EpicDates, timeZone: string): Target | undefined {
  const due = epic.milestone?.dueOn ? Date.parse(epic.milestone.dueOn) : NaN;
  if (!Number.isNaN(due))
    return {
      day: dayIn(new Date(due), timeZone),
      source: `milestone ${inert(JSON.stringify(epic.milestone!.title), { max: 80 })}`
    };
  // A date field holds a calendar day already: no time zone to apply.
  const field = /^\d{4}-\d{2}-\d{2}/.exec(epic.targetDate ?? '')?.[0];
  if (field && !Number.isNaN(Date.parse(field))) return { day: field, source: 'issue field "Target date"' };
  const timeline = bodyTimeline(epic.body);
  const created = Date.parse(epic.createdAt);
  if (timeline && !Number.isNaN(created)) {
    return {
      day: dayIn(new Date(created + timeline.ms), timeZone),
      source: `Timeline: ${inert(timeline.text, { max: 60 })} from the epic's creation`
    };
  }
  return undefined;
}

/** On track, at risk (P85 after the target), off track (P50 after it), complete; none without a target or a forecast. */
export function verdictOf(forecast: Forecast, target: Target | undefined): Verdict | undefined {
  if (forecast.kind === 'done') return 'complete';
  if (!target) return undefined;
  if (forecast.kind === 'beyond' || forecast.kind === 'no-throughput') return 'off-track';
  if (forecast.kind !== 'forecast') return undefined;
  if (forecast.p50 > target.day) return 'off-track';
  if (forecast.p85 > target.day) return 'at-risk';
  return 'on-track';
}
