import { associationOf, type Comment, type Issue, type Label, type Repo } from '../store';
import type { View } from './connection';

/**
 * An author, assignee or actor. As on GitHub, a bot is a `Bot` whose GraphQL login has no
 * `[bot]` suffix (`github-actions`), while REST says `github-actions[bot]`: code that
 * compares logins across the two must know it.
 */
export function actorView(login: string): View {
  const id = Buffer.from(login).toString('base64url');
  const bot = login.endsWith('[bot]');
  const name = login.replace(/\[bot\]$/, '');
  return {
    __typename: bot ? 'Bot' : 'User',
    login: name,
    id: `U_${id}`,
    url: bot ? `https://github.com/apps/${name}` : `https://github.com/${login}`,
    resourcePath: bot ? `/apps/${name}` : `/${login}`,
    avatarUrl: `https://avatars.githubusercontent.com/${encodeURIComponent(login)}`
  };
}

/**
 * `viewer`: the token's own account. For an installation token (GITHUB_TOKEN, an App's token)
 * GitHub answers with the app's bot account, login `slug[bot]`, typed as a User.
 */
export function viewerView(login: string): View {
  return { ...actorView(login), __typename: 'User', login };
}

export function labelView(label: Label, repo?: Repo): View {
  return {
    __typename: 'Label',
    id: label.nodeId,
    name: label.name,
    color: label.color,
    description: label.description,
    url: repo
      ? `https://github.com/${repo.owner}/${repo.name}/labels/${encodeURIComponent(label.name)}`
      : `https://github.com/labels/${encodeURIComponent(label.name)}`,
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
    authorAssociation: associationOf(repo, comment.author),
    createdAt: comment.createdAt,
    updatedAt: comment.updatedAt,
    lastEditedAt: comment.updatedAt !== comment.createdAt ? comment.updatedAt : null,
    url: `https://github.com/${repo.owner}/${repo.name}/${issue.pull ? 'pull' : 'issues'}/${issue.number}#issuecomment-${comment.id}`,
    isMinimized: false,
    // Whether the token's own login wrote it (the root's `viewer` is that login).
    viewerDidAuthor: (_args: unknown, info: { rootValue: { viewer: () => { login: string } } }) =>
      info.rootValue.viewer().login === comment.author
  };
}
