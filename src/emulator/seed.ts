import { isMap, isPair, isScalar, isSeq, parseDocument, visit } from 'yaml';
import {
  addBlockedBy,
  addIssueField,
  addOrg,
  addProject,
  addStatusUpdate,
  fieldValues,
  org,
  type FieldType
} from './planning';
import { nextId, type Issue, type IssueLink, type Repo, type Store, type TimelineEvent } from './store';

/** The seed format (documented in src/emulator/README.md). */
export interface Seed {
  tokens?: Record<string, string>;
  /** Organisations with issue fields and projects (planning.ts); an owner not listed has no issue fields API. */
  orgs?: SeedOrg[];
  repos: SeedRepo[];
}

export interface SeedOrg {
  login: string;
  /** Its issue fields (absent: the API answers 404, as where the preview is not enabled). */
  issueFields?: { name: string; dataType: FieldType; options?: string[] }[];
  projects?: {
    number: number;
    title: string;
    statusUpdates?: { status: string; body?: string; createdAt?: string }[];
  }[];
}

export interface SeedRepo {
  owner: string;
  name: string;
  defaultBranch?: string;
  private?: boolean;
  /** Members of the owning organisation: their comments and issues say MEMBER. */
  members?: string[];
  /** Collaborators with write access: COLLABORATOR. Everyone else but the owner is NONE (or CONTRIBUTOR). */
  collaborators?: string[];
  labels?: { name: string; color?: string; description?: string | null }[];
  issues?: SeedIssue[];
  pulls?: SeedPull[];
  contents?: Record<string, string>;
  refs?: Record<string, Record<string, string>>;
  artifacts?: { id?: number; runId: number; name: string; files: Record<string, string> }[];
  workflowRuns?: { id: number; headSha: string; headBranch: string; event?: string; pullRequests?: number[] }[];
}

export interface SeedIssue {
  number: number;
  title: string;
  body?: string | null;
  state?: 'open' | 'closed';
  stateReason?: 'completed' | 'not_planned' | 'reopened' | 'duplicate' | null;
  labels?: string[];
  assignees?: string[];
  author?: string;
  /** Numbers in this repository, or `owner/name#N` in another repository of the same owner. */
  subIssues?: IssueLink[];
  parent?: IssueLink;
  createdAt?: string;
  /** Defaults to the latest of its creation, closing, comments and events. */
  updatedAt?: string;
  closedAt?: string;
  /** The name of its issue type, e.g. `Epic`. */
  type?: string;
  /** Its milestone, created on the repository by title (`dueOn`: ISO 8601 time). */
  milestone?: { title: string; dueOn?: string | null };
  /** Issues blocking it (numbers, or `owner/name#N`); each link dates from the later of the two issues' creation. */
  blockedBy?: IssueLink[];
  /** Its issue field values by field name (the organisation's `issueFields`), e.g. `{ Priority: P1, "Target date": 2025-01-20 }`. */
  fields?: Record<string, string | number>;
  comments?: { author?: string; body: string; createdAt?: string }[];
  events?: {
    event: string;
    label?: string;
    assignee?: string;
    actor?: string;
    createdAt: string;
    source?: number;
    stateReason?: SeedIssue['stateReason'];
  }[];
}

export interface SeedPull {
  number: number;
  title: string;
  body?: string | null;
  state?: 'open' | 'closed';
  merged?: boolean;
  mergedAt?: string;
  baseRef?: string;
  headRef?: string;
  headSha?: string;
  baseSha?: string;
  author?: string;
  labels?: string[];
  createdAt?: string;
  /** Paths, or `{count, pattern}` to generate many (`{i}` in the pattern is the index). */
  files?: string[] | { count: number; pattern: string };
  /** Numbers in this repository, or `owner/name#N` (a closing reference `Fixes owner/name#N`). */
  closingIssues?: IssueLink[];
}

/** Parses a seed file, JSON or YAML, with a message naming the file when it is malformed. */
export function loadSeed(text: string, fileName: string): Seed {
  let data: unknown;
  try {
    data = fileName.endsWith('.json') ? JSON.parse(text) : parseSeedYaml(text);
  } catch (error) {
    throw new Error(
      `${fileName}: not valid ${fileName.endsWith('.json') ? 'JSON' : 'YAML'}: ${(error as Error).message.split('\n')[0]}`
    );
  }
  if (!data || typeof data !== 'object' || !Array.isArray((data as Seed).repos)) {
    throw new Error(`${fileName}: a seed needs a "repos" list`);
  }
  checkSeed(data as Seed, fileName);
  return data as Seed;
}

/** Fields whose values are text even when YAML reads them as numbers (`color: 5319e7`, `headSha: 1234…`). */
const TEXT_FIELDS = new Set([
  'owner',
  'name',
  'defaultBranch',
  'color',
  'description',
  'title',
  'body',
  'author',
  'baseRef',
  'headRef',
  'headSha',
  'baseSha',
  'headBranch',
  'label',
  'assignee',
  'actor',
  'pattern',
  'event'
]);
/** Fields that are lists or maps of text (label names, logins, file paths and contents). */
const TEXT_COLLECTIONS = new Set(['labels', 'assignees', 'files', 'contents', 'tokens']);

/**
 * YAML with the seed's text fields kept as written: `color: 5319e7` is the float 5.319e10 and
 * `color: 000000` the integer 0 to YAML, but a colour to the person who wrote it.
 */
function parseSeedYaml(text: string): unknown {
  const doc = parseDocument(text);
  const [error] = doc.errors;
  if (error) throw error;
  const asText = (node: unknown) => {
    if (isScalar(node) && node.value !== null && typeof node.value !== 'string' && typeof node.source === 'string')
      node.value = node.source;
  };
  visit(doc, {
    Pair(_, pair) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (TEXT_FIELDS.has(key)) asText(pair.value);
      if (!TEXT_COLLECTIONS.has(key)) return;
      if (isSeq(pair.value)) pair.value.items.forEach(asText);
      if (isMap(pair.value))
        for (const item of pair.value.items)
          if (isPair(item) && !(isScalar(item.key) && item.key.value === 'count')) asText(item.value);
    }
  });
  return doc.toJS();
}

/** The mistakes a hand-written seed makes, named by repository and number rather than found later as odd state. */
function checkSeed(seed: Seed, fileName: string): void {
  seed.repos.forEach((r, index) => {
    const where = `${fileName}: repos[${index}]`;
    if (typeof r?.owner !== 'string' || typeof r.name !== 'string')
      throw new Error(`${where}: "owner" and "name" are required`);
    for (const label of r.labels ?? []) {
      if (typeof label?.name !== 'string' || !label.name)
        throw new Error(`${where} (${r.owner}/${r.name}): every label needs a "name"`);
      if (label.color !== undefined && (typeof label.color !== 'string' || !/^[0-9a-fA-F]{6}$/.test(label.color))) {
        throw new Error(
          `${where} (${r.owner}/${r.name}) label "${label.name}": "color" must be six hexadecimal digits without #, e.g. 5319e7`
        );
      }
    }
    const numbers = new Set<number>();
    for (const item of [...(r.issues ?? []), ...(r.pulls ?? [])]) {
      if (!Number.isInteger(item?.number) || item.number < 1)
        throw new Error(`${where} (${r.owner}/${r.name}): every issue and pull request needs a positive "number"`);
      if (typeof item.title !== 'string')
        throw new Error(`${where} (${r.owner}/${r.name}) #${item.number}: "title" is required`);
      // Issues and pull requests share one number space, as on GitHub.
      if (numbers.has(item.number))
        throw new Error(
          `${where} (${r.owner}/${r.name}): #${item.number} is used twice (issues and pull requests share one number space)`
        );
      numbers.add(item.number);
    }
    for (const issue of r.issues ?? []) {
      const m = issue.milestone;
      if (m !== undefined && (typeof m?.title !== 'string' || (m.dueOn != null && Number.isNaN(Date.parse(m.dueOn))))) {
        throw new Error(
          `${where} (${r.owner}/${r.name}) #${issue.number}: "milestone" needs a "title" and, if any, an ISO 8601 "dueOn"`
        );
      }
      for (const n of issue.blockedBy ?? []) {
        if (!linkDefined(seed, r, n))
          throw new Error(
            `${where} (${r.owner}/${r.name}) #${issue.number}: "blockedBy" names ${typeof n === 'number' ? `#${n}` : n}, which the seed does not define`
          );
      }
      for (const n of [...(issue.subIssues ?? []), ...(issue.parent != null ? [issue.parent] : [])]) {
        if (!linkDefined(seed, r, n))
          throw new Error(
            `${where} (${r.owner}/${r.name}) #${issue.number}: sub-issue link to ${typeof n === 'number' ? `#${n}` : n}, which the seed does not define`
          );
      }
    }
    for (const pull of r.pulls ?? []) {
      for (const n of pull.closingIssues ?? []) {
        if (!linkDefined(seed, r, n))
          throw new Error(
            `${where} (${r.owner}/${r.name}) #${pull.number}: closing reference to ${typeof n === 'number' ? `#${n}` : n}, which the seed does not define`
          );
      }
    }
  });
}

/** Whether a link (`14` or `owner/name#14`) names an issue or pull request the seed defines. */
function linkDefined(seed: Seed, from: SeedRepo, link: unknown): boolean {
  const m = typeof link === 'string' ? /^([^/\s]+)\/([^#\s]+)#(\d+)$/.exec(link) : null;
  if (typeof link !== 'number' && !m) return false;
  const repo = m
    ? seed.repos.find((r) => `${r.owner}/${r.name}`.toLowerCase() === `${m[1]}/${m[2]}`.toLowerCase())
    : from;
  const number = m ? Number(m[3]) : link;
  return Boolean(repo && [...(repo.issues ?? []), ...(repo.pulls ?? [])].some((i) => i.number === number));
}

function files(spec: SeedPull['files']): string[] {
  if (!spec) return [];
  if (Array.isArray(spec)) return spec;
  return Array.from({ length: spec.count }, (_, i) => spec.pattern.replace(/\{i\}/g, String(i)));
}

/** Organisations: their issue fields and projects (with any earlier status updates). */
function applyOrgs(store: Store, seed: Seed): void {
  for (const o of seed.orgs ?? []) {
    const created = addOrg(store, o.login);
    if (o.issueFields) created.issueFields ??= [];
    for (const f of o.issueFields ?? []) addIssueField(store, created, f);
    for (const p of o.projects ?? []) {
      const project = addProject(created, p);
      for (const u of p.statusUpdates ?? [])
        addStatusUpdate(
          store,
          project,
          { status: u.status, body: u.body ?? null, ...(u.createdAt ? { createdAt: u.createdAt } : {}) },
          'octocat'
        );
    }
  }
}

/** An issue's blockers and field values, once every issue exists. */
function applyPlanning(store: Store, repo: Repo, i: SeedIssue): void {
  const issue = repo.issues.get(i.number)!;
  for (const n of i.blockedBy ?? []) {
    const by = store.linked(repo, n);
    const when =
      by && Date.parse(by.issue.createdAt) > Date.parse(issue.createdAt) ? by.issue.createdAt : issue.createdAt;
    if (by) addBlockedBy(store, { repo, issue }, by, 'octocat', when);
  }
  const fields = org(store, repo.owner)?.issueFields ?? [];
  for (const [name, value] of Object.entries(i.fields ?? {})) {
    const field = fields.find((f) => f.name.toLowerCase() === name.toLowerCase());
    if (!field)
      throw new Error(
        `seed: ${repo.owner}/${repo.name}#${i.number} sets the field "${name}", which organisation ${repo.owner} does not have`
      );
    fieldValues(issue).set(
      field.id,
      field.dataType === 'date' && typeof value === 'string' ? value.slice(0, 10) : value
    );
  }
}

/** Loads a seed into the store: repositories first, then issues, then links between them. */
export function applySeed(store: Store, seed: Seed): void {
  applyOrgs(store, seed);
  for (const r of seed.repos) seedRepo(store, r);
  // Links need every issue to exist first.
  for (const r of seed.repos) seedLinks(store, r);
  // Mentions across every repository, once all exist; then times as of the seed, not of loading it.
  for (const repo of store.repos.values())
    for (const issue of repo.issues.values()) store.crossReference(repo, issue, issue.body, issue.author);
  for (const repo of store.repos.values()) for (const issue of repo.issues.values()) settleTimes(store, issue);
}

/** A repository with its labels, contents, issues, pull requests, artifacts and workflow runs. */
function seedRepo(store: Store, r: SeedRepo): void {
  const repo = store.repo(r.owner, r.name) ?? store.addRepo(r);
  for (const l of r.labels ?? [])
    if (!store.label(repo, l.name)) store.createLabel(repo, l.name, l.color ?? 'ededed', l.description ?? null);
  Object.assign(repo.contents, r.contents ?? {});
  Object.assign(repo.refs, r.refs ?? {});
  for (const i of r.issues ?? []) {
    const events: TimelineEvent[] = (i.events ?? []).map((e) =>
      seedEvent(repo.owner, repo.name, e, i.stateReason ?? 'completed')
    );
    const milestone = i.milestone ? store.milestone(repo, i.milestone.title, i.milestone.dueOn ?? null).number : null;
    // Links and comments are applied once every issue exists (seedLinks); events and the milestone are converted here.
    const {
      subIssues: _subIssues,
      parent: _parent,
      comments: _comments,
      events: _events,
      milestone: _milestone,
      ...fields
    } = i;
    store.createIssue(repo, {
      ...fields,
      events,
      stateReason: i.stateReason ?? (i.state === 'closed' ? 'completed' : null),
      milestone
    });
  }
  for (const p of r.pulls ?? []) seedPull(store, repo, p);
  for (const a of r.artifacts ?? [])
    repo.artifacts.push({ id: a.id ?? nextId(), runId: a.runId, name: a.name, files: a.files });
  for (const w of r.workflowRuns ?? []) repo.workflowRuns.push({ event: 'pull_request', pullRequests: [], ...w });
}

function seedPull(store: Store, repo: Repo, p: SeedPull): void {
  const merged = p.merged ?? false;
  store.createIssue(repo, {
    number: p.number,
    title: p.title,
    body: p.body ?? null,
    state: p.state ?? (merged ? 'closed' : 'open'),
    labels: p.labels,
    author: p.author,
    createdAt: p.createdAt,
    pull: {
      merged,
      mergedAt: merged ? (p.mergedAt ?? store.iso()) : null,
      baseRef: p.baseRef ?? repo.defaultBranch,
      headRef: p.headRef ?? `feature-${p.number}`,
      headSha: p.headSha ?? sha(p.number, 'head'),
      baseSha: p.baseSha ?? sha(p.number, 'base'),
      files: files(p.files),
      closingIssues: p.closingIssues ?? []
    }
  });
}

/** Sub-issues, parents and comments of a repository's seeded issues (the comments keep the issue's time). */
function seedLinks(store: Store, r: SeedRepo): void {
  const repo = store.repo(r.owner, r.name)!;
  for (const i of r.issues ?? []) {
    const issue = repo.issues.get(i.number)!;
    applyPlanning(store, repo, i);
    for (const n of i.subIssues ?? []) {
      const child = store.linked(repo, n);
      if (child) store.addSubIssue(repo, issue, child.issue, true, child.repo);
    }
    const parent = store.linked(repo, i.parent ?? null);
    if (parent) store.addSubIssue(parent.repo, parent.issue, issue, true, repo);
    const updatedAt = issue.updatedAt;
    for (const c of i.comments ?? []) {
      const comment = store.addComment(repo, issue, c.body, c.author ?? 'octocat');
      if (c.createdAt) comment.createdAt = comment.updatedAt = c.createdAt;
    }
    issue.updatedAt = updatedAt;
  }
}

/** Cross-references dated by their source's creation; `updatedAt` the latest of the issue's own times. */
function settleTimes(store: Store, issue: Issue): void {
  for (const e of issue.events) {
    if (e.type !== 'cross-referenced') continue;
    const [o, n] = e.source.repo.split('/') as [string, string];
    e.createdAt = store.repo(o, n)?.issues.get(e.source.number)?.createdAt ?? e.createdAt;
  }
  const times = [
    issue.updatedAt,
    issue.closedAt,
    ...issue.comments.map((c) => c.updatedAt),
    ...issue.events.filter((e) => e.type !== 'cross-referenced').map((e) => e.createdAt)
  ].filter((t): t is string => Boolean(t));
  issue.updatedAt = times.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a));
}

function seedEvent(
  owner: string,
  name: string,
  e: NonNullable<SeedIssue['events']>[number],
  reason: NonNullable<SeedIssue['stateReason']>
): TimelineEvent {
  const actor = e.actor ?? 'octocat';
  switch (e.event) {
    case 'labeled':
    case 'unlabeled':
      return { type: e.event, label: e.label ?? '', actor, createdAt: e.createdAt };
    case 'assigned':
    case 'unassigned':
      return { type: e.event, assignee: e.assignee ?? actor, actor, createdAt: e.createdAt };
    case 'closed':
      return { type: 'closed', actor, createdAt: e.createdAt, stateReason: e.stateReason ?? reason };
    case 'reopened':
      return { type: 'reopened', actor, createdAt: e.createdAt };
    case 'cross-referenced':
      return {
        type: 'cross-referenced',
        actor,
        createdAt: e.createdAt,
        source: { repo: `${owner}/${name}`.toLowerCase(), number: e.source ?? 0 }
      };
    default:
      throw new Error(
        `seed: unknown event "${e.event}" (expected labeled, unlabeled, assigned, unassigned, closed, reopened, cross-referenced)`
      );
  }
}

function sha(n: number, kind: string): string {
  return Buffer.from(`${kind}${n}`).toString('hex').padEnd(40, '0').slice(0, 40);
}
