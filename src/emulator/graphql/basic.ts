import type { Comment, Issue, Label, Repo } from '../store';
import type { View } from './connection';

export function actorView(login: string): View {
  const id = Buffer.from(login).toString('base64url');
  return {
    __typename: login.endsWith('[bot]') ? 'Bot' : 'User',
    login,
    id: `U_${id}`,
    url: `https://github.com/${login.replace(/\[bot\]$/, '')}`,
    resourcePath: `/${login}`,
    avatarUrl: `https://avatars.githubusercontent.com/${encodeURIComponent(login)}`
  };
}

export function labelView(label: Label, repo?: Repo): View {
  return {
    __typename: 'Label',
    id: label.nodeId,
    name: label.name,
    color: label.color,
    description: label.description,
    url: repo ? `https://github.com/${repo.owner}/${repo.name}/labels/${encodeURIComponent(label.name)}` : `https://github.com/labels/${encodeURIComponent(label.name)}`,
    isDefault: false
  };
}

/** A label the issue still carries by name after its definition went away. */
export const orphanLabel = (name: string): Label => ({ id: 0, nodeId: '', name, color: 'ededed', description: null });

export function commentView(repo: Repo, issue: Issue, comment: Comment): View {
  return {
    __typename: 'IssueComment',
    id: comment.nodeId,
    databaseId: comment.id,
    body: comment.body,
    author: actorView(comment.author),
    authorAssociation: 'MEMBER',
    createdAt: comment.createdAt,
    updatedAt: comment.updatedAt,
    lastEditedAt: comment.updatedAt !== comment.createdAt ? comment.updatedAt : null,
    url: `https://github.com/${repo.owner}/${repo.name}/${issue.pull ? 'pull' : 'issues'}/${issue.number}#issuecomment-${comment.id}`,
    isMinimized: false,
    // Whether the token's own login wrote it (the root's `viewer` is that login).
    viewerDidAuthor: (_args: unknown, info: { rootValue: { viewer: () => { login: string } } }) => info.rootValue.viewer().login === comment.author
  };
}
