import type { components } from '@octokit/openapi-types';
import { invalid, invalidField, notFound, page, type Req } from '../http';
import { fieldsOf, isFields, numberOf, textOf, type Fields } from '../json';
import type { CheckRun, Repo, Store } from '../store';
import { ok, repoOf, route, type Route } from './router';
import { checkRunJson } from './shapes';

/** GitHub's limits: 50 annotations per create/update request, 65,535 characters per output text. */
export const MAX_ANNOTATIONS = 50;
export const MAX_OUTPUT_TEXT = 65_535;

type Status = CheckRun['status'];
type Conclusion = NonNullable<CheckRun['conclusion']>;
const STATUSES: readonly Status[] = ['queued', 'in_progress', 'completed', 'waiting', 'requested', 'pending'];
const CONCLUSIONS: readonly Conclusion[] = [
  'action_required',
  'cancelled',
  'failure',
  'neutral',
  'success',
  'skipped',
  'stale',
  'timed_out'
];
const isStatus = (value: unknown): value is Status => STATUSES.some((s) => s === value);
const isConclusion = (value: unknown): value is Conclusion => CONCLUSIONS.some((c) => c === value);
const LEVELS = ['notice', 'warning', 'failure'];

type Annotation = components['schemas']['check-annotation'];

/** One annotation of a request, in GitHub's stored shape; refused unless it has the required fields. */
function annotationOf(value: unknown, i: number): Annotation {
  const a = fieldsOf(value);
  const level = textOf(a.annotation_level);
  const path = textOf(a.path);
  const message = textOf(a.message);
  const start = a.start_line;
  const end = a.end_line;
  const fine =
    isFields(value) &&
    path !== undefined &&
    isInteger(start) &&
    isInteger(end) &&
    level !== undefined &&
    LEVELS.includes(level) &&
    message !== undefined;
  if (!fine)
    invalidField(
      'CheckRun',
      `annotations[${i}]`,
      'invalid',
      'an annotation needs path, start_line, end_line, annotation_level (notice, warning, failure) and message'
    );
  return {
    path,
    blob_href: '',
    start_line: start,
    end_line: end,
    start_column: numberOf(a.start_column) ?? null,
    end_column: numberOf(a.end_column) ?? null,
    annotation_level: level,
    title: textOf(a.title) ?? null,
    message,
    raw_details: textOf(a.raw_details) ?? null
  };
}

const isInteger = (value: unknown): value is number => Number.isInteger(value);

/** An `output` object of a request, checked: its texts and its annotations in GitHub's stored shape. */
interface Output {
  title: string;
  summary: string;
  text?: string;
  annotations: Annotation[];
}

/** Validates an `output` object (undefined when the request has none). */
function checkOutput(value: unknown): Output | undefined {
  if (value === undefined) return undefined;
  if (!isFields(value)) invalidField('CheckRun', 'output', 'invalid');
  const { title, summary, text } = value;
  if (typeof title !== 'string' || typeof summary !== 'string')
    invalidField('CheckRun', 'output', 'missing_field', 'output needs a title and a summary');
  for (const [key, field] of [
    ['summary', summary],
    ['text', text]
  ] as const) {
    if (typeof field === 'string' && field.length > MAX_OUTPUT_TEXT)
      invalid('Invalid request.', [
        `Only ${MAX_OUTPUT_TEXT} characters are allowed in output.${key}; ${field.length} were supplied.`
      ]);
  }
  const annotations = value.annotations ?? [];
  if (!Array.isArray(annotations)) invalidField('CheckRun', 'annotations', 'invalid');
  if (annotations.length > MAX_ANNOTATIONS)
    invalid('Invalid request.', [
      `Only ${MAX_ANNOTATIONS} annotations may be sent in one request; ${annotations.length} were supplied.`
    ]);
  return { title, summary, text: textOf(text), annotations: (annotations as unknown[]).map(annotationOf) };
}

/** `status` and `conclusion` of a request, checked against GitHub's values. */
function checkState(b: Fields): { status?: Status; conclusion?: Conclusion | null } {
  const { status, conclusion } = b;
  if (status !== undefined && !isStatus(status)) invalidField('CheckRun', 'status', 'invalid');
  if (conclusion !== undefined && conclusion !== null && !isConclusion(conclusion))
    invalidField('CheckRun', 'conclusion', 'invalid');
  if (status === 'completed' && !conclusion)
    invalidField('CheckRun', 'conclusion', 'missing_field', 'conclusion is required when status is completed');
  return { status, conclusion };
}

/** A non-empty string field, or 422 missing_field. */
function required(b: Fields, field: string): string {
  const value = b[field];
  if (typeof value !== 'string' || !value) invalidField('CheckRun', field, 'missing_field');
  return value;
}

function runOf(store: Store, req: Req): { repo: Repo; run: CheckRun } {
  const repo = repoOf(store, req);
  return { repo, run: repo.checkRuns.find((c) => c.id === Number(req.params[2])) ?? notFound() };
}

export const checkRoutes: Route[] = [
  route('POST', '/repos/{o}/{r}/check-runs', (req, store) => {
    const repo = repoOf(store, req);
    const b = fieldsOf(req.body);
    const name = required(b, 'name');
    const headSha = required(b, 'head_sha');
    const { status, conclusion } = checkState(b);
    const output = checkOutput(b.output);
    const done = Boolean(conclusion);
    const run = store.createCheckRun(repo, {
      name,
      headSha,
      status: done ? 'completed' : (status ?? 'queued'),
      conclusion: conclusion ?? null,
      externalId: textOf(b.external_id) ?? null,
      output: { title: output?.title ?? null, summary: output?.summary ?? null, text: output?.text ?? null },
      annotations: output?.annotations ?? [],
      startedAt: textOf(b.started_at) ?? store.iso(),
      completedAt: done ? (textOf(b.completed_at) ?? store.iso()) : null
    });
    return ok(checkRunJson(req.base, repo, run), 201);
  }),
  // Annotations append across updates; title, summary and text are replaced.
  route('PATCH', '/repos/{o}/{r}/check-runs/{id}', (req, store) => {
    const { repo, run } = runOf(store, req);
    const b = fieldsOf(req.body);
    const { status, conclusion } = checkState(b);
    const output = checkOutput(b.output);
    if (output) run.output = { title: output.title, summary: output.summary, text: output.text ?? run.output.text };
    run.annotations.push(...(output?.annotations ?? []));
    if (conclusion) {
      run.conclusion = conclusion;
      run.status = 'completed';
      run.completedAt = textOf(b.completed_at) ?? store.iso();
    } else if (status) run.status = status;
    if (typeof b.name === 'string' && b.name) run.name = b.name;
    if (b.external_id !== undefined) run.externalId = textOf(b.external_id) ?? null;
    return ok(checkRunJson(req.base, repo, run));
  }),
  route('GET', '/repos/{o}/{r}/check-runs/{id}', (req, store) => {
    const { repo, run } = runOf(store, req);
    return ok(checkRunJson(req.base, repo, run));
  }),
  route('GET', '/repos/{o}/{r}/check-runs/{id}/annotations', (req, store) =>
    page(req, runOf(store, req).run.annotations)
  ),
  // The newest run per name unless `filter=all`, newest first, as GitHub lists them.
  route('GET', '/repos/{o}/{r}/commits/{ref}/check-runs', (req, store) => {
    const repo = repoOf(store, req);
    const ref = req.params[2]!;
    const shas = new Set([ref]);
    for (const issue of repo.issues.values())
      if (issue.pull && issue.pull.headRef === ref) shas.add(issue.pull.headSha);
    const name = req.query.get('check_name');
    const status = req.query.get('status');
    let runs = repo.checkRuns
      .filter((c) => shas.has(c.headSha) && (!name || c.name === name) && (!status || c.status === status))
      .reverse();
    if (req.query.get('filter') !== 'all') runs = runs.filter((c, i) => runs.findIndex((o) => o.name === c.name) === i);
    // Wrapped as GitHub wraps this list; only the page's runs are shaped.
    const paged = page(req, runs);
    return {
      ...paged,
      body: { total_count: runs.length, check_runs: paged.body.map((c) => checkRunJson(req.base, repo, c)) }
    };
  })
];
