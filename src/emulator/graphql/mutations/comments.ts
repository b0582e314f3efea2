import type { AddCommentInput, DeleteIssueCommentInput, UpdateIssueCommentInput } from '@octokit/graphql-schema';
import { commentView } from '../basic';
import { issueView } from '../issue';
import {
  checkBody,
  commentById,
  issueById,
  mutation,
  payload,
  unprocessable,
  type MutationContext,
  type MutationTable
} from './context';

/** `addComment`, `updateIssueComment`, `deleteIssueComment`. */
export function commentMutations(ctx: MutationContext): MutationTable {
  const { store, actor } = ctx;
  return {
    addComment: mutation<AddCommentInput>(['subjectId', 'body'], (input) => {
      const { repo, issue } = issueById(store, input.subjectId);
      if (!input.body) throw unprocessable("Body can't be blank");
      checkBody(input.body);
      const comment = store.addComment(repo, issue, input.body, actor);
      const node = commentView(repo, issue, comment);
      const cursor = Buffer.from(`cursor:v2:${issue.comments.length - 1}`).toString('base64');
      return payload(ctx, input, {
        commentEdge: { node, cursor },
        subject: issueView(store, repo, issue),
        timelineEdge: { node, cursor: '' }
      });
    }),
    updateIssueComment: mutation<UpdateIssueCommentInput>(['id', 'body'], (input) => {
      const { repo, issue, comment } = commentById(store, input.id);
      checkBody(input.body);
      store.editComment(repo, issue, comment, input.body, actor);
      return payload(ctx, input, { issueComment: commentView(repo, issue, comment) });
    }),
    deleteIssueComment: mutation<DeleteIssueCommentInput>(['id'], (input) => {
      const { issue, comment } = commentById(store, input.id);
      store.deleteComment(issue, comment);
      return payload(ctx, input, {});
    })
  };
}
