import type { components } from '@octokit/openapi-types';
import type { CheckRun, Comment, Issue, Label, Milestone, Repo, Store } from '../store';

/**
 * REST representations, shaped as GitHub's own responses and typed from GitHub's OpenAPI
 * description (`Pick`s of the published schemas: the fields a client could rely on).
 */
type Schemas = components['schemas'];
type RestUser = Schemas['simple-user'];
type RestLabel = Pick<Schemas['label'], 'id' | 'node_id' | 'url' | 'name' | 'color' | 'description' | 'default'>;
type RestIssue = Pick<
  Schemas['issue'],
  | 'id' | 'node_id' | 'url' | 'repository_url' | 'labels_url' | 'comments_url' | 'events_url' | 'timeline_url' | 'html_url' | 'number' | 'title' | 'body'
  | 'state' | 'state_reason' | 'locked' | 'user' | 'assignee' | 'assignees' | 'milestone' | 'comments' | 'created_at' | 'updated_at' | 'closed_at'
  | 'author_association' | 'sub_issues_summary' | 'parent_issue_url' | 'pull_request' | 'type'
> & { labels: RestLabel[] };
type RestComment = Pick<Schemas['issue-comment'], 'id' | 'node_id' | 'url' | 'html_url' | 'issue_url' | 'body' | 'user' | 'created_at' | 'updated_at' | 'author_association'>;
type RestCheckRun = Pick<Schemas['check-run'], 'id' | 'node_id' | 'name' | 'head_sha' | 'external_id' | 'status' | 'conclusion' | 'started_at' | 'completed_at' | 'url' | 'html_url' | 'details_url' | 'output'>;

/** An issue's type as GitHub's `issue-type` schema has it (ids derived from the name). */
function typeOf(issue: Issue): Schemas['issue-type'] | null {
  if (!issue.type) return null;
  const id = hashId(`type:${issue.type.toLowerCase()}`);
  return { id, node_id: `IT_${Buffer.from(issue.type).toString('base64url')}`, name: issue.type, description: null, color: 'gray', created_at: '2025-01-01T00:00:00Z', updated_at: '2025-01-01T00:00:00Z', is_enabled: true };
}

/** An issue's milestone as GitHub's `milestone` schema has it, with its issue counts. */
function milestoneOf(base: string, repo: Repo, issue: Issue): Schemas['milestone'] | null {
  const m: Milestone | undefined = repo.milestones.find((x) => x.number === issue.milestone);
  if (!m) return null;
  const members = [...repo.issues.values()].filter((i) => i.milestone === m.number);
  const url = `${base}/repos/${repo.owner}/${repo.name}/milestones/${m.number}`;
  return {
    url,
    html_url: `https://github.com/${repo.owner}/${repo.name}/milestone/${m.number}`,
    labels_url: `${url}/labels`,
    id: m.id,
    node_id: m.nodeId,
    number: m.number,
    state: m.state,
    title: m.title,
    description: m.description,
    creator: userJson(base, 'octocat'),
    open_issues: members.filter((i) => i.state === 'open').length,
    closed_issues: members.filter((i) => i.state === 'closed').length,
    created_at: m.createdAt,
    updated_at: m.createdAt,
    closed_at: null,
    due_on: m.dueOn
  };
}

export function userJson(base: string, login: string): RestUser {
  const url = `${base}/users/${login}`;
  return {
    login,
    id: hashId(login),
    node_id: `U_${Buffer.from(login).toString('base64url')}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${hashId(login)}?v=4`,
    gravatar_id: '',
    url,
    html_url: `https://github.com/${login}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: login.endsWith('[bot]') ? 'Bot' : 'User',
    site_admin: false
  };
}

export function repoJson(base: string, repo: Repo) {
  return {
    id: repo.id,
    node_id: repo.nodeId,
    name: repo.name,
    full_name: `${repo.owner}/${repo.name}`,
    owner: userJson(base, repo.owner),
    private: repo.private,
    visibility: repo.private ? 'private' : 'public',
    fork: false,
    archived: false,
    default_branch: repo.defaultBranch,
    url: `${base}/repos/${repo.owner}/${repo.name}`,
    html_url: `https://github.com/${repo.owner}/${repo.name}`,
    has_issues: true
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

export function issueJson(base: string, store: Store, repo: Repo, issue: Issue): RestIssue {
  const url = `${base}/repos/${repo.owner}/${repo.name}/issues/${issue.number}`;
  const html = `https://github.com/${repo.owner}/${repo.name}`;
  return {
    id: issue.id,
    node_id: issue.nodeId,
    url,
    repository_url: `${base}/repos/${repo.owner}/${repo.name}`,
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    timeline_url: `${url}/timeline`,
    html_url: `${html}/${issue.pull ? 'pull' : 'issues'}/${issue.number}`,
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
    milestone: milestoneOf(base, repo, issue),
    ...(issue.pull ? {} : { type: typeOf(issue) }),
    comments: issue.comments.length,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_at: issue.closedAt,
    author_association: 'MEMBER',
    sub_issues_summary: subIssuesSummary(repo, issue),
    parent_issue_url: issue.parent != null ? `${base}/repos/${repo.owner}/${repo.name}/issues/${issue.parent}` : null,
    ...(issue.pull
      ? {
          pull_request: {
            url: `${base}/repos/${repo.owner}/${repo.name}/pulls/${issue.number}`,
            html_url: `${html}/pull/${issue.number}`,
            diff_url: `${html}/pull/${issue.number}.diff`,
            patch_url: `${html}/pull/${issue.number}.patch`,
            merged_at: issue.pull.mergedAt
          }
        }
      : {})
  };
}

/** Completed sub-issues are those closed as completed; the percentage is rounded down. */
export function subIssuesSummary(repo: Repo, issue: Issue): Schemas['sub-issues-summary'] {
  const children = issue.subIssues.map((n) => repo.issues.get(n)).filter((c): c is Issue => Boolean(c));
  const completed = children.filter((c) => c.state === 'closed' && c.stateReason === 'completed').length;
  return { total: children.length, completed, percent_completed: children.length ? Math.floor((completed / children.length) * 100) : 0 };
}

export function pullJson(base: string, store: Store, repo: Repo, issue: Issue) {
  const pull = issue.pull!;
  const repoRef = repoJson(base, repo);
  const { pull_request: _links, state_reason: _reason, ...rest } = issueJson(base, store, repo, issue);
  return {
    ...rest,
    url: `${base}/repos/${repo.owner}/${repo.name}/pulls/${issue.number}`,
    issue_url: `${base}/repos/${repo.owner}/${repo.name}/issues/${issue.number}`,
    merged: pull.merged,
    merged_at: pull.mergedAt,
    merge_commit_sha: pull.merged ? pull.headSha : null,
    mergeable: issue.state === 'open' ? true : null,
    draft: false,
    changed_files: Math.min(pull.files.length, 3000),
    base: { ref: pull.baseRef, sha: pull.baseSha, label: `${repo.owner}:${pull.baseRef}`, user: userJson(base, repo.owner), repo: repoRef },
    head: { ref: pull.headRef, sha: pull.headSha, label: `${repo.owner}:${pull.headRef}`, user: userJson(base, repo.owner), repo: repoRef }
  };
}

export function commentJson(base: string, repo: Repo, issue: Issue, comment: Comment): RestComment {
  return {
    id: comment.id,
    node_id: comment.nodeId,
    url: `${base}/repos/${repo.owner}/${repo.name}/issues/comments/${comment.id}`,
    html_url: `https://github.com/${repo.owner}/${repo.name}/${issue.pull ? 'pull' : 'issues'}/${issue.number}#issuecomment-${comment.id}`,
    issue_url: `${base}/repos/${repo.owner}/${repo.name}/issues/${issue.number}`,
    body: comment.body,
    user: userJson(base, comment.author),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    author_association: 'MEMBER'
  };
}

export function checkRunJson(base: string, repo: Repo, run: CheckRun): RestCheckRun & { app: { slug: string; name: string } } {
  return {
    id: run.id,
    node_id: run.nodeId,
    name: run.name,
    head_sha: run.headSha,
    external_id: run.externalId,
    status: run.status as RestCheckRun['status'],
    conclusion: run.conclusion as RestCheckRun['conclusion'],
    started_at: run.startedAt,
    completed_at: run.completedAt,
    url: `${base}/repos/${repo.owner}/${repo.name}/check-runs/${run.id}`,
    html_url: `https://github.com/${repo.owner}/${repo.name}/runs/${run.id}`,
    details_url: null,
    output: { ...run.output, annotations_count: run.annotations.length, annotations_url: `${base}/repos/${repo.owner}/${repo.name}/check-runs/${run.id}/annotations` },
    app: { slug: 'github-actions', name: 'GitHub Actions' }
  };
}

function hashId(text: string): number {
  let h = 7;
  for (const c of text) h = (h * 31 + c.charCodeAt(0)) % 1_000_000_007;
  return h;
}
