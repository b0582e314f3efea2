import { HttpError, invalidField, notFound, page, type Req } from '../http';
import type { Issue, Repo, Store } from '../store';
import { issueOf, ok, repoOf, route, type Route } from './router';
import { labelJson } from './shapes';
import { chars, LABEL_DESCRIPTION, LABEL_NAME } from '../contract/limits';
import { fieldsOf, listOf } from '../json';

const COLOR = /^[0-9a-fA-F]{6}$/;
/** GitHub's limit on labels per issue. */
export const MAX_LABELS = 100;

function checkColor(color: unknown): asserts color is string | undefined {
  if (color !== undefined && (typeof color !== 'string' || !COLOR.test(color.replace(/^#/, ''))))
    invalidField('Label', 'color', 'invalid');
}

/** A description is text, or null to clear it (labels/create-label, labels/update-label). */
function checkDescription(description: unknown): asserts description is string | null | undefined {
  if (description !== undefined && description !== null && typeof description !== 'string')
    invalidField('Label', 'description', 'invalid');
}

/** GitHub's 422 for a name over 50 or a description over 100 characters (sources in contract/limits.ts). */
export function labelTooLong(name: unknown, description: unknown): string | undefined {
  if (typeof name === 'string' && chars(name) > LABEL_NAME)
    return `name is too long (maximum is ${LABEL_NAME} characters)`;
  if (typeof description === 'string' && chars(description) > LABEL_DESCRIPTION)
    return `description is too long (maximum is ${LABEL_DESCRIPTION} characters)`;
  return undefined;
}

function checkLengths(name: unknown, description: unknown): void {
  const problem = labelTooLong(name, description);
  if (problem) invalidField('Label', problem.split(' ')[0]!, 'custom', problem);
}

/** Label names from `{labels: [...]}`, a bare list, or `[{name}]` objects: the forms GitHub accepts. */
export function labelNames(body: unknown): string[] {
  const list = listOf(body) ?? listOf(fieldsOf(body).labels);
  if (!list) invalidField('Label', 'labels', 'invalid', 'labels must be a list of names');
  return list
    .map((l) => (typeof l === 'string' ? l : fieldsOf(l).name))
    .filter((l): l is string => typeof l === 'string' && l.length > 0);
}

function issueLabels(req: Req, store: Store, repo: Repo, issue: Issue) {
  return issue.labels.map((n) =>
    labelJson(
      req.base,
      repo,
      store.label(repo, n) ?? { id: 0, nodeId: '', name: n, color: 'ededed', description: null }
    )
  );
}

/** Refuses a label set over GitHub's per-issue limit before anything changes. */
export function checkLimit(store: Store, repo: Repo, issue: Issue, adding: string[], replacing: boolean): void {
  const kept = replacing ? [] : issue.labels.map((l) => l.toLowerCase());
  const names = new Set([...kept, ...adding.map((n) => (store.label(repo, n)?.name ?? n).toLowerCase())]);
  if (names.size > MAX_LABELS)
    invalidField('Label', 'labels', 'custom', `An issue can have at most ${MAX_LABELS} labels`);
}

export const labelRoutes: Route[] = [
  route('GET', '/repos/{o}/{r}/labels', (req, store) => {
    const repo = repoOf(store, req);
    return page(
      req,
      repo.labels.map((l) => labelJson(req.base, repo, l))
    );
  }),
  route('POST', '/repos/{o}/{r}/labels', (req, store) => {
    const repo = repoOf(store, req);
    const { name, color, description } = fieldsOf(req.body);
    if (typeof name !== 'string' || !name.trim()) invalidField('Label', 'name', 'missing_field');
    checkColor(color);
    checkDescription(description);
    checkLengths(name, description);
    if (store.label(repo, name)) invalidField('Label', 'name', 'already_exists');
    return ok(labelJson(req.base, repo, store.createLabel(repo, name, color ?? 'ededed', description ?? null)), 201);
  }),
  route('GET', '/repos/{o}/{r}/labels/{name}', (req, store) => {
    const repo = repoOf(store, req);
    return ok(labelJson(req.base, repo, store.label(repo, req.params[2]!) ?? notFound()));
  }),
  route('PATCH', '/repos/{o}/{r}/labels/{name}', (req, store) => {
    const repo = repoOf(store, req);
    const label = store.label(repo, req.params[2]!) ?? notFound();
    const { new_name, color, description } = fieldsOf(req.body);
    checkColor(color);
    checkDescription(description);
    checkLengths(new_name, description);
    if (typeof new_name === 'string' && new_name !== label.name) {
      const other = store.label(repo, new_name);
      if (other && other !== label) invalidField('Label', 'name', 'already_exists');
      for (const issue of repo.issues.values())
        issue.labels = issue.labels.map((l) => (l === label.name ? new_name : l));
      label.name = new_name;
    }
    if (color !== undefined) label.color = color.replace(/^#/, '').toLowerCase();
    if (description !== undefined) label.description = description;
    return ok(labelJson(req.base, repo, label));
  }),
  route('DELETE', '/repos/{o}/{r}/labels/{name}', (req, store) => {
    const repo = repoOf(store, req);
    const label = store.label(repo, req.params[2]!) ?? notFound();
    repo.labels = repo.labels.filter((l) => l !== label);
    for (const issue of repo.issues.values()) issue.labels = issue.labels.filter((l) => l !== label.name);
    return { status: 204 };
  }),

  route('GET', '/repos/{o}/{r}/issues/{n}/labels', (req, store) => {
    const { repo, issue } = issueOf(store, req);
    return page(req, issueLabels(req, store, repo, issue));
  }),
  // Adding a label the repository lacks creates it (colour ededed), as GitHub does.
  route('POST', '/repos/{o}/{r}/issues/{n}/labels', (req, store) => {
    const { repo, issue } = issueOf(store, req);
    const names = labelNames(req.body);
    checkLimit(store, repo, issue, names, false);
    store.addLabels(repo, issue, names, req.actor);
    return ok(issueLabels(req, store, repo, issue));
  }),
  route('PUT', '/repos/{o}/{r}/issues/{n}/labels', (req, store) => {
    const { repo, issue } = issueOf(store, req);
    const names = labelNames(req.body);
    checkLimit(store, repo, issue, names, true);
    store.setLabels(repo, issue, names, req.actor);
    return ok(issueLabels(req, store, repo, issue));
  }),
  route('DELETE', '/repos/{o}/{r}/issues/{n}/labels', (req, store) => {
    const { repo, issue } = issueOf(store, req);
    store.setLabels(repo, issue, [], req.actor);
    return { status: 204 };
  }),
  route('DELETE', '/repos/{o}/{r}/issues/{n}/labels/{name}', (req, store) => {
    const { repo, issue } = issueOf(store, req);
    if (!store.removeLabel(repo, issue, req.params[3]!, req.actor)) throw new HttpError(404, 'Label does not exist');
    return ok(issueLabels(req, store, repo, issue));
  })
];
