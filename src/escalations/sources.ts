import type { LabelNodes } from '../checklist/read';
import type { RepoRef } from '../core/plan';
import { fieldNamed, issueFieldValue, orgIssueFields } from '../github/fields';
import type { GitHub } from '../core/port';
import type { AuthorLike } from '../github/identity';
import type { ProjectStatusOp } from '../core/plan';
import { planProjectStatus, readProject, type EpicOutlook, type ProjectState } from './project';

/**
 * Where the daily report finds more than the label tells: epics of the configured issue types
 * (`epics.types`, REST only: the published GraphQL schema has no issue types) and the native
 * "Target date" issue field of epics without a milestone due date.
 */

/** An open epic as the daily report reads it. */
export interface EpicNode {
  number: number;
  title: string;
  body: string | null;
  createdAt?: string;
  milestone?: { title: string; dueOn: string | null } | null;
  labels?: LabelNodes;
  comments?: {
    totalCount: number;
    nodes: ({ databaseId: number | null; body: string; author?: AuthorLike | null } | null)[];
  };
}

const EPIC_FIELDS =
  'number title body createdAt milestone { title dueOn } labels(first: 100) { nodes { name } } comments(last: 50) { totalCount nodes { databaseId body author { __typename login } } }';
const PER_REQUEST = 25;

/** Open issues of the configured types that the label did not find, read as the report reads an epic. */
export async function typedEpics(
  github: GitHub,
  repo: RepoRef,
  types: string[],
  known: Set<number>
): Promise<EpicNode[]> {
  const numbers: number[] = [];
  for (const type of types) {
    const typed = await github.paginate<{ number: number; pull_request?: unknown }>(
      'GET /repos/{owner}/{repo}/issues',
      { ...repo, state: 'open', type, per_page: 100 }
    );
    for (const issue of typed)
      if (!issue.pull_request && !known.has(issue.number) && !numbers.includes(issue.number))
        numbers.push(issue.number);
  }
  const found: EpicNode[] = [];
  for (let i = 0; i < numbers.length; i += PER_REQUEST) {
    const chunk = numbers.slice(i, i + PER_REQUEST).filter((n) => Number.isInteger(n) && n > 0);
    const query = `query EscalationTypedEpics($owner: String!, $name: String!) { repository(owner: $owner, name: $name) { ${chunk.map((n) => `e${n}: issue(number: ${n}) { ${EPIC_FIELDS} }`).join(' ')} } }`;
    const data = await github.graphql<{ repository: Record<string, EpicNode | null> | null }>(query, {
      owner: repo.owner,
      name: repo.repo
    });
    for (const n of chunk) {
      const node = data.repository?.[`e${n}`];
      if (node) found.push(node);
    }
  }
  return found.sort((a, b) => a.number - b.number);
}

/**
 * The "Target date" field of each epic that has no milestone due date (one request each), where
 * the organisation has such a field; `note` hears once a run that issue fields are unavailable.
 */
export async function targetDates(
  github: GitHub,
  repo: RepoRef,
  epics: EpicNode[],
  note: (message: string) => void
): Promise<Map<number, string>> {
  const dates = new Map<number, string>();
  const wanting = epics.filter((e) => !e.milestone?.dueOn);
  if (wanting.length === 0) return dates;
  const fields = await orgIssueFields(github, repo.owner);
  if (!fields.available) {
    if (fields.first)
      note(`Daily report: ${fields.reason}; target dates come from milestones and \`Timeline:\` lines.`);
    return dates;
  }
  const field = fieldNamed(fields, 'Target date', 'date');
  if (!field) return dates;
  for (const epic of wanting) {
    const value = await issueFieldValue(github, repo, epic.number, field.id);
    if (typeof value === 'string') dates.set(epic.number, value);
  }
  return dates;
}

/** The project of `epics.project` as read before planning: its state, or why it cannot be used. */
export type ProjectRead = { state: ProjectState } | { problem: string };

/**
 * The project the epics' verdict goes to (`epics.project`) with its latest status update, read
 * before any report is planned; undefined when no project is configured. A project that cannot
 * be read is a problem to warn about once there is a verdict, never a failed report.
 */
export async function readProjectState(
  github: GitHub,
  project: { owner: string; number: number }
): Promise<ProjectRead | undefined> {
  if (!project.owner || !project.number) return undefined;
  const name = `project ${project.owner}/${project.number}`;
  try {
    const state = await readProject(github, project.owner, project.number);
    if (state) return { state };
    return { problem: `epics.project: ${name} was not found (or this token cannot read it): no status update.` };
  } catch (error) {
    return { problem: `epics.project: ${name} could not be read (${(error as Error).message}): no status update.` };
  }
}

/** The epics' verdict as the project's status update, planned from what was read; a problem is said only when there is a verdict. */
export function planProjectUpdate(
  project: ProjectRead | undefined,
  outlooks: EpicOutlook[],
  today: string,
  dayOf: (iso: string) => string
): { op?: ProjectStatusOp; warning?: string } {
  if (!project || outlooks.length === 0) return {};
  if ('problem' in project) return { warning: project.problem };
  const op = planProjectStatus(project.state, outlooks, today, dayOf);
  return op ? { op } : {};
}
