import type { components } from '@octokit/openapi-types';
import { dependencySummary } from '../planning';
import {
  associationOf,
  type CheckRun,
  type Comment,
  type Issue,
  type Label,
  type Milestone,
  type Repo,
  type Store
} from '../store';

/**
 * REST representations, shaped as GitHub's own responses and typed from GitHub's OpenAPI
 * description (`Pick`s of the published schemas: the fields a client could rely on).
 */
type Schemas = components['schemas'];
type RestUser = Schemas['simple-user'];
type RestLabel = Pick<Schemas['label'], 'id' | 'node_id' | 'url' | 'name' | 'color' | 'description' | 'default'>;
type RestIssue = Pick<
  Schemas['issue'],
  | 'id'
  | 'node_id'
  | 'url'
  | 'repository_url'
  | 'labels_url'
  | 'comments_url'
  | 'events_url'
  | 'timeline_url'
  | 'html_url'
  | 'number'
  | 'title'
  | 'body'
  | 'state'
  | 'state_reason'
  | 'locked'
  | 'user'
  | 'assignee'
  | 'assignees'
  | 'milestone'
  | 'comments'
  | 'created_at'
  | 'updated_at'
  | 'closed_at'
  | 'author_association'
  | 'sub_issues_summary'
  | 'parent_issue_url'
  | 'pull_request'
  | 'type'
  | 'issue_dependencies_summary'
> & { labels: RestLabel[] };
type RestComment = Pick<
  Schemas['issue-comment'],
  | 'id'
  | 'node_id'
  | 'url'
  | 'html_url'
  | 'issue_url'
  | 'body'
  | 'user'
  | 'created_at'
  | 'updated_at'
  | 'author_association'
>;
type RestCheckRun = Pick<
  Schemas['check-run'],
  | 'id'
  | 'node_id'
  | 'name'
  | 'head_sha'
  | 'external_id'
  | 'status'
  | 'conclusion'
  | 'started_at'
  | 'completed_at'
  | 'url'
  | 'html_url'
  | 'details_url'
  | 'output'
>;

/** An issue's type as GitHub's `issue-type` schema has it (ids derived from the name). */
function typeOf(issue: Issue): Schemas['issue-type'] | null {
  if (!issue.type) return null;
  const id = hashId(`type:${issue.type.toLowerCase()}`);
  return {
    id,
    node_id: `IT_${Buffer.from(issue.type).toString('base64url')}`,
    name: issue.type,
    description: null,
    color: 'gray',
    created_at: '2025-01-01T00:00:00Z',
    updated_at: '2025-01-01T00:00:00Z',
    is_enabled: true
  };
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

/** When the emulator's repositories were "created": GitHub requires the field, the emulator keeps no such time. */
const REPO_CREATED = '2020-01-01T00:00:00Z';

/** The URL templates of a repository answer (`{/number}` and the like are RFC 6570 templates, as GitHub sends them). */
function repoUrls(api: string, repo: Repo) {
  const template = (path: string) => `${api}/${path}`;
  return {
    archive_url: template('{archive_format}{/ref}'),
    assignees_url: template('assignees{/user}'),
    blobs_url: template('git/blobs{/sha}'),
    branches_url: template('branches{/branch}'),
    collaborators_url: template('collaborators{/collaborator}'),
    comments_url: template('comments{/number}'),
    commits_url: template('commits{/sha}'),
    compare_url: template('compare/{base}...{head}'),
    contents_url: template('contents/{+path}'),
    contributors_url: template('contributors'),
    deployments_url: template('deployments'),
    downloads_url: template('downloads'),
    events_url: template('events'),
    forks_url: template('forks'),
    git_commits_url: template('git/commits{/sha}'),
    git_refs_url: template('git/refs{/sha}'),
    git_tags_url: template('git/tags{/sha}'),
    git_url: `git://github.com/${repo.owner}/${repo.name}.git`,
    issue_comment_url: template('issues/comments{/number}'),
    issue_events_url: template('issues/events{/number}'),
    issues_url: template('issues{/number}'),
    keys_url: template('keys{/key_id}'),
    labels_url: template('labels{/name}'),
    languages_url: template('languages'),
    merges_url: template('merges'),
    milestones_url: template('milestones{/number}'),
    notifications_url: template('notifications{?since,all,participating}'),
    pulls_url: template('pulls{/number}'),
    releases_url: template('releases{/id}'),
    ssh_url: `git@github.com:${repo.owner}/${repo.name}.git`,
    stargazers_url: template('stargazers'),
    statuses_url: template('statuses/{sha}'),
    subscribers_url: template('subscribers'),
    subscription_url: template('subscription'),
    tags_url: template('tags'),
    teams_url: template('teams'),
    trees_url: template('git/trees{/sha}'),
    hooks_url: template('hooks')
  };
}

/** A repository as `GET /repos/{owner}/{repo}` answers it (`full-repository`; also fits `repository` and `minimal-repository`). */
export function repoJson(base: string, repo: Repo) {
  const api = `${base}/repos/${repo.owner}/${repo.name}`;
  const html = `https://github.com/${repo.owner}/${repo.name}`;
  let open = 0;
  for (const issue of repo.issues.values()) if (issue.state === 'open') open++;
  return {
    id: repo.id,
    node_id: repo.nodeId,
    name: repo.name,
    full_name: `${repo.owner}/${repo.name}`,
    owner: userJson(base, repo.owner),
    private: repo.private,
    visibility: repo.private ? 'private' : 'public',
    html_url: html,
    description: null,
    fork: false,
    url: api,
    ...repoUrls(api, repo),
    clone_url: `${html}.git`,
    mirror_url: null,
    svn_url: html,
    homepage: null,
    language: null,
    forks: 0,
    forks_count: 0,
    stargazers_count: 0,
    watchers: 0,
    watchers_count: 0,
    size: 0,
    default_branch: repo.defaultBranch,
    open_issues: open,
    open_issues_count: open,
    has_issues: true,
    has_projects: true,
    has_wiki: false,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    license: null,
    pushed_at: REPO_CREATED,
    created_at: REPO_CREATED,
    updated_at: REPO_CREATED,
    network_count: 0,
    subscribers_count: 0
  };
}

/** The GitHub Actions app, as check runs and events name it (`integration`). */
export function actionsAppJson(base: string) {
  return {
    id: 15368,
    slug: 'github-actions',
    node_id: 'MDM6QXBwMTUzNjg=',
    owner: userJson(base, 'github'),
    name: 'GitHub Actions',
    description: 'Automate your workflow from idea to production',
    external_url: 'https://help.github.com/en/actions',
    html_url: 'https://github.com/apps/github-actions',
    created_at: '2018-07-30T09:30:17Z',
    updated_at: '2024-04-10T20:33:16Z',
    permissions: {
      actions: 'write',
      checks: 'write',
      contents: 'write',
      issues: 'write',
      metadata: 'read',
      pull_requests: 'write'
    },
    events: ['check_run', 'check_suite', 'pull_request', 'push', 'workflow_run']
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
    labels: issue.labels.map((name) =>
      labelJson(base, repo, store.label(repo, name) ?? { id: 0, nodeId: '', name, color: 'ededed', description: null })
    ),
    assignee: issue.assignees[0] ? userJson(base, issue.assignees[0]) : null,
    assignees: issue.assignees.map((a) => userJson(base, a)),
    milestone: milestoneOf(base, repo, issue),
    ...(issue.pull ? {} : { type: typeOf(issue), issue_dependencies_summary: dependencySummary(store, repo, issue) }),
    comments: issue.comments.length,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_at: issue.closedAt,
    author_association: associationOf(repo, issue.author),
    sub_issues_summary: subIssuesSummary(store, repo, issue),
    parent_issue_url: parentUrl(base, store, repo, issue),
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

function parentUrl(base: string, store: Store, repo: Repo, issue: Issue): string | null {
  const parent = store.linked(repo, issue.parent);
  return parent ? `${base}/repos/${parent.repo.owner}/${parent.repo.name}/issues/${parent.issue.number}` : null;
}

/** Completed sub-issues are those closed as completed; the percentage is rounded down. */
export function subIssuesSummary(store: Store, repo: Repo, issue: Issue): Schemas['sub-issues-summary'] {
  const children = store.children(repo, issue).map((c) => c.issue);
  const completed = children.filter((c) => c.state === 'closed' && c.stateReason === 'completed').length;
  return {
    total: children.length,
    completed,
    percent_completed: children.length ? Math.floor((completed / children.length) * 100) : 0
  };
}

/** A pull request as `GET /pulls/{n}` answers it (`pull-request`); lists carry the same object. */
export function pullJson(base: string, store: Store, repo: Repo, issue: Issue) {
  const pull = issue.pull!;
  const repoRef = repoJson(base, repo);
  const {
    pull_request: _links,
    state_reason: _reason,
    sub_issues_summary: _summary,
    parent_issue_url: _parent,
    ...rest
  } = issueJson(base, store, repo, issue);
  const api = `${base}/repos/${repo.owner}/${repo.name}`;
  const html = `https://github.com/${repo.owner}/${repo.name}/pull/${issue.number}`;
  const url = `${api}/pulls/${issue.number}`;
  const side = (ref: string, sha: string) => ({
    ref,
    sha,
    label: `${repo.owner}:${ref}`,
    user: userJson(base, repo.owner),
    repo: repoRef
  });
  return {
    ...rest,
    url,
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${api}/issues/${issue.number}`,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    review_comment_url: `${api}/pulls/comments{/number}`,
    comments_url: `${api}/issues/${issue.number}/comments`,
    statuses_url: `${api}/statuses/${pull.headSha}`,
    merged: pull.merged,
    merged_at: pull.mergedAt,
    merged_by: pull.merged ? userJson(base, 'github-actions[bot]') : null,
    merge_commit_sha: pull.merged ? pull.headSha : null,
    mergeable: issue.state === 'open' ? true : null,
    mergeable_state: issue.state === 'open' ? 'clean' : 'unknown',
    maintainer_can_modify: false,
    draft: false,
    auto_merge: null,
    requested_reviewers: [],
    requested_teams: [],
    review_comments: 0,
    commits: 1,
    additions: pull.files.length,
    deletions: pull.files.length,
    changed_files: Math.min(pull.files.length, 3000),
    base: side(pull.baseRef, pull.baseSha),
    head: side(pull.headRef, pull.headSha),
    _links: pullLinks(api, url, html, issue.number, pull.headSha)
  };
}

/** The `_links` of a pull request: the same addresses as its `*_url` fields, as hrefs. */
function pullLinks(api: string, url: string, html: string, number: number, headSha: string) {
  return {
    self: { href: url },
    html: { href: html },
    issue: { href: `${api}/issues/${number}` },
    comments: { href: `${api}/issues/${number}/comments` },
    review_comments: { href: `${url}/comments` },
    review_comment: { href: `${api}/pulls/comments{/number}` },
    commits: { href: `${url}/commits` },
    statuses: { href: `${api}/statuses/${headSha}` }
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
    author_association: associationOf(repo, comment.author)
  };
}

/**
 * A check run (`check-run`): its suite, the GitHub Actions app, and the open pull requests
 * whose head is its commit (GitHub lists those of the same repository).
 */
export function checkRunJson(base: string, repo: Repo, run: CheckRun) {
  const api = `${base}/repos/${repo.owner}/${repo.name}`;
  const pulls = [...repo.issues.values()].filter((i) => i.pull && i.state === 'open' && i.pull.headSha === run.headSha);
  const minimalRepo = { id: repo.id, url: api, name: repo.name };
  return {
    id: run.id,
    node_id: run.nodeId,
    name: run.name,
    head_sha: run.headSha,
    external_id: run.externalId,
    status: run.status,
    // `stale` is off the published answer's enum: the contract check reports such an answer.
    conclusion: run.conclusion as RestCheckRun['conclusion'],
    started_at: run.startedAt,
    completed_at: run.completedAt,
    url: `${api}/check-runs/${run.id}`,
    html_url: `https://github.com/${repo.owner}/${repo.name}/runs/${run.id}`,
    details_url: null,
    output: {
      ...run.output,
      annotations_count: run.annotations.length,
      annotations_url: `${api}/check-runs/${run.id}/annotations`
    },
    // One suite per commit, as GitHub makes for an app's runs on a head commit.
    check_suite: { id: hashId(`${repo.owner}/${repo.name}@${run.headSha}`) },
    app: actionsAppJson(base),
    pull_requests: pulls.map((i) => ({
      id: i.id,
      number: i.number,
      url: `${api}/pulls/${i.number}`,
      head: { ref: i.pull!.headRef, sha: i.pull!.headSha, repo: minimalRepo },
      base: { ref: i.pull!.baseRef, sha: i.pull!.baseSha, repo: minimalRepo }
    }))
  };
}

function hashId(text: string): number {
  let h = 7;
  for (const c of text) h = (h * 31 + c.charCodeAt(0)) % 1_000_000_007;
  return h;
}
