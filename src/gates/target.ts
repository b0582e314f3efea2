import type { EventPayload } from '../core/event';
import type { RunContext } from '../core/feature';
import type { GatesSection } from './config';

/** What a run of the gates measures and where the results go, from the event. */
export interface Target {
  /** Why this event is not for the gates (e.g. a workflow_run still in progress). */
  skip?: string;
  /** The commit the results belong to: the check run goes there. */
  headSha?: string;
  /** The commit to compare with (a PR's base, a push's previous head). */
  baseSha?: string;
  /** The pull request that gets the sticky comment. */
  pullRequest?: number;
  /** A default-branch run: metric lines may tick. */
  onDefaultBranch: boolean;
  /** workflow_run: read the reports from this run's artifacts instead of the workspace. */
  artifactsOfRun?: number;
}

const ZERO = /^0+$/;
const GATED_PR_ACTIONS = new Set(['opened', 'synchronize', 'reopened', 'ready_for_review']);

interface PullRef {
  number: number;
  head?: { sha?: string };
  base?: { sha?: string };
}

/**
 * The PR a workflow run belongs to. `workflow_run.pull_requests` is empty for fork PRs, so
 * open PRs are then searched for the run's head repository, branch and commit.
 */
/** The login owning the run's head repository (a fork's owner): not in every published shape of a run. */
function headOwner(wr: object): string | undefined {
  const repo: unknown = 'head_repository' in wr ? wr.head_repository : undefined;
  const owner: unknown = repo && typeof repo === 'object' && 'owner' in repo ? repo.owner : undefined;
  const login: unknown = owner && typeof owner === 'object' && 'login' in owner ? owner.login : undefined;
  return typeof login === 'string' ? login : undefined;
}

/** A workflow_run event's run, as GitHub's published webhook types describe it. */
type WorkflowRun = NonNullable<EventPayload['workflow_run']>;

async function pullOfRun(ctx: RunContext<GatesSection>, wr: WorkflowRun): Promise<PullRef | undefined> {
  const listed: PullRef[] = Array.isArray(wr.pull_requests) ? wr.pull_requests : [];
  const direct = listed.find((p) => p.head?.sha === wr.head_sha) ?? listed[0];
  if (direct?.number) return direct;
  const owner = headOwner(wr);
  const branch = wr.head_branch;
  const params: Record<string, unknown> = {
    ...ctx.event.repo,
    state: 'open',
    ...(owner && branch ? { head: `${owner}:${branch}` } : {})
  };
  const pulls = await ctx.github.paginate<PullRef>('GET /repos/{owner}/{repo}/pulls', params, (items) =>
    items.some((p) => p.head?.sha === wr.head_sha)
  );
  return pulls.find((p) => p.head?.sha === wr.head_sha);
}

/** The pull request's head commit now (the event's copy may be older than the run's end). */
async function currentHead(ctx: RunContext<GatesSection>, number: number): Promise<string | undefined> {
  const pull = await ctx.github.request<{ head?: { sha?: string } }>('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
    ...ctx.event.repo,
    pull_number: number
  });
  return pull.data.head?.sha;
}

/**
 * workflow_run (the fork-PR pattern): the results are the triggering run's artifacts, and the
 * comment goes to the PR that run tested, but only while the run's commit is still its head.
 */
async function workflowRunTarget(ctx: RunContext<GatesSection>, defaultBranch: string | undefined): Promise<Target> {
  const { payload } = ctx.event;
  const wr = payload.workflow_run;
  if (!wr || (payload.action && payload.action !== 'completed'))
    return { skip: 'the workflow run has not completed', onDefaultBranch: false };
  const base = { headSha: wr.head_sha, artifactsOfRun: Number(wr.id) };
  if (wr.event === 'pull_request' || wr.event === 'pull_request_target') {
    const pr = await pullOfRun(ctx, wr);
    if (!pr) return { ...base, onDefaultBranch: false };
    // Runs finish in any order: a run of an older commit must not overwrite the newer one's comment.
    const current = await currentHead(ctx, pr.number);
    if (current !== wr.head_sha) {
      ctx.log.info(
        `quality gates: run ${wr.id} tested ${String(wr.head_sha).slice(0, 7)}, but #${pr.number} is now at ${current ? current.slice(0, 7) : 'an unknown commit'}: no comment on the pull request (the check run stays on its own commit)`
      );
      return { ...base, ...(pr.base?.sha ? { baseSha: pr.base.sha } : {}), onDefaultBranch: false };
    }
    return {
      ...base,
      pullRequest: pr.number,
      ...(pr.base?.sha ? { baseSha: pr.base.sha } : {}),
      onDefaultBranch: false
    };
  }
  return {
    ...base,
    onDefaultBranch: Boolean(defaultBranch) && wr.head_branch === defaultBranch && wr.event !== 'pull_request'
  };
}

/**
 * Reads the event into a Target. push/schedule/workflow_dispatch on the default branch record
 * results; pull_request gates a PR against its base commit; workflow_run (the fork-PR pattern)
 * reads the triggering run's artifacts and reports to the PR that run belongs to.
 */
export async function resolveTarget(ctx: RunContext<GatesSection>): Promise<Target> {
  const { name, payload, ref, sha } = ctx.event;
  const defaultBranch: string | undefined = payload.repository?.default_branch;
  const isDefault = (r: string | undefined) =>
    defaultBranch ? r === `refs/heads/${defaultBranch}` || r === defaultBranch : false;
  switch (name) {
    case 'pull_request_target':
      // Its workspace is the base branch: never results of the PR's code. Fork PRs are gated
      // through workflow_run, from the artifacts of the run that tested them.
      return {
        skip: "pull_request_target runs hold no results of the PR's code (gate fork PRs through workflow_run)",
        onDefaultBranch: false
      };
    case 'pull_request': {
      const pr = payload.pull_request;
      // Only new code is measured: a closed, edited or labelled PR has no new results.
      if (payload.action && !GATED_PR_ACTIONS.has(payload.action))
        return { skip: `a pull_request.${payload.action} event brings no new results`, onDefaultBranch: false };
      return {
        headSha: pr?.head?.sha ?? sha,
        ...(pr?.base?.sha ? { baseSha: pr.base.sha } : {}),
        ...(pr?.number ? { pullRequest: pr.number } : {}),
        onDefaultBranch: false
      };
    }
    case 'push': {
      const before: string | undefined = payload.before;
      return {
        headSha: payload.after ?? sha,
        ...(before && !ZERO.test(before) ? { baseSha: before } : {}),
        onDefaultBranch: isDefault(payload.ref ?? ref)
      };
    }
    case 'schedule':
      // A scheduled run always runs on the default branch.
      return { ...(sha ? { headSha: sha } : {}), onDefaultBranch: true };
    case 'workflow_dispatch':
      return { ...(sha ? { headSha: sha } : {}), onDefaultBranch: !defaultBranch || isDefault(ref) };
    case 'workflow_run':
      return workflowRunTarget(ctx, defaultBranch);
    default:
      return { skip: `the ${name} event is not for the gates`, onDefaultBranch: false };
  }
}
