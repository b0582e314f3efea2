/**
 * A plan is the list of writes a feature wants, computed by a pure function from
 * (config, event, snapshot, clock). The executor (src/apply) is the only code that writes.
 * Planners emit only operations that change something; the executor re-checks cheaply and
 * skips those that would not, so running an event twice writes nothing the second time.
 */

export interface RepoRef {
  owner: string;
  repo: string;
}

interface OpBase {
  /** Repository the operation targets; defaults to the event's repository. */
  repo?: RepoRef;
  /** One line for the log and the summary: why this write is wanted. */
  why: string;
}

/** A label the config defines: created (or corrected) before it is first applied. */
export interface LabelDefinition {
  name: string;
  color: string;
  description: string;
}

export interface CreateLabelOp extends OpBase {
  kind: 'create-label';
  name: string;
  color: string;
  description: string;
}

export interface UpdateLabelOp extends OpBase {
  kind: 'update-label';
  name: string;
  color: string;
  description: string;
}

/**
 * Replace an issue body whole. `expected` is the body the plan was computed from (read in the
 * same request as what the plan depends on): equal to `body`, the operation changes nothing.
 * Issues have no conditional update, so the executor does not re-check the body: the planner
 * that owns a body verifies its write by reading again (the epics feature re-reads the epic
 * with its children and re-plans until the plan is empty).
 */
export interface SetBodyOp extends OpBase {
  kind: 'set-body';
  issue: number;
  expected: string;
  body: string;
}

export interface AddLabelsOp extends OpBase {
  kind: 'add-labels';
  issue: number;
  labels: string[];
}

export interface RemoveLabelOp extends OpBase {
  kind: 'remove-label';
  issue: number;
  label: string;
}

/**
 * Create or edit the one comment that carries `marker` (an HTML comment, invisible when
 * rendered). The executor searches every page of comments for it.
 */
export interface UpsertCommentOp extends OpBase {
  kind: 'upsert-comment';
  issue: number;
  marker: string;
  body: string;
  /** When false, only an existing comment is edited (e.g. to mark an escalation resolved). */
  create?: boolean;
  /** The comment's id when the planner already found it: skips the search. */
  commentId?: number;
  /** The comment's current body when known: an unchanged comment then costs no request. */
  currentBody?: string;
  /** The planner read every comment and the marker is not there: create without searching. */
  absent?: boolean;
}

export interface SetIssueStateOp extends OpBase {
  kind: 'set-issue-state';
  issue: number;
  state: 'open' | 'closed';
  stateReason?: 'completed' | 'not_planned' | 'reopened';
}

export interface CheckRunAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  message: string;
  title?: string;
  raw_details?: string;
}

/** Create (or update, when one with the same name and external id exists) a check run. */
export interface CheckRunOp extends OpBase {
  kind: 'check-run';
  name: string;
  headSha: string;
  externalId?: string;
  conclusion: 'success' | 'failure' | 'neutral';
  title: string;
  summary: string;
  text?: string;
  annotations: CheckRunAnnotation[];
}

/**
 * Set one organisation issue field on an issue (REST `POST …/issue-field-values`, which adds or
 * replaces that field's value and keeps the others). Planned only when the value read differs.
 */
export interface SetIssueFieldOp extends OpBase {
  kind: 'set-issue-field';
  issue: number;
  fieldId: number;
  /** The field's name, for the log. */
  field: string;
  value: string | number;
}

/**
 * Post a Projects (v2) status update (GraphQL `createProjectV2StatusUpdate`). Status updates
 * are a history, not a value: the planner reads the latest first and plans one only when its
 * status changes, at most once a day.
 */
export interface ProjectStatusOp extends OpBase {
  kind: 'project-status';
  /** The project's node id. */
  projectId: string;
  /** `owner/number`, for the log. */
  project: string;
  status: 'ON_TRACK' | 'AT_RISK' | 'OFF_TRACK' | 'COMPLETE';
  body: string;
  /** `YYYY-MM-DD`. */
  targetDate?: string;
}

export type Operation =
  | SetIssueFieldOp
  | ProjectStatusOp
  | CreateLabelOp
  | UpdateLabelOp
  | SetBodyOp
  | AddLabelsOp
  | RemoveLabelOp
  | UpsertCommentOp
  | SetIssueStateOp
  | CheckRunOp;

export type Plan = Operation[];

export type OpStatus = 'applied' | 'unchanged' | 'dry-run' | 'over-budget' | 'failed';

export interface OpResult {
  op: Operation;
  status: OpStatus;
  /** Number of write requests the operation made. */
  writes: number;
  detail?: string;
  /** Data the write returned that a feature may need (e.g. the comment id, the new body). */
  value?: unknown;
  /** GitHub refused it for lack of permission (a read-only token): the run warns, it does not fail. */
  refused?: boolean;
}

/** The issue an operation is about, for grouping the log per issue. */
export function opIssue(op: Operation): number | undefined {
  return 'issue' in op ? op.issue : undefined;
}

/** A colour as GitHub's label API takes it: six hex digits, no `#`. */
export function hexColor(color: string): string {
  return color.replace(/^#/, '').toLowerCase();
}

/** One line naming an operation, for logs and the job summary. */
export function describeOp(op: Operation): string {
  switch (op.kind) {
    case 'create-label':
      return `create label "${op.name}" (#${hexColor(op.color)})`;
    case 'update-label':
      return `update label "${op.name}" (#${hexColor(op.color)}, "${op.description}")`;
    case 'set-body':
      return `update the body of #${op.issue}`;
    case 'add-labels':
      return `add label${op.labels.length > 1 ? 's' : ''} ${op.labels.map((l) => `"${l}"`).join(', ')} to #${op.issue}`;
    case 'remove-label':
      return `remove label "${op.label}" from #${op.issue}`;
    case 'upsert-comment':
      return `${op.create === false ? 'update' : 'create or update'} comment ${op.marker.replace(/<!--\s*|\s*-->/g, '')} on #${op.issue}`;
    case 'set-issue-state':
      return `${op.state === 'closed' ? 'close' : 'reopen'} #${op.issue}`;
    case 'check-run':
      return `check run "${op.name}" on ${op.headSha.slice(0, 7)}: ${op.conclusion}, ${op.annotations.length} annotation(s)`;
    case 'set-issue-field':
      return `set field "${op.field}" of #${op.issue} to "${op.value}"`;
    case 'project-status':
      return `post status ${op.status} to project ${op.project}`;
  }
}
