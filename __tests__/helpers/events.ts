import { createRequire } from 'node:module';

/**
 * Event payloads built from GitHub's published webhook examples (@octokit/webhooks-examples),
 * with only the fields a scenario needs overridden, so tests see the real payload shape.
 */
const require = createRequire(import.meta.url);
const examples: { name: string; examples: Record<string, any>[] }[] = require('@octokit/webhooks-examples');

export function example(name: string, action?: string): Record<string, any> {
  const group = examples.find((e) => e.name === name);
  if (!group) throw new Error(`no published example for event ${name}`);
  const found = (action ? group.examples.find((e) => e.action === action) : undefined) ?? group.examples[0];
  if (!found) throw new Error(`no published example for ${name}`);
  const copy = structuredClone(found);
  if (action) copy.action = action;
  return copy;
}

function withRepo(payload: Record<string, any>, fullName: string, defaultBranch = 'main'): Record<string, any> {
  const [owner, name] = fullName.split('/');
  payload.repository = {
    ...payload.repository,
    name,
    full_name: fullName,
    default_branch: defaultBranch,
    owner: { ...payload.repository?.owner, login: owner }
  };
  return payload;
}

export interface IssueFields {
  number: number;
  title?: string;
  body?: string | null;
  state?: 'open' | 'closed';
  state_reason?: 'completed' | 'not_planned' | 'reopened' | 'duplicate' | null;
  labels?: string[];
}

export function issueEvent(action: string, issue: IssueFields, repo = 'acme/app'): Record<string, any> {
  const payload = withRepo(example('issues', action), repo);
  payload.issue = {
    ...payload.issue,
    number: issue.number,
    title: issue.title ?? payload.issue.title,
    body: issue.body ?? null,
    state: issue.state ?? (action === 'closed' ? 'closed' : 'open'),
    state_reason: issue.state_reason ?? (action === 'closed' ? 'completed' : null),
    labels: (issue.labels ?? []).map((name) => ({ name, color: 'ededed', description: null })),
    html_url: `https://github.com/${repo}/issues/${issue.number}`
  };
  return payload;
}

export interface PullFields {
  number: number;
  title?: string;
  body?: string | null;
  merged?: boolean;
  base?: string;
  head?: string;
  headSha?: string;
  baseSha?: string;
  fork?: boolean;
}

export function pullRequestEvent(
  action: string,
  pr: PullFields,
  repo = 'acme/app',
  name = 'pull_request'
): Record<string, any> {
  const payload = withRepo(example('pull_request', action), repo);
  const merged = pr.merged ?? false;
  payload.pull_request = {
    ...payload.pull_request,
    number: pr.number,
    title: pr.title ?? payload.pull_request.title,
    body: pr.body ?? null,
    state: action === 'closed' ? 'closed' : 'open',
    merged,
    base: { ...payload.pull_request.base, ref: pr.base ?? 'main', sha: pr.baseSha ?? 'b'.repeat(40) },
    head: {
      ...payload.pull_request.head,
      ref: pr.head ?? `feature-${pr.number}`,
      sha: pr.headSha ?? 'a'.repeat(40),
      repo: {
        ...payload.pull_request.head?.repo,
        fork: pr.fork ?? false,
        full_name: pr.fork ? `fork/${repo.split('/')[1]}` : repo
      }
    }
  };
  payload.number = pr.number;
  void name;
  return payload;
}

export function scheduleEvent(repo = 'acme/app'): Record<string, any> {
  // GitHub's schedule payload is only the cron line plus the repository.
  return withRepo({ schedule: '0 6 * * *' }, repo);
}

export function workflowDispatchEvent(repo = 'acme/app'): Record<string, any> {
  const payload = withRepo(example('workflow_dispatch'), repo);
  payload.ref = 'refs/heads/main';
  payload.inputs = {};
  return payload;
}

export function pushEvent(
  files: { added?: string[]; modified?: string[] },
  repo = 'acme/app',
  ref = 'refs/heads/main',
  after = 'c'.repeat(40)
): Record<string, any> {
  const payload = withRepo(example('push'), repo);
  payload.ref = ref;
  payload.after = after;
  const commit = {
    ...(payload.commits?.[0] ?? {}),
    id: after,
    added: files.added ?? [],
    modified: files.modified ?? [],
    removed: []
  };
  payload.commits = [commit];
  payload.head_commit = commit;
  return payload;
}

export function workflowRunEvent(
  run: { id: number; headSha: string; headBranch: string; pullRequests: number[]; event?: string },
  repo = 'acme/app'
): Record<string, any> {
  const payload = withRepo(example('workflow_run', 'completed'), repo);
  payload.workflow_run = {
    ...payload.workflow_run,
    id: run.id,
    head_sha: run.headSha,
    head_branch: run.headBranch,
    event: run.event ?? 'pull_request',
    conclusion: 'success',
    pull_requests: run.pullRequests.map((number) => ({
      number,
      head: { sha: run.headSha, ref: run.headBranch },
      base: { ref: 'main' }
    }))
  };
  return payload;
}
