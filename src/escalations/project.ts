import { inert } from '../core/escape';
import type { ProjectStatusOp } from '../core/plan';
import { GraphqlError } from '../github/client';
import type { GitHub } from '../core/port';

/**
 * The epics' verdict as a Projects (v2) status update (`epics.project`). Status updates are a
 * history: the latest is read first, and a new one is planned only when the status changes, at
 * most once a day (GraphQL: `createProjectV2StatusUpdate`, `ProjectV2.statusUpdates`, both in
 * GitHub's published schema).
 */

export type ProjectStatus = ProjectStatusOp['status'];
export type EpicVerdict = 'complete' | 'on-track' | 'at-risk' | 'off-track';

export interface EpicOutlook {
  /** `acme/app#13`. */
  ref: string;
  title: string;
  verdict: EpicVerdict;
  /** The report's outlook line (our text, the target's source already inert). */
  line: string;
  /** `YYYY-MM-DD`, when the epic has a target. */
  target?: string;
}

export interface ProjectState {
  id: string;
  /** `owner/number`. */
  name: string;
  latest?: { status: string | null; createdAt: string };
}

export const ORG_PROJECT_QUERY = /* GraphQL */ `
  query EpicProjectOfOrganization($owner: String!, $number: Int!) {
    organization(login: $owner) {
      projectV2(number: $number) {
        id
        statusUpdates(first: 1, orderBy: { field: CREATED_AT, direction: DESC }) {
          nodes {
            status
            createdAt
          }
        }
      }
    }
  }
`;

export const USER_PROJECT_QUERY = /* GraphQL */ `
  query EpicProjectOfUser($owner: String!, $number: Int!) {
    user(login: $owner) {
      projectV2(number: $number) {
        id
        statusUpdates(first: 1, orderBy: { field: CREATED_AT, direction: DESC }) {
          nodes {
            status
            createdAt
          }
        }
      }
    }
  }
`;

type ProjectNode = {
  id: string;
  statusUpdates: { nodes: ({ status: string | null; createdAt: string } | null)[] };
} | null;

/** The project of an organisation, else of a user, with its latest status update; undefined when neither has it. */
export async function readProject(github: GitHub, owner: string, number: number): Promise<ProjectState | undefined> {
  for (const [query, key] of [
    [ORG_PROJECT_QUERY, 'organization'],
    [USER_PROJECT_QUERY, 'user']
  ] as const) {
    let node: ProjectNode | undefined;
    try {
      const data = await github.graphql<Record<string, { projectV2: ProjectNode } | null>>(query, { owner, number });
      node = data[key]?.projectV2;
    } catch (error) {
      // NOT_FOUND for one owner kind: try the other. Anything else is a failed read.
      if (!(error instanceof GraphqlError) || !error.errors.every((e) => e.type === 'NOT_FOUND')) throw error;
    }
    if (node) {
      const latest = node.statusUpdates.nodes.find((n) => !!n);
      return { id: node.id, name: `${owner}/${number}`, ...(latest ? { latest } : {}) };
    }
  }
  return undefined;
}

const STATUS: Record<EpicVerdict, ProjectStatus> = {
  complete: 'COMPLETE',
  'on-track': 'ON_TRACK',
  'at-risk': 'AT_RISK',
  'off-track': 'OFF_TRACK'
};
const WORST: ProjectStatus[] = ['OFF_TRACK', 'AT_RISK', 'ON_TRACK', 'COMPLETE'];

/** One status for all the epics: the worst of their verdicts (complete only when all are). */
export function projectStatus(outlooks: EpicOutlook[]): ProjectStatus | undefined {
  const statuses = new Set(outlooks.map((o) => STATUS[o.verdict]));
  return WORST.find((s) => statuses.has(s));
}

/**
 * The status update to post, or none: none when no epic has a verdict, when the latest update
 * already says this status, or when one was posted today (`dayOf` gives a time's day in the
 * report's time zone).
 */
export function planProjectStatus(
  project: ProjectState,
  outlooks: EpicOutlook[],
  today: string,
  dayOf: (iso: string) => string
): ProjectStatusOp | undefined {
  const status = projectStatus(outlooks);
  if (!status) return undefined;
  if (project.latest?.status === status) return undefined;
  if (project.latest && dayOf(project.latest.createdAt) === today) return undefined;
  const lines = outlooks.map((o) => `- ${o.ref} ${inert(o.title, { max: 80 })}: ${o.line}`);
  const body = [`Epic Steward, daily report of ${today}:`, '', ...lines].join('\n');
  const target = outlooks.length === 1 ? outlooks[0]!.target : undefined;
  return {
    kind: 'project-status',
    projectId: project.id,
    project: project.name,
    status,
    body,
    ...(target ? { targetDate: target } : {}),
    why: project.latest
      ? `the epics' verdict changed from ${project.latest.status ?? 'none'} to ${status}`
      : 'the first status update of the epics'
  };
}
