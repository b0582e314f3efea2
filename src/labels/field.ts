import type { RepoRef, SetIssueFieldOp } from '../core/plan';
import { fieldNamed, issueFieldValue, orgIssueFields, type OrgFields } from '../github/fields';
import type { GitHub } from '../core/port';
import type { LabelsConfig } from './config';
import { priorityLabel, statedPriority, type Verdict } from './rules';

/**
 * The priority written to the organisation's `Priority` issue field (`labels.priority.field`):
 * read the field and the issue's value, plan a write only when they differ. Where the field
 * cannot be written here, `unavailable` says why (once a run) and the label rule stands.
 */
export interface FieldPlan {
  op?: SetIssueFieldOp;
  /** True when the field holds (or will hold) the priority: `instead` may then drop the label. */
  written: boolean;
  /** Why the field is not used, for one warning and one summary line; undefined once said. */
  unavailable?: string;
}

/** The option of a single-select field that means `label` through the map (`P1`, `High`…), or the label itself for a text field. */
export function optionFor(
  label: string,
  field: { dataType: string; options: string[] },
  map: Record<string, string[]>
): string | undefined {
  if (field.dataType === 'text') return label;
  if (field.dataType !== 'single_select') return undefined;
  return (
    field.options.find((o) => o.toLowerCase() === label.toLowerCase()) ??
    field.options.find((o) => priorityLabel(o, map)?.toLowerCase() === label.toLowerCase())
  );
}

/** The label the issue's own text states, through the map (the same reading as the label rule). */
export function statedLabel(config: LabelsConfig, title: string, body: string): string | undefined {
  const value = statedPriority(title, body);
  return value ? priorityLabel(value, config.priority.map) : undefined;
}

/** What the field plan needs, read before planning: the organisation's fields and the issue's value. */
export interface PriorityFieldRead {
  fields: OrgFields;
  /** The issue's value of the Priority field, read only when the field has an option for the label. */
  current?: string | number;
}

/** Reads the organisation's issue fields and, when one can hold `label`, the issue's value of it. Nothing is written. */
export async function readPriorityField(
  github: GitHub,
  repo: RepoRef,
  issue: number,
  label: string,
  config: LabelsConfig
): Promise<PriorityFieldRead> {
  const fields = await orgIssueFields(github, repo.owner);
  const field = fieldNamed(fields, 'Priority');
  if (!field || optionFor(label, field, config.priority.map) === undefined) return { fields };
  return { fields, current: await issueFieldValue(github, repo, issue, field.id) };
}

/** The write of the stated priority to the field, or why the field is not used: pure over what was read. */
export function planPriorityField(
  read: PriorityFieldRead,
  repo: RepoRef,
  issue: number,
  label: string,
  config: LabelsConfig
): FieldPlan {
  const { fields } = read;
  if (!fields.available)
    return {
      written: false,
      ...(fields.first
        ? { unavailable: `labels.priority.field: ${fields.reason}; the priority is applied as a label only` }
        : {})
    };
  const field = fieldNamed(fields, 'Priority');
  const option = field ? optionFor(label, field, config.priority.map) : undefined;
  if (!field || option === undefined) {
    const why = field
      ? `its Priority field has no option meaning ${label} (${field.options.join(', ') || 'no options'})`
      : 'it has no Priority issue field';
    return {
      written: false,
      unavailable: `labels.priority.field: organisation ${repo.owner}: ${why}; the priority is applied as a label only`
    };
  }
  if (read.current === option) return { written: true };
  return {
    written: true,
    op: {
      kind: 'set-issue-field',
      issue,
      fieldId: field.id,
      field: field.name,
      value: option,
      why: `priority ${label} stated in the issue`
    }
  };
}

/** With `instead`, priority labels are neither added nor removed once the field holds the priority. */
export function withoutPriorityLabels(verdict: Verdict, config: LabelsConfig): Verdict {
  const group = new Set(Object.keys(config.priority.map).map((l) => l.toLowerCase()));
  const wanted = new Map([...verdict.wanted].filter(([label]) => !group.has(label.toLowerCase())));
  const owned = new Set([...verdict.owned].filter((label) => !group.has(label)));
  return { ...verdict, wanted, owned, fallbackPriority: undefined };
}
