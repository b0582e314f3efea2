import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import { addStatusUpdate, org, projectByNodeId, type Project, type StatusUpdate } from '../planning';
import type { Store } from '../store';
import { actorView } from './basic';
import type { ProjectV2StatusUpdatesArgs } from '@octokit/graphql-schema';
import { connection, refuseUnknown, type View } from './connection';

/**
 * Projects (v2) and their status updates, as GitHub's published schema describes them:
 * `organization(login:)` / `user(login:)` → `projectV2(number:)` → `statusUpdates` (newest first
 * by default, `orderBy: {field: CREATED_AT, direction: DESC}`), and the mutation
 * `createProjectV2StatusUpdate`.
 */
const notFound = (message: string) => new GraphQLError(message, { extensions: { type: 'NOT_FOUND' } });

const STATUSES = new Set(['ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'COMPLETE', 'INACTIVE']);

function statusUpdateView(update: StatusUpdate, project: () => View): View {
  return {
    __typename: 'ProjectV2StatusUpdate',
    id: update.nodeId,
    fullDatabaseId: String(update.id),
    status: update.status,
    body: update.body,
    startDate: update.startDate,
    targetDate: update.targetDate,
    createdAt: update.createdAt,
    updatedAt: update.createdAt,
    creator: actorView(update.creator),
    project
  };
}

export function projectView(project: Project): View {
  const self = (): View => projectView(project);
  return {
    __typename: 'ProjectV2',
    id: project.nodeId,
    number: project.number,
    title: project.title,
    closed: false,
    url: `https://github.com/orgs/${project.owner}/projects/${project.number}`,
    statusUpdates: (args: ProjectV2StatusUpdatesArgs, info: GraphQLResolveInfo) => {
      const ascending = args.orderBy?.direction === 'ASC';
      const list = [...project.statusUpdates].sort(
        (a, b) =>
          (Date.parse(a.createdAt) - Date.parse(b.createdAt)) * (ascending ? 1 : -1) ||
          (a.id - b.id) * (ascending ? 1 : -1)
      );
      return connection(list, args, info, { totalCount: list.length }, (u) => statusUpdateView(u, self));
    }
  };
}

/** `organization(login:)` and `user(login:)`: an owner the seed lists under `orgs` answers as either. */
export function ownerView(store: Store, login: string, typename: 'Organization' | 'User'): View {
  const found = org(store, login);
  if (!found)
    throw notFound(
      `Could not resolve to ${typename === 'User' ? 'a User' : 'an Organization'} with the login of '${login}'.`
    );
  return {
    __typename: typename,
    login: found.login,
    id: `O_${Buffer.from(found.login).toString('base64url')}`,
    projectV2: ({ number }: { number: number }) => {
      const project = found.projects.find((p) => p.number === number);
      if (!project) throw notFound(`Could not resolve to a ProjectV2 with the number ${number}.`);
      return projectView(project);
    }
  };
}

type Input = { input: Record<string, unknown> };

/** `createProjectV2StatusUpdate`: validates everything, then records the update (dates are `YYYY-MM-DD`). */
export function projectMutations(store: Store, actor: string): Record<string, (args: Input) => View> {
  return {
    createProjectV2StatusUpdate: ({ input }) => {
      refuseUnknown(
        input,
        ['projectId', 'status', 'body', 'startDate', 'targetDate', 'clientMutationId'],
        'CreateProjectV2StatusUpdateInput'
      );
      const project = typeof input.projectId === 'string' ? projectByNodeId(store, input.projectId) : undefined;
      if (!project) throw notFound(`Could not resolve to a node with the global id of '${String(input.projectId)}'`);
      if (input.status != null && (typeof input.status !== 'string' || !STATUSES.has(input.status)))
        throw new GraphQLError('Unknown status', { extensions: { type: 'UNPROCESSABLE' } });
      const str = (v: unknown) => (typeof v === 'string' ? v : null);
      const update = addStatusUpdate(
        store,
        project,
        {
          status: str(input.status),
          body: str(input.body),
          startDate: str(input.startDate),
          targetDate: str(input.targetDate)
        },
        actor
      );
      return {
        clientMutationId: input.clientMutationId ?? null,
        statusUpdate: statusUpdateView(update, () => projectView(project))
      };
    }
  };
}
