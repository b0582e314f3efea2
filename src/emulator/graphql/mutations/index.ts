import { GraphQLError } from 'graphql';
import type { Comment, Issue, Repo, Store } from '../store';
import { actorView, commentView, labelView } from './basic';
import { refuseUnknown, type View } from './connection';
import { issueView } from './issue';
import { repoView } from './repository';
import { labelTooLong } from '../rest/labels';

type Input = { input: Record<string, any> };
type Mutation = (args: Input) => View;

/** GitHub's limit on issue and comment bodies. */
const MAX_BODY = 65_536;

const unprocessable = (message: string) => new GraphQLError(message, { extensions: { type: 'UNPROCESSABLE' } });
const missing = (id: unknown) => new GraphQLError(`Could not resolve to a node with the global id of '${String(id)}'`, { extensions: { type: 'NOT_FOUND' } });

function checkBody(body: unknown): void {
  if (typeof body === 'string' && body.length > MAX_BODY) throw unprocessable(`Body is too long (maximum is ${MAX_BODY} characters)`);
}

/**
 * The mutations the emulator models; each validates everything before it changes anything and
 * returns GitHub's payload shape. An input field it does not model is an error, not ignored.
 */
export function mutations(store: Store, actor: string): Record<string, Mutation> {
  const issueById = (id: unknown): { repo: Repo; issue: Issue } => {
    const found = typeof id === 'string' ? store.byNodeId(id) : undefined;
    if (!found?.issue || found.comment) throw missing(id);
    return { repo: found.repo, issue: found.issue };
  };
  const commentById = (id: unknown): { repo: Repo; issue: Issue; comment: Comment } => {
    const found = typeof id === 'string' ? store.byNodeId(id) : undefined;
    if (!found?.issue || !found.comment) throw missing(id);
    return { repo: found.repo, issue: found.issue, comment: found.comment };
  };
  const labelNames = (repo: Repo, ids: unknown): string[] =>
    ((ids as string[] | undefined) ?? []).map((id) => {
      const found = store.byNodeId(id);
      if (!found?.label || found.repo !== repo) throw missing(id);
      return found.label.name;
    });
  const payload = (input: Record<string, any>, extra: View): View => ({ clientMutationId: input.clientMutationId ?? null, actor: actorView(actor), ...extra });

  const table: Record<string, [string[], Mutation]> = {
    addSubIssue: [
      ['issueId', 'subIssueId', 'subIssueUrl', 'replaceParent'],
      ({ input }) => {
        const { repo, issue } = issueById(input.issueId);
        const child = input.subIssueId ? issueById(input.subIssueId) : bySubIssueUrl(store, input.subIssueUrl);
        if (issue.pull || child.issue.pull) throw unprocessable('Pull requests cannot be sub-issues or parents');
        const problem = store.addSubIssue(repo, issue, child.issue, Boolean(input.replaceParent), child.repo);
        if (problem) throw unprocessable(problem);
        return payload(input, { issue: issueView(store, repo, issue), subIssue: issueView(store, child.repo, child.issue) });
      }
    ],
    removeSubIssue: [
      ['issueId', 'subIssueId'],
      ({ input }) => {
        const { repo, issue } = issueById(input.issueId);
        const child = issueById(input.subIssueId);
        if (!store.removeSubIssue(issue, child.issue, repo, child.repo)) throw unprocessable('Issue is not a sub-issue of this issue');
        return payload(input, { issue: issueView(store, repo, issue), subIssue: issueView(store, child.repo, child.issue) });
      }
    ],
    addComment: [
      ['subjectId', 'body'],
      ({ input }) => {
        const { repo, issue } = issueById(input.subjectId);
        if (!input.body) throw unprocessable("Body can't be blank");
        checkBody(input.body);
        const comment = store.addComment(repo, issue, input.body, actor);
        const node = commentView(repo, issue, comment);
        return payload(input, { commentEdge: { node, cursor: Buffer.from(`cursor:v2:${issue.comments.length - 1}`).toString('base64') }, subject: issueView(store, repo, issue), timelineEdge: { node, cursor: '' } });
      }
    ],
    updateIssueComment: [
      ['id', 'body'],
      ({ input }) => {
        const { repo, issue, comment } = commentById(input.id);
        checkBody(input.body);
        store.editComment(repo, issue, comment, input.body, actor);
        return payload(input, { issueComment: commentView(repo, issue, comment) });
      }
    ],
    deleteIssueComment: [
      ['id'],
      ({ input }) => {
        const { issue, comment } = commentById(input.id);
        store.deleteComment(issue, comment);
        return payload(input, {});
      }
    ],
    updateIssue: [
      ['id', 'title', 'body', 'state', 'labelIds', 'assigneeIds'],
      ({ input }) => {
        const { repo, issue } = issueById(input.id);
        if (issue.pull) throw missing(input.id);
        checkBody(input.body);
        const labels = input.labelIds ? labelNames(repo, input.labelIds) : undefined;
        const people = input.assigneeIds ? (input.assigneeIds as string[]).map(loginOf) : undefined;
        if (typeof input.title === 'string') issue.title = input.title;
        if (typeof input.body === 'string') store.setBody(repo, issue, input.body, actor);
        if (input.state) store.setState(issue, input.state === 'CLOSED' ? 'closed' : 'open', undefined, actor);
        if (labels) store.setLabels(repo, issue, labels, actor);
        if (people) {
          store.unassign(issue, issue.assignees.filter((a) => !people.includes(a)), actor);
          store.assign(issue, people, actor);
        }
        issue.updatedAt = store.iso();
        return payload(input, { issue: issueView(store, repo, issue) });
      }
    ],
    closeIssue: [
      ['issueId', 'stateReason', 'duplicateIssueId'],
      ({ input }) => {
        const { repo, issue } = issueById(input.issueId);
        if (issue.pull) throw missing(input.issueId);
        if (input.duplicateIssueId) issueById(input.duplicateIssueId);
        const reason = input.duplicateIssueId ? 'duplicate' : ((input.stateReason ?? 'COMPLETED') as string).toLowerCase();
        store.setState(issue, 'closed', reason as Issue['stateReason'], actor);
        return payload(input, { issue: issueView(store, repo, issue) });
      }
    ],
    reopenIssue: [
      ['issueId'],
      ({ input }) => {
        const { repo, issue } = issueById(input.issueId);
        if (issue.pull) throw missing(input.issueId);
        store.setState(issue, 'open', undefined, actor);
        return payload(input, { issue: issueView(store, repo, issue) });
      }
    ],
    addLabelsToLabelable: [
      ['labelableId', 'labelIds'],
      ({ input }) => {
        const { repo, issue } = issueById(input.labelableId);
        const names = labelNames(repo, input.labelIds);
        if (new Set([...issue.labels, ...names].map((n) => n.toLowerCase())).size > 100) throw unprocessable('An issue can have at most 100 labels');
        store.addLabels(repo, issue, names, actor);
        return payload(input, { labelable: issueView(store, repo, issue) });
      }
    ],
    removeLabelsFromLabelable: [
      ['labelableId', 'labelIds'],
      ({ input }) => {
        const { repo, issue } = issueById(input.labelableId);
        for (const name of labelNames(repo, input.labelIds)) store.removeLabel(repo, issue, name, actor);
        return payload(input, { labelable: issueView(store, repo, issue) });
      }
    ],
    createLabel: [
      ['repositoryId', 'name', 'color', 'description'],
      ({ input }) => {
        const found = store.byNodeId(input.repositoryId);
        if (!found || found.issue || found.label) throw missing(input.repositoryId);
        if (!/^[0-9a-fA-F]{6}$/.test(input.color)) throw unprocessable('Color is invalid');
        const tooLong = labelTooLong(input.name, input.description);
        if (tooLong) throw unprocessable(tooLong[0]!.toUpperCase() + tooLong.slice(1));
        if (store.label(found.repo, input.name)) throw unprocessable('Name has already been taken');
        const label = store.createLabel(found.repo, input.name, input.color, input.description ?? null);
        return payload(input, { label: labelView(label, found.repo), repository: repoView(store, found.repo) });
      }
    ]
  };
  return Object.fromEntries(
    Object.entries(table).map(([name, [known, run]]) => [
      name,
      (args: Input) => {
        refuseUnknown(args.input, ['clientMutationId', ...known], `${name[0]!.toUpperCase()}${name.slice(1)}Input`);
        return run(args);
      }
    ])
  );
}

/** The login behind a user node id from `actorView` (`U_<base64url login>`). */
function loginOf(id: string): string {
  const login = /^U_(.+)$/.exec(id)?.[1];
  if (!login) throw missing(id);
  return Buffer.from(login, 'base64url').toString();
}

function bySubIssueUrl(store: Store, url: unknown): { repo: Repo; issue: Issue } {
  const m = typeof url === 'string' ? /\/([^/]+)\/([^/]+)\/issues\/(\d+)$/.exec(url) : null;
  const repo = m ? store.repo(m[1]!, m[2]!) : undefined;
  const issue = repo?.issues.get(Number(m![3]));
  if (!repo || !issue) throw missing(url);
  return { repo, issue };
}
