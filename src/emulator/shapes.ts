import type { components } from '@octokit/openapi-types';
import type { CheckRun, Comment, Issue, Label, Repo, Store } from './store';

/**
 * REST representations, shaped as GitHub's own responses (typed from GitHub's OpenAPI
 * description, with the fields a client could rely on).
 */
type RestLabel = Pick<components['schemas']['label'], 'id' | 'node_id' | 'url' | 'name' | 'color' | 'description' | 'default'>;

export function userJson(base: string, login: string) {
  return { login, id: hashId(login), node_id: `U_${login}`, type: login.endsWith('[bot]') ? 'Bot' : 'User', url: `${base}/users/${login}`, html_url: `https://github.com/${login}`, site_admin: false };
}

export function repoJson(base: string, repo: Repo) {
  return {
    id: repo.id,
    node_id: repo.nodeId,
    name: repo.name,
    full_name: `${repo.owner}/${repo.name}`,
    owner: userJson(base, repo.owner),
    private: repo.private,
    default_branch: repo.defaultBranch,
    url: `${base}/repos/${repo.owner}/${repo.name}`,
    html_url: `https://github.com/${repo.owner}/${repo.name}`
  };
}

export function labelJson(base: string, repo: Repo, label: Label): RestLabel {
  return {
    id: label.id,
    node_id: label.nodeId,
    url: `${base}/repos/${repo.owner}/${repo.name}/labels/${encodeURIComponent(label.name)}`,
    name: label.name,
    color: label.color,
    description: label.description,
    default: false
  };
}

export function issueJson(base: string, store: Store, repo: Repo, issue: Issue) {
  const url = `${base}/repos/${repo.owner}/${repo.name}/issues/${issue.number}`;
  return {
    id: issue.id,
    node_id: issue.nodeId,
    url,
    repository_url: `${base}/repos/${repo.owner}/${repo.name}`,
    html_url: `https://github.com/${repo.owner}/${repo.name}/${issue.pull ? 'pull' : 'issues'}/${issue.number}`,
    number: issue.number,
    title: issue.title,
    body: issue.body,
    state: issue.state,
    state_reason: issue.stateReason,
    locked: false,
    user: userJson(base, issue.author),
    labels: issue.labels.map((name) => labelJson(base, repo, store.label(repo, name) ?? { id: 0, nodeId: '', name, color: 'ededed', description: null })),
    assignee: issue.assignees[0] ? userJson(base, issue.assignees[0]) : null,
    assignees: issue.assignees.map((a) => userJson(base, a)),
    comments: issue.comments.length,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_at: issue.closedAt,
    author_association: 'MEMBER',
    sub_issues_summary: subIssuesSummary(repo, issue),
    ...(issue.pull
      ? { pull_request: { url: `${base}/repos/${repo.owner}/${repo.name}/pulls/${issue.number}`, html_url: `https://github.com/${repo.owner}/${repo.name}/pull/${issue.number}`, merged_at: issue.pull.mergedAt } }
      : {})
  };
}

export function subIssuesSummary(repo: Repo, issue: Issue) {
  const children = issue.subIssues.map((n) => repo.issues.get(n)).filter((c): c is Issue => Boolean(c));
  const completed = children.filter((c) => c.state === 'closed' && c.stateReason === 'completed').length;
  return { total: children.length, completed, percent_completed: children.length ? Math.floor((completed / children.length) * 100) : 0 };
}

export function pullJson(base: string, store: Store, repo: Repo, issue: Issue) {
  const pull = issue.pull!;
  const repoRef = repoJson(base, repo);
  return {
    ...issueJson(base, store, repo, issue),
    url: `${base}/repos/${repo.owner}/${repo.name}/pulls/${issue.number}`,
    merged: pull.merged,
    merged_at: pull.mergedAt,
    draft: false,
    changed_files: Math.min(pull.files.length, 3000),
    base: { ref: pull.baseRef, sha: pull.baseSha, label: `${repo.owner}:${pull.baseRef}`, repo: repoRef },
    head: { ref: pull.headRef, sha: pull.headSha, label: `${repo.owner}:${pull.headRef}`, repo: repoRef }
  };
}

export function commentJson(base: string, repo: Repo, issue: Issue, comment: Comment) {
  return {
    id: comment.id,
    node_id: comment.nodeId,
    url: `${base}/repos/${repo.owner}/${repo.name}/issues/comments/${comment.id}`,
    html_url: `https://github.com/${repo.owner}/${repo.name}/issues/${issue.number}#issuecomment-${comment.id}`,
    issue_url: `${base}/repos/${repo.owner}/${repo.name}/issues/${issue.number}`,
    body: comment.body,
    user: userJson(base, comment.author),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    author_association: 'MEMBER'
  };
}

export function checkRunJson(base: string, repo: Repo, run: CheckRun) {
  return {
    id: run.id,
    node_id: run.nodeId,
    name: run.name,
    head_sha: run.headSha,
    external_id: run.externalId,
    status: run.status,
    conclusion: run.conclusion,
    started_at: run.startedAt,
    completed_at: run.completedAt,
    url: `${base}/repos/${repo.owner}/${repo.name}/check-runs/${run.id}`,
    html_url: `https://github.com/${repo.owner}/${repo.name}/runs/${run.id}`,
    output: { ...run.output, annotations_count: run.annotations.length, annotations_url: `${base}/repos/${repo.owner}/${repo.name}/check-runs/${run.id}/annotations` },
    app: { slug: 'github-actions', name: 'GitHub Actions' }
  };
}

function hashId(text: string): number {
  let h = 7;
  for (const c of text) h = (h * 31 + c.charCodeAt(0)) % 1_000_000_007;
  return h;
}
