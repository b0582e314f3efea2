import { stripSource, withSource } from '../core/source';
import type { Logger } from '../core/log';
import type {
  AddLabelsOp,
  CheckRunOp,
  CreateLabelOp,
  LabelDefinition,
  Operation,
  OpResult,
  ProjectStatusOp,
  RemoveLabelOp,
  RepoRef,
  SetBodyOp,
  SetIssueFieldOp,
  UpdateLabelOp,
  UpsertCommentOp
} from '../core/plan';
import { describeOp, hexColor as hex, opIssue } from '../core/plan';
import { httpStatus, type GitHub } from '../core/port';
import { findComment } from './comments';
import { lookupLabels } from './labels';

/** The Projects status update an epic's verdict becomes (see src/escalations/project.ts). */
export const PROJECT_STATUS_MUTATION = /* GraphQL */ `
  mutation EpicProjectStatus(
    $projectId: ID!
    $status: ProjectV2StatusUpdateStatus!
    $body: String!
    $targetDate: Date
  ) {
    createProjectV2StatusUpdate(
      input: { projectId: $projectId, status: $status, body: $body, targetDate: $targetDate }
    ) {
      statusUpdate {
        id
        status
        createdAt
      }
    }
  }
`;

export interface ExecutorOptions {
  github: GitHub;
  repo: RepoRef;
  log: Logger;
  dryRun: boolean;
  /** Write requests allowed in this run; past it operations are reported, not made. */
  maxWrites: number;
  /** Labels to create (with their colour and description) before they are first applied. */
  definitions: LabelDefinition[];
  /** The workflow run's page, linked from every comment written (with the check run, once known). */
  runUrl?: string;
}

const ANNOTATIONS_PER_REQUEST = 50;

/**
 * The only code that writes to GitHub. It applies plans operation by operation, skipping
 * what would change nothing, and records an outcome for each (for the summary and outputs).
 * Failures are isolated per issue: a failed write stops the rest of its own issue's operations
 * (so one issue never ends half-applied in an order its author did not intend) and never
 * another issue's. A write GitHub refused for lack of permission stops nothing: the writes
 * needing the same permission are refused unsent, the others go.
 */
export class Executor {
  readonly results: OpResult[] = [];
  writes = 0;
  /** Writes GitHub refused for lack of permission: the permission to add -> what to tell the user. */
  readonly refused = new Map<string, string>();
  /** Lower-cased label names known to exist in the event's repository. */
  readonly knownLabels = new Set<string>();
  /** The page of the check run this run wrote (or found unchanged): later comments link to it. */
  checkUrl?: string;

  constructor(private readonly options: ExecutorOptions) {}

  get budgetExhausted(): boolean {
    return this.writes >= this.options.maxWrites;
  }

  async apply(plan: Operation[]): Promise<OpResult[]> {
    const results: OpResult[] = [];
    for (const [issue, ops] of groupByIssue(plan)) {
      const { log } = this.options;
      if (issue !== undefined) log.startGroup(`[#${issue}]`);
      try {
        results.push(...(await this.applyGroup(ops)));
      } finally {
        if (issue !== undefined) log.endGroup();
      }
    }
    return results;
  }

  /** One issue's operations in order; the first failure marks the rest of them not attempted. */
  private async applyGroup(ops: Operation[]): Promise<OpResult[]> {
    const results: OpResult[] = [];
    let stopped: string | undefined;
    for (const op of ops) {
      const result = stopped
        ? { op, status: 'failed' as const, writes: 0, detail: `not attempted: ${stopped}` }
        : await this.applyOne(op);
      if (result.status === 'failed' && !stopped && !result.refused)
        stopped = result.detail ?? 'an earlier write failed';
      results.push(result);
      this.results.push(result);
      this.options.log.info(
        `${prefix(op)}${describeOp(op)}: ${result.status}${result.detail ? ` (${result.detail})` : ''} — ${op.why}`
      );
    }
    return results;
  }

  private async applyOne(op: Operation): Promise<OpResult> {
    if (this.options.dryRun) return { op, status: 'dry-run', writes: 0 };
    // Once GitHub refused a kind of write, the others of that kind are not attempted; writes
    // that need another permission still are (a missing checks: write must not stop epics).
    const needed = permissionFor(op);
    const refused = this.refused.get(needed);
    if (refused) return { op, status: 'failed', writes: 0, detail: refused, refused: true };
    const before = this.writes;
    try {
      const outcome = await this.perform(op);
      return { op, writes: this.writes - before, ...outcome };
    } catch (error) {
      const status = httpStatus(error);
      const message = error instanceof Error ? error.message : String(error);
      const issue = opIssue(op);
      if (issue !== undefined && (status === 410 || status === 301)) {
        const what =
          status === 410 ? 'was deleted' : 'was transferred to another repository (the redirect is not followed)';
        return {
          op,
          status: 'failed',
          writes: this.writes - before,
          detail: `issue #${issue} ${what}: its operations are skipped, the rest of the plan goes on`
        };
      }
      if (status === 403 && !/rate limit/i.test(message)) {
        const problem = `GitHub refused the write (403: ${message}); the workflow needs \`permissions: ${needed}\``;
        this.refused.set(needed, problem);
        return { op, status: 'failed', writes: this.writes - before, detail: problem, refused: true };
      }
      return {
        op,
        status: 'failed',
        writes: this.writes - before,
        detail: `${status ? `HTTP ${status}: ` : ''}${message}`
      };
    }
  }

  /** Reserves `count` writes from the budget, or says the operation is over budget. */
  private reserve(count = 1): boolean {
    if (this.writes + count > this.options.maxWrites) return false;
    this.writes += count;
    return true;
  }

  private repoOf(op: Operation): RepoRef {
    return op.repo ?? this.options.repo;
  }

  private async perform(op: Operation): Promise<Omit<OpResult, 'op' | 'writes'>> {
    const repo = this.repoOf(op);
    switch (op.kind) {
      case 'create-label':
      case 'update-label':
        return this.labelDefinitionWrite(op, repo);
      case 'set-body':
        return this.setBody(op, repo);
      case 'add-labels':
      case 'remove-label':
        return this.issueLabelWrite(op, repo);
      case 'upsert-comment':
        return this.upsertComment(op, repo);
      case 'set-issue-state': {
        if (!this.reserve()) return this.overBudget();
        await this.options.github.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
          ...repo,
          issue_number: op.issue,
          state: op.state,
          ...(op.stateReason ? { state_reason: op.stateReason } : {})
        });
        return { status: 'applied' };
      }
      case 'check-run':
        return this.checkRun(op, repo);
      case 'set-issue-field':
      case 'project-status':
        return this.reserve() ? this.planningWrite(op, repo) : this.overBudget();
    }
  }

  /** What an operation the budget has no write left for reports. */
  private overBudget(): Omit<OpResult, 'op' | 'writes'> {
    return { status: 'over-budget', detail: `max-writes (${this.options.maxWrites}) reached` };
  }

  /** A label of the repository: created, or its colour and description updated. */
  private async labelDefinitionWrite(
    op: CreateLabelOp | UpdateLabelOp,
    repo: RepoRef
  ): Promise<Omit<OpResult, 'op' | 'writes'>> {
    if (!this.reserve()) return this.overBudget();
    const fields = { ...repo, name: op.name, color: hex(op.color), description: op.description };
    if (op.kind === 'update-label') {
      await this.options.github.request('PATCH /repos/{owner}/{repo}/labels/{name}', fields);
      return { status: 'applied' };
    }
    try {
      await this.options.github.request('POST /repos/{owner}/{repo}/labels', fields);
    } catch (error) {
      // Another run created it meanwhile: the outcome we wanted.
      if (httpStatus(error) === 422) return { status: 'unchanged', detail: 'already exists' };
      throw error;
    }
    this.knownLabels.add(op.name.toLowerCase());
    return { status: 'applied' };
  }

  /** Labels on an issue: added (the label defined first when missing) or one removed. */
  private async issueLabelWrite(
    op: AddLabelsOp | RemoveLabelOp,
    repo: RepoRef
  ): Promise<Omit<OpResult, 'op' | 'writes'>> {
    const { github } = this.options;
    if (op.kind === 'add-labels') {
      if (op.labels.length === 0) return { status: 'unchanged' };
      await this.ensureLabels(repo, op.labels);
      if (!this.reserve()) return this.overBudget();
      await github.request('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', {
        ...repo,
        issue_number: op.issue,
        labels: op.labels
      });
      return { status: 'applied' };
    }
    if (!this.reserve()) return this.overBudget();
    try {
      await github.request('DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}', {
        ...repo,
        issue_number: op.issue,
        name: op.label
      });
    } catch (error) {
      if (httpStatus(error) === 404) return { status: 'unchanged', detail: 'label was not on the issue' };
      throw error;
    }
    return { status: 'applied' };
  }

  /** GitHub's planning features: an issue field value (REST, preview), a Projects status update (GraphQL). */
  private async planningWrite(
    op: SetIssueFieldOp | ProjectStatusOp,
    repo: RepoRef
  ): Promise<Omit<OpResult, 'op' | 'writes'>> {
    const { github } = this.options;
    if (op.kind === 'set-issue-field') {
      await github.request('POST /repos/{owner}/{repo}/issues/{issue_number}/issue-field-values', {
        ...repo,
        issue_number: op.issue,
        issue_field_values: [{ field_id: op.fieldId, value: op.value }]
      });
    } else {
      await github.graphql(PROJECT_STATUS_MUTATION, {
        projectId: op.projectId,
        status: op.status,
        body: op.body,
        targetDate: op.targetDate ?? null
      });
    }
    return { status: 'applied' };
  }

  /** Creates the defined labels among `names` that the repository lacks, before they are applied. */
  private async ensureLabels(repo: RepoRef, names: string[]): Promise<void> {
    if (repo !== this.options.repo) return;
    const defined = new Map(this.options.definitions.map((d) => [d.name.toLowerCase(), d]));
    const unknown = names.filter((n) => defined.has(n.toLowerCase()) && !this.knownLabels.has(n.toLowerCase()));
    if (unknown.length === 0) return;
    const existing = await lookupLabels(this.options.github, repo, unknown);
    for (const name of unknown) {
      if (existing.get(name.toLowerCase())) {
        this.knownLabels.add(name.toLowerCase());
        continue;
      }
      const def = defined.get(name.toLowerCase())!;
      const result = await this.applyOne({
        kind: 'create-label',
        name: def.name,
        color: def.color,
        description: def.description,
        why: `label ${def.name} is about to be applied and does not exist yet`
      });
      this.results.push(result);
      if (result.status === 'failed') throw new Error(result.detail);
    }
  }

  private async setBody(op: SetBodyOp, repo: RepoRef): Promise<Omit<OpResult, 'op' | 'writes'>> {
    if (op.expected === op.body) return { status: 'unchanged' };
    if (!this.reserve()) return this.overBudget();
    await this.options.github.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
      ...repo,
      issue_number: op.issue,
      body: op.body
    });
    return { status: 'applied', value: op.body };
  }

  private async upsertComment(op: UpsertCommentOp, repo: RepoRef): Promise<Omit<OpResult, 'op' | 'writes'>> {
    const { github } = this.options;
    let id = op.commentId;
    let current = op.currentBody;
    if (id === undefined && !op.absent) {
      const found = await findComment(github, repo, op.issue, op.marker);
      id = found?.id;
      current = found?.body;
    }
    // The source line changes with every run: only the rest of the body counts as a change.
    if (id !== undefined && current !== undefined && stripSource(current) === stripSource(op.body))
      return { status: 'unchanged', value: id };
    const body = withSource(op.body, { run: this.options.runUrl, check: this.checkUrl });
    if (id === undefined && op.create === false) return { status: 'unchanged', detail: 'no comment to update' };
    if (!this.reserve()) return this.overBudget();
    if (id === undefined) {
      const post = () =>
        github.request<{ id: number; body: string }>('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
          ...repo,
          issue_number: op.issue,
          body,
          request: ONE_TRY
        });
      const made = await createOnce(post, () => findComment(github, repo, op.issue, op.marker));
      if (made.created || stripSource(made.found.body) === stripSource(op.body))
        return { status: 'applied', value: made.found.id };
      id = made.found.id;
    }
    await github.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...repo, comment_id: id, body });
    return { status: 'applied', value: id };
  }

  private async checkRun(op: CheckRunOp, repo: RepoRef): Promise<Omit<OpResult, 'op' | 'writes'>> {
    const { github } = this.options;
    const batches = Math.max(1, Math.ceil(op.annotations.length / ANNOTATIONS_PER_REQUEST));
    const output = (i: number) => ({
      title: op.title,
      summary: op.summary,
      ...(op.text !== undefined ? { text: op.text } : {}),
      annotations: op.annotations.slice(i * ANNOTATIONS_PER_REQUEST, (i + 1) * ANNOTATIONS_PER_REQUEST)
    });
    const same = await findCheckRun(github, repo, op);
    if (same?.html_url) this.checkUrl = same.html_url;
    if (
      same &&
      same.conclusion === op.conclusion &&
      same.output.title === op.title &&
      same.output.summary === op.summary &&
      (same.output.text ?? undefined) === op.text
    ) {
      return { status: 'unchanged', value: same.id };
    }
    if (!this.reserve(batches)) return this.overBudget();
    const common = {
      ...repo,
      name: op.name,
      status: 'completed',
      conclusion: op.conclusion,
      ...(op.externalId ? { external_id: op.externalId } : {})
    };
    let id: number;
    if (same) {
      id = same.id;
      await github.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
        ...common,
        check_run_id: id,
        output: output(0)
      });
    } else {
      const post = () =>
        github.request<FoundCheckRun>('POST /repos/{owner}/{repo}/check-runs', {
          ...common,
          head_sha: op.headSha,
          output: output(0),
          request: ONE_TRY
        });
      const made = (await createOnce(post, () => findCheckRun(github, repo, op))).found;
      id = made.id;
      if (made.html_url) this.checkUrl = made.html_url;
    }
    // GitHub takes at most 50 annotations per request; later updates append.
    for (let i = 1; i < batches; i++) {
      await github.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
        ...repo,
        check_run_id: id,
        output: output(i)
      });
    }
    return { status: 'applied', value: id };
  }
}

type FoundCheckRun = {
  id: number;
  html_url?: string | null;
  external_id: string | null;
  conclusion: string | null;
  output: { title: string | null; summary: string | null; text: string | null };
};

/** The check run of this name (and external id, when the op has one) on the head commit. */
async function findCheckRun(github: GitHub, repo: RepoRef, op: CheckRunOp): Promise<FoundCheckRun | undefined> {
  const existing = await github.request<{ check_runs: FoundCheckRun[] }>(
    'GET /repos/{owner}/{repo}/commits/{ref}/check-runs',
    { ...repo, ref: op.headSha, check_name: op.name, per_page: 100 }
  );
  return existing.data.check_runs.find((run) => (op.externalId ? run.external_id === op.externalId : true));
}

/** Creates are sent once by the client: a retry after a lost answer would create a second one. */
const ONE_TRY = { retries: 0 };
const CREATE_ATTEMPTS = 4;

/**
 * Sends a create, and when no answer comes back (a dropped connection, a 5xx, a rate limit),
 * looks for what it would have created before sending it again: GitHub may have committed the
 * first one and lost only the answer. An answer that cannot change on retry (4xx) is thrown.
 */
export async function createOnce<T extends { id: number }>(
  post: () => Promise<{ data: T }>,
  find: () => Promise<T | undefined>,
  wait: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms))
): Promise<{ found: T; created: boolean }> {
  for (let attempt = 1; ; attempt++) {
    try {
      return { found: (await post()).data, created: true };
    } catch (error) {
      if (!mayHaveLostAnswer(error) || attempt >= CREATE_ATTEMPTS) throw error;
    }
    await wait(attempt * attempt * 500);
    const found = await find();
    if (found) return { found, created: false };
  }
}

/** No answer, a server error or a rate limit: the create may or may not have been committed. */
function mayHaveLostAnswer(error: unknown): boolean {
  const status = httpStatus(error);
  if (status === undefined || status >= 500 || status === 429) return true;
  return status === 403 && /rate limit/i.test(error instanceof Error ? error.message : '');
}

function groupByIssue(plan: Operation[]): Map<number | undefined, Operation[]> {
  const groups = new Map<number | undefined, Operation[]>([[undefined, []]]);
  for (const op of plan) {
    const key = opIssue(op);
    const group = groups.get(key) ?? [];
    group.push(op);
    groups.set(key, group);
  }
  return groups;
}

function prefix(op: Operation): string {
  const issue = opIssue(op);
  const repo = op.repo ? `${op.repo.owner}/${op.repo.repo}` : '';
  return issue !== undefined ? `[${repo}#${issue}] ` : '';
}

function permissionFor(op: Operation): string {
  if (op.kind === 'check-run') return 'checks: write';
  // GITHUB_TOKEN cannot reach an organisation's projects: a GitHub App or fine-grained token with Projects access can.
  if (op.kind === 'project-status') return 'a token with Projects (organization projects: write) access';
  if (op.kind === 'upsert-comment') return 'issues: write (and pull-requests: write for comments on pull requests)';
  return 'issues: write';
}
