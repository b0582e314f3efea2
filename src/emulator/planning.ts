/**
 * GitHub's native planning features the emulator models beside the store: issue dependencies
 * ("blocked by", REST `…/dependencies/blocked_by|blocking`), organisation issue fields and an
 * issue's field values (REST, public preview), and Projects (v2) with their status updates
 * (GraphQL). Organisations live here rather than in the Store: a repository's owner that the
 * seed does not list as an organisation has no issue fields API (it answers 404), which is how
 * tests prove the action's "not available here" path.
 */
import { nextId, nodeId, type DependencyEvent, type Issue, type IssueLink, type Repo, type Store } from './store';

/** GitHub's documented limit: 50 issues per relationship type (blocked by, blocking). */
export const MAX_DEPENDENCIES = 50;

export type FieldType = 'text' | 'date' | 'single_select' | 'multi_select' | 'number';

export interface IssueField {
  id: number;
  nodeId: string;
  name: string;
  dataType: FieldType;
  options: { id: number; name: string; color: string }[];
  createdAt: string;
}

export interface StatusUpdate {
  id: number;
  nodeId: string;
  status: string | null;
  body: string | null;
  startDate: string | null;
  targetDate: string | null;
  creator: string;
  createdAt: string;
}

export interface Project {
  id: number;
  nodeId: string;
  number: number;
  title: string;
  owner: string;
  statusUpdates: StatusUpdate[];
}

export interface Org {
  login: string;
  /** Undefined: the issue fields API is not available to this organisation (404). */
  issueFields?: IssueField[];
  projects: Project[];
}

const orgsOf = new WeakMap<Store, Map<string, Org>>();
/** Stores where some dependency was ever added: elsewhere "blocking" needs no scan of every issue. */
const withDependencies = new WeakSet<Store>();
const valuesOf = new WeakMap<Issue, Map<number, string | number>>();

function orgs(store: Store): Map<string, Org> {
  let map = orgsOf.get(store);
  if (!map) orgsOf.set(store, (map = new Map<string, Org>()));
  return map;
}

export function org(store: Store, login: string): Org | undefined {
  return orgs(store).get(login.toLowerCase());
}

export function addOrg(store: Store, login: string): Org {
  const found = org(store, login);
  if (found) return found;
  const created: Org = { login, projects: [] };
  orgs(store).set(login.toLowerCase(), created);
  return created;
}

const COLORS = ['red', 'orange', 'yellow', 'green', 'blue', 'purple', 'pink', 'gray'];

export function addIssueField(
  store: Store,
  owner: Org,
  init: { name: string; dataType: FieldType; options?: string[] }
): IssueField {
  const id = nextId();
  const options = (init.options ?? []).map((name, i) => ({ id: nextId(), name, color: COLORS[i % COLORS.length]! }));
  const field: IssueField = {
    id,
    nodeId: nodeId('IssueField', id),
    name: init.name,
    dataType: init.dataType,
    options,
    createdAt: store.iso()
  };
  owner.issueFields = [...(owner.issueFields ?? []), field];
  return field;
}

export function addProject(owner: Org, init: { number: number; title: string }): Project {
  const id = nextId();
  const project: Project = {
    id,
    nodeId: nodeId('ProjectV2', id),
    number: init.number,
    title: init.title,
    owner: owner.login,
    statusUpdates: []
  };
  owner.projects.push(project);
  return project;
}

export function addStatusUpdate(
  store: Store,
  project: Project,
  init: Partial<Omit<StatusUpdate, 'id' | 'nodeId'>>,
  actor: string
): StatusUpdate {
  const id = nextId();
  const update: StatusUpdate = {
    id,
    nodeId: nodeId('ProjectV2StatusUpdate', id),
    status: null,
    body: null,
    startDate: null,
    targetDate: null,
    creator: actor,
    createdAt: store.iso(),
    ...init
  };
  project.statusUpdates.push(update);
  return update;
}

export function projectByNodeId(store: Store, id: string): Project | undefined {
  for (const o of orgs(store).values()) for (const p of o.projects) if (p.nodeId === id) return p;
  return undefined;
}

/** The field values set on an issue, by field id. */
export function fieldValues(issue: Issue): Map<number, string | number> {
  let map = valuesOf.get(issue);
  if (!map) valuesOf.set(issue, (map = new Map<number, string | number>()));
  return map;
}

/** Why a value does not fit its field (GitHub answers 422), or undefined. */
export function valueProblem(field: IssueField, value: unknown): string | undefined {
  switch (field.dataType) {
    case 'single_select':
      return typeof value === 'string' && field.options.some((o) => o.name === value)
        ? undefined
        : `"${String(value)}" is not an option of ${field.name}`;
    case 'number':
      return typeof value === 'number' ? undefined : `${field.name} takes a number`;
    case 'date':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) && !Number.isNaN(Date.parse(value))
        ? undefined
        : `${field.name} takes an ISO 8601 date`;
    case 'multi_select':
      return 'multi-select values are not modelled by the emulator';
    default:
      return typeof value === 'string' ? undefined : `${field.name} takes text`;
  }
}

const keyOf = (store: Store, repo: Repo) => store.key(repo);

/** The issues blocking `issue` that exist, wherever they live. */
export function blockers(store: Store, repo: Repo, issue: Issue): { repo: Repo; issue: Issue }[] {
  return (issue.blockedBy ?? [])
    .map((l) => store.linked(repo, l))
    .filter((c): c is { repo: Repo; issue: Issue } => Boolean(c));
}

/** The issues `issue` blocks: every issue whose blockers include it. */
export function blocking(store: Store, repo: Repo, issue: Issue): { repo: Repo; issue: Issue }[] {
  const found: { repo: Repo; issue: Issue }[] = [];
  if (!withDependencies.has(store)) return found;
  for (const other of store.repos.values()) {
    for (const candidate of other.issues.values()) {
      if (blockers(store, other, candidate).some((b) => b.issue === issue && b.repo === repo))
        found.push({ repo: other, issue: candidate });
    }
  }
  return found;
}

function record(
  issue: Issue,
  type: DependencyEvent['type'],
  other: { repo: string; number: number },
  actor: string,
  at: string
): void {
  issue.dependencyEvents = [...(issue.dependencyEvents ?? []), { type, actor, createdAt: at, other }];
}

/**
 * Makes `blocker` block `issue`, recording `blocked_by_added` on the blocked issue and
 * `blocking_added` on the blocker; returns GitHub's refusal, or undefined.
 */
export function addBlockedBy(
  store: Store,
  at: { repo: Repo; issue: Issue },
  by: { repo: Repo; issue: Issue },
  actor: string,
  when = store.iso()
): string | undefined {
  if (at.issue === by.issue) return 'An issue cannot be blocked by itself';
  if (at.issue.pull || by.issue.pull) return 'Pull requests cannot have dependencies';
  const link: IssueLink = store.linkTo(at.repo, by.repo, by.issue);
  if ((at.issue.blockedBy ?? []).includes(link)) return 'Issue is already blocked by this issue';
  if ((at.issue.blockedBy ?? []).length >= MAX_DEPENDENCIES)
    return `An issue can be blocked by at most ${MAX_DEPENDENCIES} issues`;
  if (blocking(store, by.repo, by.issue).length >= MAX_DEPENDENCIES)
    return `An issue can block at most ${MAX_DEPENDENCIES} issues`;
  withDependencies.add(store);
  at.issue.blockedBy = [...(at.issue.blockedBy ?? []), link];
  record(at.issue, 'blocked_by_added', { repo: keyOf(store, by.repo), number: by.issue.number }, actor, when);
  record(by.issue, 'blocking_added', { repo: keyOf(store, at.repo), number: at.issue.number }, actor, when);
  at.issue.updatedAt = when;
  return undefined;
}

export function removeBlockedBy(
  store: Store,
  at: { repo: Repo; issue: Issue },
  by: { repo: Repo; issue: Issue },
  actor: string
): boolean {
  const link = store.linkTo(at.repo, by.repo, by.issue);
  if (!(at.issue.blockedBy ?? []).includes(link)) return false;
  at.issue.blockedBy = at.issue.blockedBy!.filter((l) => l !== link);
  const when = store.iso();
  record(at.issue, 'blocked_by_removed', { repo: keyOf(store, by.repo), number: by.issue.number }, actor, when);
  record(by.issue, 'blocking_removed', { repo: keyOf(store, at.repo), number: at.issue.number }, actor, when);
  at.issue.updatedAt = when;
  return true;
}

/** `issue_dependencies_summary`: open blockers and open blocked issues, and the totals. */
export function dependencySummary(
  store: Store,
  repo: Repo,
  issue: Issue
): { blocked_by: number; blocking: number; total_blocked_by: number; total_blocking: number } {
  const by = blockers(store, repo, issue);
  const of = blocking(store, repo, issue);
  return {
    blocked_by: by.filter((b) => b.issue.state === 'open').length,
    blocking: of.filter((b) => b.issue.state === 'open').length,
    total_blocked_by: by.length,
    total_blocking: of.length
  };
}
