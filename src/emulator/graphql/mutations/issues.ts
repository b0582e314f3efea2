import type {
  CloseIssueInput as PublishedCloseIssueInput,
  ReopenIssueInput,
  UpdateIssueInput
} from '@octokit/graphql-schema';
import type { Issue } from '../../store';
import { issueView } from '../issue';
import {
  checkBody,
  issueById,
  labelNames,
  missing,
  mutation,
  payload,
  type MutationContext,
  type MutationTable
} from './context';

/** `duplicateIssueId` is in GitHub's SDL, not yet in its generated TypeScript types. */
type CloseIssueInput = PublishedCloseIssueInput & { duplicateIssueId?: string | null };

/** `updateIssue`, `closeIssue`, `reopenIssue`: on issues only, as GitHub's schema says. */
export function issueMutations(ctx: MutationContext): MutationTable {
  return {
    updateIssue: mutation<UpdateIssueInput>(['id', 'title', 'body', 'state', 'labelIds', 'assigneeIds'], (input) =>
      updateIssue(ctx, input)
    ),
    closeIssue: mutation<CloseIssueInput>(['issueId', 'stateReason', 'duplicateIssueId'], (input) => {
      const { repo, issue } = issueOnly(ctx, input.issueId);
      if (input.duplicateIssueId) issueById(ctx.store, input.duplicateIssueId);
      const reason = input.duplicateIssueId ? 'duplicate' : (input.stateReason ?? 'COMPLETED').toLowerCase();
      ctx.store.setState(issue, 'closed', reason as Issue['stateReason'], ctx.actor);
      return payload(ctx, input, { issue: issueView(ctx.store, repo, issue) });
    }),
    reopenIssue: mutation<ReopenIssueInput>(['issueId'], (input) => {
      const { repo, issue } = issueOnly(ctx, input.issueId);
      ctx.store.setState(issue, 'open', undefined, ctx.actor);
      return payload(ctx, input, { issue: issueView(ctx.store, repo, issue) });
    })
  };
}

/** An issue's node id; a pull request's is not found, as GitHub answers these mutations. */
function issueOnly(ctx: MutationContext, id: string) {
  const found = issueById(ctx.store, id);
  if (found.issue.pull) throw missing(id);
  return found;
}

/** Every field is checked (labels and assignees resolved) before any is applied. */
function updateIssue(ctx: MutationContext, input: UpdateIssueInput) {
  const { store, actor } = ctx;
  const { repo, issue } = issueOnly(ctx, input.id);
  checkBody(input.body);
  const labels = input.labelIds ? labelNames(store, repo, input.labelIds) : undefined;
  const people = input.assigneeIds ? input.assigneeIds.map(loginOf) : undefined;
  if (typeof input.title === 'string') issue.title = input.title;
  if (typeof input.body === 'string') store.setBody(repo, issue, input.body, actor);
  if (input.state) store.setState(issue, input.state === 'CLOSED' ? 'closed' : 'open', undefined, actor);
  if (labels) store.setLabels(repo, issue, labels, actor);
  if (people) {
    store.unassign(
      issue,
      issue.assignees.filter((a) => !people.includes(a)),
      actor
    );
    store.assign(issue, people, actor);
  }
  issue.updatedAt = store.iso();
  return payload(ctx, input, { issue: issueView(store, repo, issue) });
}

/** The login behind a user node id from `actorView` (`U_<base64url login>`). */
function loginOf(id: string): string {
  const login = /^U_(.+)$/.exec(id)?.[1];
  if (!login) throw missing(id);
  return Buffer.from(login, 'base64url').toString();
}
