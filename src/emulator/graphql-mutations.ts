import { GraphQLError } from 'graphql';
import { issueView, labelView, type View } from './graphql-views';
import type { Issue, Repo, Store } from './store';

type Input = { input: Record<string, any> };

/** The mutations the emulator models; each returns the payload shape of GitHub's schema. */
export function mutations(store: Store, actor: string): Record<string, (args: Input) => View> {
  const issueById = (id: string): { repo: Repo; issue: Issue } => {
    const found = store.byNodeId(id);
    if (!found?.issue || found.comment) throw new GraphQLError(`Could not resolve to a node with the global id of '${id}'`, { extensions: { type: 'NOT_FOUND' } });
    return { repo: found.repo, issue: found.issue };
  };
  const payload = (extra: View, input: Record<string, any>): View => ({ clientMutationId: input.clientMutationId ?? null, ...extra });
  return {
    addSubIssue: ({ input }) => {
      const { repo, issue } = issueById(input.issueId);
      const child = input.subIssueId ? issueById(input.subIssueId).issue : undefined;
      if (!child) throw new GraphQLError('emulator: addSubIssue needs subIssueId');
      const problem = store.addSubIssue(repo, issue, child, Boolean(input.replaceParent));
      if (problem) throw new GraphQLError(problem, { extensions: { type: 'UNPROCESSABLE' } });
      return payload({ issue: issueView(store, repo, issue), subIssue: issueView(store, repo, child) }, input);
    },
    removeSubIssue: ({ input }) => {
      const { repo, issue } = issueById(input.issueId);
      const child = issueById(input.subIssueId).issue;
      store.removeSubIssue(issue, child);
      return payload({ issue: issueView(store, repo, issue), subIssue: issueView(store, repo, child) }, input);
    },
    addComment: ({ input }) => {
      const { repo, issue } = issueById(input.subjectId);
      const comment = store.addComment(repo, issue, input.body, actor);
      const node = { __typename: 'IssueComment', id: comment.nodeId, databaseId: comment.id, body: comment.body };
      return payload({ commentEdge: { node, cursor: '' }, subject: issueView(store, repo, issue) }, input);
    },
    updateIssue: ({ input }) => {
      const { repo, issue } = issueById(input.id);
      if (typeof input.title === 'string') issue.title = input.title;
      if (typeof input.body === 'string') {
        issue.body = input.body;
        store.crossReference(repo, issue, issue.body, actor);
      }
      if (input.state) store.setState(issue, input.state === 'CLOSED' ? 'closed' : 'open', undefined, actor);
      return payload({ issue: issueView(store, repo, issue) }, input);
    },
    closeIssue: ({ input }) => {
      const { repo, issue } = issueById(input.issueId);
      store.setState(issue, 'closed', (input.stateReason ?? 'COMPLETED').toLowerCase(), actor);
      return payload({ issue: issueView(store, repo, issue) }, input);
    },
    reopenIssue: ({ input }) => {
      const { repo, issue } = issueById(input.issueId);
      store.setState(issue, 'open', undefined, actor);
      return payload({ issue: issueView(store, repo, issue) }, input);
    },
    addLabelsToLabelable: ({ input }) => {
      const { repo, issue } = issueById(input.labelableId);
      const names = (input.labelIds as string[]).map((id) => store.byNodeId(id)?.label?.name).filter((n): n is string => Boolean(n));
      store.addLabels(repo, issue, names, actor);
      return payload({ labelable: issueView(store, repo, issue) }, input);
    },
    removeLabelsFromLabelable: ({ input }) => {
      const { repo, issue } = issueById(input.labelableId);
      for (const id of input.labelIds as string[]) {
        const name = store.byNodeId(id)?.label?.name;
        if (name) store.removeLabel(repo, issue, name, actor);
      }
      return payload({ labelable: issueView(store, repo, issue) }, input);
    }
  };
}

export { labelView };
