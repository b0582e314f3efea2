import { zipSync, strToU8 } from 'fflate';
import { HttpError, invalid, notFound, page, type Req, type Res } from './http';
import { checkRunJson, commentJson, issueJson, labelJson, pullJson, repoJson, subIssuesSummary } from './shapes';
import type { Issue, Repo, Store } from './store';

type Handler = (req: Req, store: Store) => Res;
type Route = { method: string; pattern: RegExp; handler: Handler; write: boolean };

const MAX_BODY = 65_536;
const routes: Route[] = [];
const seg = '([^/]+)';

function route(method: string, path: string, handler: Handler): void {
  const pattern = new RegExp('^' + path.replace('{+path}', '(.+)').replace(/\{[^}]+\}/g, seg) + '$');
  routes.push({ method, pattern, handler, write: method !== 'GET' });
}

/** Finds the handler for a request; params are URL-decoded path segments. */
export function match(method: string, path: string): { handler: Handler; params: string[]; write: boolean } | undefined {
  for (const r of routes) {
    if (r.method !== method) continue;
    const m = r.pattern.exec(path);
    if (m) return { handler: r.handler, params: m.slice(1).map(decodeURIComponent), write: r.write };
  }
  return undefined;
}

function repoOf(store: Store, req: Req): Repo {
  return store.repo(req.params[0]!, req.params[1]!) ?? notFound();
}

function issueOf(store: Store, req: Req, index = 2): { repo: Repo; issue: Issue } {
  const repo = repoOf(store, req);
  const issue = repo.issues.get(Number(req.params[index])) ?? notFound();
  return { repo, issue };
}

function checkBody(body: unknown): void {
  if (typeof body === 'string' && body.length > MAX_BODY) invalid(`body is too long (maximum is ${MAX_BODY} characters)`);
}

const ok = (body: unknown, status = 200): Res => ({ status, body });

// Repository
route('GET', '/repos/{o}/{r}', (req, store) => ok(repoJson(req.base, repoOf(store, req))));

// Labels
route('GET', '/repos/{o}/{r}/labels', (req, store) => {
  const repo = repoOf(store, req);
  return page(req, repo.labels.map((l) => labelJson(req.base, repo, l)));
});
route('POST', '/repos/{o}/{r}/labels', (req, store) => {
  const repo = repoOf(store, req);
  const { name, color, description } = req.body ?? {};
  if (typeof name !== 'string' || !name) invalid('Validation Failed', [{ resource: 'Label', field: 'name', code: 'missing_field' }]);
  if (color !== undefined && !/^[0-9a-fA-F]{6}$/.test(color)) invalid('Validation Failed', [{ resource: 'Label', field: 'color', code: 'invalid' }]);
  if (store.label(repo, name)) invalid('Validation Failed', [{ resource: 'Label', field: 'name', code: 'already_exists' }]);
  return ok(labelJson(req.base, repo, store.createLabel(repo, name, color ?? 'ededed', description ?? null)), 201);
});
route('GET', '/repos/{o}/{r}/labels/{name}', (req, store) => {
  const repo = repoOf(store, req);
  return ok(labelJson(req.base, repo, store.label(repo, req.params[2]!) ?? notFound()));
});
route('PATCH', '/repos/{o}/{r}/labels/{name}', (req, store) => {
  const repo = repoOf(store, req);
  const label = store.label(repo, req.params[2]!) ?? notFound();
  const { new_name, color, description } = req.body ?? {};
  if (color !== undefined && !/^[0-9a-fA-F]{6}$/.test(color)) invalid('Validation Failed', [{ resource: 'Label', field: 'color', code: 'invalid' }]);
  if (typeof new_name === 'string') {
    for (const issue of repo.issues.values()) issue.labels = issue.labels.map((l) => (l === label.name ? new_name : l));
    label.name = new_name;
  }
  if (color !== undefined) label.color = color.toLowerCase();
  if (description !== undefined) label.description = description;
  return ok(labelJson(req.base, repo, label));
});
route('DELETE', '/repos/{o}/{r}/labels/{name}', (req, store) => {
  const repo = repoOf(store, req);
  const label = store.label(repo, req.params[2]!) ?? notFound();
  repo.labels = repo.labels.filter((l) => l !== label);
  for (const issue of repo.issues.values()) issue.labels = issue.labels.filter((l) => l !== label.name);
  return { status: 204 };
});

// Issue labels
function labelNames(body: any): string[] {
  const list = Array.isArray(body) ? body : body?.labels;
  if (!Array.isArray(list)) invalid('Invalid request: labels must be a list');
  return list.map((l: any) => (typeof l === 'string' ? l : l?.name)).filter((l: unknown): l is string => typeof l === 'string');
}
route('GET', '/repos/{o}/{r}/issues/{n}/labels', (req, store) => {
  const { repo, issue } = issueOf(store, req);
  return page(req, issue.labels.map((n) => labelJson(req.base, repo, store.label(repo, n)!)));
});
route('POST', '/repos/{o}/{r}/issues/{n}/labels', (req, store) => {
  const { repo, issue } = issueOf(store, req);
  store.addLabels(repo, issue, labelNames(req.body), req.actor);
  if (issue.labels.length > 100) invalid('An issue can have at most 100 labels');
  return ok(issue.labels.map((n) => labelJson(req.base, repo, store.label(repo, n)!)));
});
route('PUT', '/repos/{o}/{r}/issues/{n}/labels', (req, store) => {
  const { repo, issue } = issueOf(store, req);
  const wanted = labelNames(req.body);
  for (const l of [...issue.labels]) if (!wanted.some((w) => w.toLowerCase() === l.toLowerCase())) store.removeLabel(repo, issue, l, req.actor);
  store.addLabels(repo, issue, wanted, req.actor);
  return ok(issue.labels.map((n) => labelJson(req.base, repo, store.label(repo, n)!)));
});
route('DELETE', '/repos/{o}/{r}/issues/{n}/labels/{name}', (req, store) => {
  const { repo, issue } = issueOf(store, req);
  if (!store.removeLabel(repo, issue, req.params[3]!, req.actor)) throw new HttpError(404, 'Label does not exist');
  return ok(issue.labels.map((n) => labelJson(req.base, repo, store.label(repo, n)!)));
});

// Issues
route('GET', '/repos/{o}/{r}/issues', (req, store) => {
  const repo = repoOf(store, req);
  const state = req.query.get('state') ?? 'open';
  const labels = (req.query.get('labels') ?? '').split(',').filter(Boolean).map((l) => l.toLowerCase());
  const since = req.query.get('since');
  const direction = req.query.get('direction') ?? 'desc';
  const sort = req.query.get('sort') ?? 'created';
  let list = [...repo.issues.values()].filter(
    (i) =>
      (state === 'all' || i.state === state) &&
      labels.every((l) => i.labels.some((x) => x.toLowerCase() === l)) &&
      (!since || i.updatedAt >= since)
  );
  const key = (i: Issue) => (sort === 'updated' ? i.updatedAt : sort === 'comments' ? String(i.comments.length).padStart(9, '0') : i.createdAt) + String(i.number).padStart(9, '0');
  list = list.sort((a, b) => (key(a) < key(b) ? -1 : 1));
  if (direction === 'desc') list.reverse();
  return page(req, list.map((i) => issueJson(req.base, store, repo, i)));
});
route('POST', '/repos/{o}/{r}/issues', (req, store) => {
  const repo = repoOf(store, req);
  const { title, body, labels, assignees } = req.body ?? {};
  if (typeof title !== 'string' || !title) invalid('Validation Failed', [{ resource: 'Issue', field: 'title', code: 'missing_field' }]);
  checkBody(body);
  const issue = store.createIssue(repo, { title, body: body ?? null, author: req.actor }, req.actor);
  if (Array.isArray(labels)) store.addLabels(repo, issue, labelNames(labels), req.actor);
  if (Array.isArray(assignees)) store.assign(issue, assignees, req.actor);
  store.crossReference(repo, issue, issue.body, req.actor);
  return ok(issueJson(req.base, store, repo, issue), 201);
});
route('GET', '/repos/{o}/{r}/issues/{n}', (req, store) => {
  const { repo, issue } = issueOf(store, req);
  return ok(issueJson(req.base, store, repo, issue));
});
route('PATCH', '/repos/{o}/{r}/issues/{n}', (req, store) => {
  const { repo, issue } = issueOf(store, req);
  const b = req.body ?? {};
  checkBody(b.body);
  if (b.state !== undefined && b.state !== 'open' && b.state !== 'closed') invalid('Validation Failed', [{ resource: 'Issue', field: 'state', code: 'invalid' }]);
  if (b.state_reason !== undefined && b.state_reason !== null && !['completed', 'not_planned', 'reopened', 'duplicate'].includes(b.state_reason)) invalid('Validation Failed', [{ resource: 'Issue', field: 'state_reason', code: 'invalid' }]);
  if (typeof b.title === 'string') issue.title = b.title;
  if (b.body !== undefined) {
    issue.body = b.body;
    store.crossReference(repo, issue, issue.body, req.actor);
  }
  if (b.state) store.setState(issue, b.state, b.state_reason ?? undefined, req.actor);
  else if (b.state_reason && issue.state === 'closed') issue.stateReason = b.state_reason;
  if (Array.isArray(b.labels)) {
    const wanted = labelNames(b.labels);
    for (const l of [...issue.labels]) if (!wanted.some((w) => w.toLowerCase() === l.toLowerCase())) store.removeLabel(repo, issue, l, req.actor);
    store.addLabels(repo, issue, wanted, req.actor);
  }
  if (Array.isArray(b.assignees)) {
    issue.assignees = issue.assignees.filter((a) => b.assignees.includes(a));
    store.assign(issue, b.assignees, req.actor);
  }
  issue.updatedAt = store.iso();
  return ok(issueJson(req.base, store, repo, issue));
});

// Comments
route('GET', '/repos/{o}/{r}/issues/{n}/comments', (req, store) => {
  const { repo, issue } = issueOf(store, req);
  return page(req, issue.comments.map((c) => commentJson(req.base, repo, issue, c)));
});
route('POST', '/repos/{o}/{r}/issues/{n}/comments', (req, store) => {
  const { repo, issue } = issueOf(store, req);
  const body = req.body?.body;
  if (typeof body !== 'string' || !body) invalid('Validation Failed', [{ resource: 'IssueComment', field: 'body', code: 'missing_field' }]);
  checkBody(body);
  return ok(commentJson(req.base, repo, issue, store.addComment(repo, issue, body, req.actor)), 201);
});
route('GET', '/repos/{o}/{r}/issues/comments/{id}', (req, store) => {
  const found = store.findComment(Number(req.params[2])) ?? notFound();
  return ok(commentJson(req.base, found.repo, found.issue, found.comment));
});
route('PATCH', '/repos/{o}/{r}/issues/comments/{id}', (req, store) => {
  const found = store.findComment(Number(req.params[2])) ?? notFound();
  const body = req.body?.body;
  if (typeof body !== 'string') invalid('Validation Failed', [{ resource: 'IssueComment', field: 'body', code: 'missing_field' }]);
  checkBody(body);
  found.comment.body = body;
  found.comment.updatedAt = store.iso();
  store.crossReference(found.repo, found.issue, body, req.actor);
  return ok(commentJson(req.base, found.repo, found.issue, found.comment));
});
route('DELETE', '/repos/{o}/{r}/issues/comments/{id}', (req, store) => {
  const found = store.findComment(Number(req.params[2])) ?? notFound();
  found.issue.comments = found.issue.comments.filter((c) => c !== found.comment);
  return { status: 204 };
});

// Timeline and events
function eventJson(req: Req, store: Store, repo: Repo, e: Issue['events'][number]) {
  const actor = { login: e.actor, type: e.actor.endsWith('[bot]') ? 'Bot' : 'User' };
  switch (e.type) {
    case 'labeled':
    case 'unlabeled':
      return { event: e.type, actor, created_at: e.createdAt, label: { name: e.label, color: store.label(repo, e.label)?.color ?? 'ededed' } };
    case 'assigned':
    case 'unassigned':
      return { event: e.type, actor, created_at: e.createdAt, assignee: { login: e.assignee } };
    case 'closed':
      return { event: 'closed', actor, created_at: e.createdAt, state_reason: e.stateReason };
    case 'reopened':
      return { event: 'reopened', actor, created_at: e.createdAt };
    case 'cross-referenced': {
      const [o, n] = e.source.repo.split('/');
      const sourceRepo = store.repo(o!, n!);
      const source = sourceRepo?.issues.get(e.source.number);
      return { event: 'cross-referenced', actor, created_at: e.createdAt, source: { type: 'issue', issue: source && sourceRepo ? { ...issueJson(req.base, store, sourceRepo, source), repository: repoJson(req.base, sourceRepo) } : null } };
    }
  }
}
route('GET', '/repos/{o}/{r}/issues/{n}/timeline', (req, store) => {
  const { repo, issue } = issueOf(store, req);
  return page(req, issue.events.map((e) => eventJson(req, store, repo, e)));
});
route('GET', '/repos/{o}/{r}/issues/{n}/events', (req, store) => {
  const { repo, issue } = issueOf(store, req);
  return page(req, issue.events.filter((e) => e.type !== 'cross-referenced').map((e) => eventJson(req, store, repo, e)));
});

// Sub-issues
route('GET', '/repos/{o}/{r}/issues/{n}/sub_issues', (req, store) => {
  const { repo, issue } = issueOf(store, req);
  return page(req, issue.subIssues.map((n) => issueJson(req.base, store, repo, repo.issues.get(n)!)));
});
route('POST', '/repos/{o}/{r}/issues/{n}/sub_issues', (req, store) => {
  const { repo, issue } = issueOf(store, req);
  const child = store.byId(Number(req.body?.sub_issue_id));
  if (!child || child.repo !== repo) invalid('Validation Failed', [{ resource: 'Issue', field: 'sub_issue_id', code: 'invalid' }]);
  const problem = store.addSubIssue(repo, issue, child.issue, Boolean(req.body?.replace_parent));
  if (problem) invalid(problem);
  return ok(issueJson(req.base, store, repo, child.issue), 201);
});
route('DELETE', '/repos/{o}/{r}/issues/{n}/sub_issue', (req, store) => {
  const { repo, issue } = issueOf(store, req);
  const child = store.byId(Number(req.body?.sub_issue_id));
  if (!child || !store.removeSubIssue(issue, child.issue)) notFound();
  return ok(issueJson(req.base, store, repo, child!.issue));
});
route('GET', '/repos/{o}/{r}/issues/{n}/parent', (req, store) => {
  const { repo, issue } = issueOf(store, req);
  const parent = issue.parent != null ? repo.issues.get(issue.parent) : undefined;
  return ok(issueJson(req.base, store, repo, parent ?? notFound()));
});

// Pull requests
function pullOf(store: Store, req: Req): { repo: Repo; issue: Issue } {
  const found = issueOf(store, req);
  if (!found.issue.pull) notFound();
  return found;
}
route('GET', '/repos/{o}/{r}/pulls', (req, store) => {
  const repo = repoOf(store, req);
  const state = req.query.get('state') ?? 'open';
  const list = [...repo.issues.values()].filter((i) => i.pull && (state === 'all' || i.state === state)).sort((a, b) => b.number - a.number);
  return page(req, list.map((i) => pullJson(req.base, store, repo, i)));
});
route('GET', '/repos/{o}/{r}/pulls/{n}', (req, store) => {
  const { repo, issue } = pullOf(store, req);
  return ok(pullJson(req.base, store, repo, issue));
});
route('GET', '/repos/{o}/{r}/pulls/{n}/files', (req, store) => {
  const { issue } = pullOf(store, req);
  // GitHub lists at most 3,000 files of a pull request.
  const files = issue.pull!.files.slice(0, 3000).map((filename, i) => ({ sha: String(i).padStart(40, '0'), filename, status: 'modified', additions: 1, deletions: 0, changes: 1 }));
  return page(req, files);
});
route('PUT', '/repos/{o}/{r}/pulls/{n}/merge', (req, store) => {
  const { repo, issue } = pullOf(store, req);
  if (issue.state !== 'open') throw new HttpError(405, 'Pull Request is not mergeable');
  issue.pull!.merged = true;
  issue.pull!.mergedAt = store.iso();
  store.setState(issue, 'closed', 'completed', req.actor);
  if (issue.pull!.baseRef === repo.defaultBranch) {
    for (const n of issue.pull!.closingIssues) {
      const target = repo.issues.get(n);
      if (target) store.setState(target, 'closed', 'completed', req.actor, { repo: store.key(repo), number: issue.number });
    }
  }
  return ok({ merged: true, message: 'Pull Request successfully merged', sha: issue.pull!.headSha });
});

// Contents
route('GET', '/repos/{o}/{r}/contents/{+path}', (req, store) => {
  const repo = repoOf(store, req);
  const path = req.params[2]!;
  const ref = req.query.get('ref');
  const text = (ref ? repo.refs[ref]?.[path] : undefined) ?? repo.contents[path];
  if (text === undefined) notFound();
  const content = Buffer.from(text!).toString('base64');
  return ok({ type: 'file', encoding: 'base64', size: Buffer.byteLength(text!), name: path.split('/').pop(), path, content, sha: Buffer.from(path).toString('hex').padEnd(40, '0').slice(0, 40) });
});

// Check runs
function checkAnnotations(output: any): Record<string, unknown>[] {
  const annotations = output?.annotations ?? [];
  if (!Array.isArray(annotations)) invalid('output.annotations must be a list');
  if (annotations.length > 50) invalid('Only 50 annotations may be sent in one request');
  for (const key of ['summary', 'text']) if (typeof output?.[key] === 'string' && output[key].length > 65_535) invalid(`output.${key} is too long (maximum is 65535 characters)`);
  return annotations;
}
route('POST', '/repos/{o}/{r}/check-runs', (req, store) => {
  const repo = repoOf(store, req);
  const b = req.body ?? {};
  if (!b.name || !b.head_sha) invalid('Validation Failed', [{ resource: 'CheckRun', code: 'missing_field' }]);
  const annotations = checkAnnotations(b.output);
  const run = store.createCheckRun(repo, {
    name: b.name,
    headSha: b.head_sha,
    status: b.status ?? (b.conclusion ? 'completed' : 'queued'),
    conclusion: b.conclusion ?? null,
    externalId: b.external_id ?? null,
    output: { title: b.output?.title ?? null, summary: b.output?.summary ?? null, text: b.output?.text ?? null },
    annotations,
    startedAt: store.iso(),
    completedAt: b.conclusion ? store.iso() : null
  });
  return ok(checkRunJson(req.base, repo, run), 201);
});
route('PATCH', '/repos/{o}/{r}/check-runs/{id}', (req, store) => {
  const repo = repoOf(store, req);
  const run = repo.checkRuns.find((c) => c.id === Number(req.params[2])) ?? notFound();
  const b = req.body ?? {};
  const annotations = checkAnnotations(b.output);
  if (b.output) run.output = { title: b.output.title ?? run.output.title, summary: b.output.summary ?? run.output.summary, text: b.output.text ?? run.output.text };
  run.annotations.push(...annotations);
  if (b.conclusion) {
    run.conclusion = b.conclusion;
    run.status = 'completed';
    run.completedAt = store.iso();
  }
  if (b.status) run.status = b.status;
  if (b.name) run.name = b.name;
  if (b.external_id !== undefined) run.externalId = b.external_id;
  return ok(checkRunJson(req.base, repo, run));
});
route('GET', '/repos/{o}/{r}/check-runs/{id}', (req, store) => {
  const repo = repoOf(store, req);
  return ok(checkRunJson(req.base, repo, repo.checkRuns.find((c) => c.id === Number(req.params[2])) ?? notFound()));
});
route('GET', '/repos/{o}/{r}/check-runs/{id}/annotations', (req, store) => {
  const repo = repoOf(store, req);
  const run = repo.checkRuns.find((c) => c.id === Number(req.params[2])) ?? notFound();
  return page(req, run.annotations);
});
route('GET', '/repos/{o}/{r}/commits/{ref}/check-runs', (req, store) => {
  const repo = repoOf(store, req);
  const ref = req.params[2]!;
  const sha = repo.issues.size && ref === repo.defaultBranch ? undefined : ref;
  const name = req.query.get('check_name');
  const runs = repo.checkRuns.filter((c) => (sha === undefined || c.headSha === sha) && (!name || c.name === name)).reverse();
  const paged = page(req, runs.map((c) => checkRunJson(req.base, repo, c)));
  return { ...paged, body: { total_count: runs.length, check_runs: paged.body } };
});

// Actions: workflow runs and artifacts
route('GET', '/repos/{o}/{r}/actions/runs/{id}', (req, store) => {
  const repo = repoOf(store, req);
  const run = repo.workflowRuns.find((w) => w.id === Number(req.params[2])) ?? notFound();
  return ok({ id: run.id, head_sha: run.headSha, head_branch: run.headBranch, event: run.event, status: 'completed', conclusion: 'success', pull_requests: run.pullRequests.map((n) => ({ number: n })) });
});
route('GET', '/repos/{o}/{r}/actions/runs/{id}/artifacts', (req, store) => {
  const repo = repoOf(store, req);
  const list = repo.artifacts.filter((a) => a.runId === Number(req.params[2]));
  const paged = page(req, list.map((a) => artifactJson(req, repo, a)));
  return { ...paged, body: { total_count: list.length, artifacts: paged.body } };
});
route('GET', '/repos/{o}/{r}/actions/artifacts/{id}/zip', (req, store) => {
  const repo = repoOf(store, req);
  const artifact = repo.artifacts.find((a) => a.id === Number(req.params[2])) ?? notFound();
  return { status: 302, headers: { location: `${req.base}/_emulator/download/${repo.owner}/${repo.name}/${artifact.id}.zip` } };
});

function artifactJson(req: Req, repo: Repo, a: Repo['artifacts'][number]) {
  return { id: a.id, node_id: `A_${a.id}`, name: a.name, size_in_bytes: artifactZip(a).length, expired: false, archive_download_url: `${req.base}/repos/${repo.owner}/${repo.name}/actions/artifacts/${a.id}/zip`, workflow_run: { id: a.runId } };
}

export function artifactZip(a: Repo['artifacts'][number]): Buffer {
  return Buffer.from(zipSync(Object.fromEntries(Object.entries(a.files).map(([p, t]) => [p, strToU8(t)]))));
}

export { subIssuesSummary };
