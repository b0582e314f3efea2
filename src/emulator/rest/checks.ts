import { invalid, invalidField, notFound, page, wrappedPage, type Req } from '../http';
import type { CheckRun, Repo, Store } from '../store';
import { ok, repoOf, route, type Route } from './router';
import { checkRunJson } from './shapes';

/** GitHub's limits: 50 annotations per create/update request, 65,535 characters per output text. */
export const MAX_ANNOTATIONS = 50;
export const MAX_OUTPUT_TEXT = 65_535;

const STATUSES = ['queued', 'in_progress', 'completed', 'waiting', 'requested', 'pending'];
const CONCLUSIONS = ['action_required', 'cancelled', 'failure', 'neutral', 'success', 'skipped', 'stale', 'timed_out'];
const LEVELS = ['notice', 'warning', 'failure'];

/** Validates an `output` object and returns its annotations in GitHub's stored shape. */
function checkOutput(output: any): Record<string, unknown>[] {
  if (output === undefined) return [];
  if (typeof output !== 'object' || output === null) invalidField('CheckRun', 'output', 'invalid');
  if (typeof output.title !== 'string' || typeof output.summary !== 'string') invalidField('CheckRun', 'output', 'missing_field', 'output needs a title and a summary');
  for (const key of ['summary', 'text']) {
    if (typeof output[key] === 'string' && output[key].length > MAX_OUTPUT_TEXT) invalid('Invalid request.', [`Only ${MAX_OUTPUT_TEXT} characters are allowed in output.${key}; ${output[key].length} were supplied.`]);
  }
  const annotations = output.annotations ?? [];
  if (!Array.isArray(annotations)) invalidField('CheckRun', 'annotations', 'invalid');
  if (annotations.length > MAX_ANNOTATIONS) invalid('Invalid request.', [`Only ${MAX_ANNOTATIONS} annotations may be sent in one request; ${annotations.length} were supplied.`]);
  return annotations.map((a: any, i: number) => {
    const fine = a && typeof a.path === 'string' && Number.isInteger(a.start_line) && Number.isInteger(a.end_line) && LEVELS.includes(a.annotation_level) && typeof a.message === 'string';
    if (!fine) invalidField('CheckRun', `annotations[${i}]`, 'invalid', 'an annotation needs path, start_line, end_line, annotation_level (notice, warning, failure) and message');
    return {
      path: a.path,
      blob_href: '',
      start_line: a.start_line,
      end_line: a.end_line,
      start_column: a.start_column ?? null,
      end_column: a.end_column ?? null,
      annotation_level: a.annotation_level,
      title: a.title ?? null,
      message: a.message,
      raw_details: a.raw_details ?? null
    };
  });
}

function checkState(status: unknown, conclusion: unknown): void {
  if (status !== undefined && !STATUSES.includes(status as string)) invalidField('CheckRun', 'status', 'invalid');
  if (conclusion !== undefined && conclusion !== null && !CONCLUSIONS.includes(conclusion as string)) invalidField('CheckRun', 'conclusion', 'invalid');
  if (status === 'completed' && !conclusion) invalidField('CheckRun', 'conclusion', 'missing_field', 'conclusion is required when status is completed');
}

function runOf(store: Store, req: Req): { repo: Repo; run: CheckRun } {
  const repo = repoOf(store, req);
  return { repo, run: repo.checkRuns.find((c) => c.id === Number(req.params[2])) ?? notFound() };
}

export const checkRoutes: Route[] = [
  route('POST', '/repos/{o}/{r}/check-runs', (req, store) => {
    const repo = repoOf(store, req);
    const b = req.body ?? {};
    if (typeof b.name !== 'string' || !b.name) invalidField('CheckRun', 'name', 'missing_field');
    if (typeof b.head_sha !== 'string' || !b.head_sha) invalidField('CheckRun', 'head_sha', 'missing_field');
    checkState(b.status, b.conclusion);
    const annotations = checkOutput(b.output);
    const done = Boolean(b.conclusion);
    const run = store.createCheckRun(repo, {
      name: b.name,
      headSha: b.head_sha,
      status: done ? 'completed' : (b.status ?? 'queued'),
      conclusion: b.conclusion ?? null,
      externalId: b.external_id ?? null,
      output: { title: b.output?.title ?? null, summary: b.output?.summary ?? null, text: b.output?.text ?? null },
      annotations,
      startedAt: b.started_at ?? store.iso(),
      completedAt: done ? (b.completed_at ?? store.iso()) : null
    });
    return ok(checkRunJson(req.base, repo, run), 201);
  }),
  // Annotations append across updates; title, summary and text are replaced.
  route('PATCH', '/repos/{o}/{r}/check-runs/{id}', (req, store) => {
    const { repo, run } = runOf(store, req);
    const b = req.body ?? {};
    checkState(b.status, b.conclusion);
    const annotations = checkOutput(b.output);
    if (b.output) run.output = { title: b.output.title, summary: b.output.summary, text: b.output.text ?? run.output.text };
    run.annotations.push(...annotations);
    if (b.conclusion) {
      run.conclusion = b.conclusion;
      run.status = 'completed';
      run.completedAt = b.completed_at ?? store.iso();
    } else if (b.status) run.status = b.status;
    if (typeof b.name === 'string' && b.name) run.name = b.name;
    if (b.external_id !== undefined) run.externalId = b.external_id;
    return ok(checkRunJson(req.base, repo, run));
  }),
  route('GET', '/repos/{o}/{r}/check-runs/{id}', (req, store) => {
    const { repo, run } = runOf(store, req);
    return ok(checkRunJson(req.base, repo, run));
  }),
  route('GET', '/repos/{o}/{r}/check-runs/{id}/annotations', (req, store) => page(req, runOf(store, req).run.annotations)),
  // The newest run per name unless `filter=all`, newest first, as GitHub lists them.
  route('GET', '/repos/{o}/{r}/commits/{ref}/check-runs', (req, store) => {
    const repo = repoOf(store, req);
    const ref = req.params[2]!;
    const shas = new Set([ref]);
    for (const issue of repo.issues.values()) if (issue.pull && issue.pull.headRef === ref) shas.add(issue.pull.headSha);
    const name = req.query.get('check_name');
    const status = req.query.get('status');
    let runs = repo.checkRuns.filter((c) => shas.has(c.headSha) && (!name || c.name === name) && (!status || c.status === status)).reverse();
    if (req.query.get('filter') !== 'all') runs = runs.filter((c, i) => runs.findIndex((o) => o.name === c.name) === i);
    const paged = wrappedPage(req, 'check_runs', runs);
    const body = paged.body as { total_count: number; check_runs: CheckRun[] };
    return { ...paged, body: { total_count: body.total_count, check_runs: body.check_runs.map((c) => checkRunJson(req.base, repo, c)) } };
  })
];
