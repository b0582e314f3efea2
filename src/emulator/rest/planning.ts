import type { components } from '@octokit/openapi-types';
import { invalid, invalidField, notFound, page, type Req } from '../http';
import { fieldsOf as jsonFields } from '../json';
import {
  addBlockedBy,
  blockers,
  blocking,
  fieldValues,
  org,
  removeBlockedBy,
  valueProblem,
  type IssueField
} from '../planning';
import type { DependencyEvent, Issue, Repo, Store } from '../store';
import { issueOf, ok, route, type Route } from './router';
import { issueJson, repoJson, userJson } from './shapes';

type Schemas = components['schemas'];

/** A dependency listing: each issue with its `repository`, as GitHub's answers carry it. */
function listed(req: Req, store: Store, list: { repo: Repo; issue: Issue }[]) {
  const paged = page(req, list);
  return {
    ...paged,
    body: paged.body.map((c) => ({
      ...issueJson(req.base, store, c.repo, c.issue),
      repository: repoJson(req.base, c.repo)
    }))
  };
}

const dependencyRoutes: Route[] = [
  route('GET', '/repos/{o}/{r}/issues/{n}/dependencies/blocked_by', (req, store) => {
    const { repo, issue } = issueOf(store, req);
    return listed(req, store, blockers(store, repo, issue));
  }),
  route('GET', '/repos/{o}/{r}/issues/{n}/dependencies/blocking', (req, store) => {
    const { repo, issue } = issueOf(store, req);
    return listed(req, store, blocking(store, repo, issue));
  }),
  // Takes the blocker's numeric id, not its number (as sub-issues do); answers with the blocked issue.
  route('POST', '/repos/{o}/{r}/issues/{n}/dependencies/blocked_by', (req, store) => {
    const at = issueOf(store, req);
    const id = jsonFields(req.body).issue_id;
    if (typeof id !== 'number') invalidField('Issue', 'issue_id', 'missing_field');
    const by = store.byId(id) ?? notFound();
    const problem = addBlockedBy(store, at, by, req.actor);
    if (problem)
      invalid('Validation Failed', [{ resource: 'Issue', field: 'issue_id', code: 'custom', message: problem }]);
    return {
      status: 201,
      body: issueJson(req.base, store, at.repo, at.issue),
      headers: {
        location: `${req.base}/repos/${at.repo.owner}/${at.repo.name}/issues/${at.issue.number}/dependencies/blocked_by`
      }
    };
  }),
  route('DELETE', '/repos/{o}/{r}/issues/{n}/dependencies/blocked_by/{id}', (req, store) => {
    const at = issueOf(store, req);
    const by = store.byId(Number(req.params[3]));
    if (!by || !removeBlockedBy(store, at, by, req.actor)) notFound();
    return ok(issueJson(req.base, store, at.repo, at.issue));
  })
];

function fieldJson(field: IssueField): Schemas['issue-field'] {
  return {
    id: field.id,
    node_id: field.nodeId,
    name: field.name,
    description: null,
    data_type: field.dataType,
    visibility: 'all',
    options:
      field.dataType === 'single_select' || field.dataType === 'multi_select'
        ? field.options.map((o) => ({ ...o, color: o.color as 'red', description: null }))
        : null,
    created_at: field.createdAt,
    updated_at: field.createdAt
  };
}

function valueJson(field: IssueField, value: string | number): Schemas['issue-field-value'] {
  const option = field.dataType === 'single_select' ? field.options.find((o) => o.name === value) : undefined;
  return {
    issue_field_id: field.id,
    issue_field_name: field.name,
    node_id: `IFV_${field.id}`,
    data_type: field.dataType,
    value,
    ...(field.dataType === 'single_select'
      ? { single_select_option: option ? { id: option.id, name: option.name, color: option.color } : null }
      : {})
  };
}

/** The issue fields of a repository's owner; 404 where the API is not available (not an organisation the seed lists with fields). */
function orgFields(store: Store, repo: Repo): IssueField[] {
  return org(store, repo.owner)?.issueFields ?? notFound();
}

function valuesJson(store: Store, repo: Repo, issue: Issue): Schemas['issue-field-value'][] {
  const fields = orgFields(store, repo);
  return [...fieldValues(issue).entries()].flatMap(([id, value]) => {
    const field = fields.find((f) => f.id === id);
    return field ? [valueJson(field, value)] : [];
  });
}

/** Checks every value before any is set, so a refused request changes nothing. */
function setValues(store: Store, repo: Repo, issue: Issue, body: unknown, replace: boolean): void {
  if (issue.pull) notFound();
  const fields = orgFields(store, repo);
  const list =
    (body as { issue_field_values?: { field_id: number; value: string | number }[] } | undefined)?.issue_field_values ??
    [];
  const checked = list.map((entry) => {
    const field = fields.find((f) => f.id === entry.field_id);
    if (!field)
      invalid('Validation Failed', [
        { resource: 'IssueFieldValue', field: 'field_id', code: 'invalid', message: `no issue field ${entry.field_id}` }
      ]);
    const problem = valueProblem(field, entry.value);
    if (problem)
      invalid('Validation Failed', [
        { resource: 'IssueFieldValue', field: 'value', code: 'invalid', message: problem }
      ]);
    return { field, value: entry.value };
  });
  const values = fieldValues(issue);
  // GitHub: "Adding an empty array will clear all existing field values for the issue."
  if (replace || checked.length === 0) values.clear();
  for (const { field, value } of checked) values.set(field.id, value);
  issue.updatedAt = store.iso();
}

const fieldRoutes: Route[] = [
  route('GET', '/orgs/{org}/issue-fields', (req, store) =>
    ok((org(store, req.params[0]!)?.issueFields ?? notFound()).map(fieldJson))
  ),
  route('GET', '/repos/{o}/{r}/issues/{n}/issue-field-values', (req, store) => {
    const { repo, issue } = issueOf(store, req);
    return page(req, valuesJson(store, repo, issue));
  }),
  route('POST', '/repos/{o}/{r}/issues/{n}/issue-field-values', (req, store) => {
    const { repo, issue } = issueOf(store, req);
    setValues(store, repo, issue, req.body, false);
    return ok(valuesJson(store, repo, issue));
  }),
  route('PUT', '/repos/{o}/{r}/issues/{n}/issue-field-values', (req, store) => {
    const { repo, issue } = issueOf(store, req);
    setValues(store, repo, issue, req.body, true);
    return ok(valuesJson(store, repo, issue));
  }),
  route('DELETE', '/repos/{o}/{r}/issues/{n}/issue-field-values/{id}', (req, store) => {
    const { repo, issue } = issueOf(store, req);
    orgFields(store, repo);
    if (!fieldValues(issue).delete(Number(req.params[3]))) notFound();
    return { status: 204 };
  })
];

export const planningRoutes: Route[] = [...dependencyRoutes, ...fieldRoutes];

/** A dependency event as the REST timeline and events list show it (`blocked-by-added-issue-event` and its kin). */
export function dependencyEventJson(
  req: Req,
  store: Store,
  repo: Repo,
  issue: Issue,
  e: DependencyEvent,
  index: number
) {
  const id = issue.id * 1000 + 500 + index;
  const [o, n] = e.other.repo.split('/') as [string, string];
  const otherRepo = store.repo(o, n);
  const other = otherRepo?.issues.get(e.other.number);
  const reference =
    other && otherRepo
      ? {
          number: other.number,
          title: other.title,
          state: other.state,
          state_reason: other.stateReason,
          repository: repoJson(req.base, otherRepo),
          issue_type: other.type
            ? { id: 0, node_id: `IT_${Buffer.from(other.type).toString('base64url')}`, name: other.type, color: null }
            : null
        }
      : null;
  const side = e.type.startsWith('blocked_by') ? 'blocked_by' : 'blocking';
  return {
    id,
    node_id: Buffer.from(`Event:${id}`).toString('base64'),
    url: `${req.base}/repos/${repo.owner}/${repo.name}/issues/events/${id}`,
    actor: userJson(req.base, e.actor),
    event: e.type,
    commit_id: null,
    commit_url: null,
    created_at: e.createdAt,
    performed_via_github_app: null,
    [side]: reference
  };
}
