import type { Store } from '../../emulator';

/**
 * Event payloads with the fields GitHub sends that the action reads (`action`, `issue`,
 * `pull_request`, `repository`, `sender`), built from the emulator's current state so an event
 * says what GitHub would say at that moment.
 */

type Payload = Record<string, unknown>;
type Repo = NonNullable<ReturnType<Store['repo']>>;

export function repositoryOf(repo: Repo): Payload {
  const fullName = `${repo.owner}/${repo.name}`;
  return {
    id: repo.id,
    name: repo.name,
    full_name: fullName,
    private: repo.private,
    html_url: `https://github.com/${fullName}`,
    default_branch: repo.defaultBranch,
    owner: { login: repo.owner, type: 'Organization' }
  };
}

const user = (login: string) => ({ login, type: login.endsWith('[bot]') ? 'Bot' : 'User' });

export function issuesEvent(repo: Repo, action: string, number: number, sender: string): Payload {
  const issue = repo.issues.get(number);
  if (!issue) throw new Error(`demo: no issue #${number}`);
  return {
    action,
    issue: {
      id: issue.id,
      node_id: issue.nodeId,
      number,
      title: issue.title,
      body: issue.body,
      state: issue.state,
      state_reason: issue.stateReason,
      labels: issue.labels.map((name) => ({ name })),
      assignees: issue.assignees.map(user),
      user: user(issue.author),
      created_at: issue.createdAt,
      closed_at: issue.closedAt,
      html_url: `https://github.com/${repo.owner}/${repo.name}/issues/${number}`
    },
    repository: repositoryOf(repo),
    sender: user(sender)
  };
}

export function pullRequestEvent(repo: Repo, action: string, number: number, sender: string): Payload {
  const pr = repo.issues.get(number);
  if (!pr?.pull) throw new Error(`demo: no pull request #${number}`);
  const fullName = `${repo.owner}/${repo.name}`;
  const repository = repositoryOf(repo);
  return {
    action,
    number,
    pull_request: {
      id: pr.id,
      node_id: pr.nodeId,
      number,
      title: pr.title,
      body: pr.body,
      state: pr.state,
      merged: pr.pull.merged,
      merged_at: pr.pull.mergedAt,
      labels: pr.labels.map((name) => ({ name })),
      user: user(pr.author),
      html_url: `https://github.com/${fullName}/pull/${number}`,
      head: { ref: pr.pull.headRef, sha: pr.pull.headSha, repo: { ...repository, fork: false } },
      base: { ref: pr.pull.baseRef, sha: pr.pull.baseSha, repo: { ...repository, fork: false } }
    },
    repository,
    sender: user(sender)
  };
}

export function pushEvent(
  repo: Repo,
  push: {
    before: string;
    after: string;
    message: string;
    at: string;
    pusher: string;
    added?: string[];
    modified?: string[];
  }
): Payload {
  const { before, after, message, pusher } = push;
  const commit = {
    id: after,
    message,
    timestamp: push.at,
    author: { username: pusher },
    added: push.added ?? [],
    modified: push.modified ?? [],
    removed: []
  };
  return {
    ref: `refs/heads/${repo.defaultBranch}`,
    before,
    after,
    created: false,
    deleted: false,
    forced: false,
    commits: [commit],
    head_commit: commit,
    pusher: { name: pusher },
    repository: repositoryOf(repo),
    sender: user(pusher)
  };
}

export function scheduleEvent(repo: Repo, cron: string): Payload {
  // GitHub's schedule payload is only the cron line and the repository.
  return { schedule: cron, repository: repositoryOf(repo) };
}
