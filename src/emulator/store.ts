import type { components } from '@octokit/openapi-types';

/**
 * The emulator's state: repositories with labels, issues and pull requests (one number space,
 * as on GitHub), comments, timeline events, sub-issues, contents, check runs and artifacts.
 * Every change goes through these methods so timeline events and cross-references are
 * recorded the way GitHub records them.
 */
export interface Label {
  id: number;
  nodeId: string;
  name: string;
  color: string;
  description: string | null;
}

export interface Comment {
  id: number;
  nodeId: string;
  body: string;
  author: string;
  createdAt: string;
  updatedAt: string;
}

export type TimelineEvent =
  | { type: 'labeled' | 'unlabeled'; label: string; actor: string; createdAt: string }
  | { type: 'assigned' | 'unassigned'; assignee: string; actor: string; createdAt: string }
  | {
      type: 'closed';
      actor: string;
      createdAt: string;
      stateReason: string | null;
      closer?: { repo: string; number: number };
    }
  | { type: 'reopened'; actor: string; createdAt: string }
  | { type: 'cross-referenced'; actor: string; createdAt: string; source: { repo: string; number: number } };

/**
 * A link to an issue: its number in the same repository, or `owner/name#N` in another one
 * (sub-issues across repositories of one owner, closing references `Fixes owner/repo#N`).
 */
export type IssueLink = number | string;

export interface PullData {
  merged: boolean;
  mergedAt: string | null;
  baseRef: string;
  headRef: string;
  headSha: string;
  baseSha: string;
  files: string[];
  /** Issues the PR closes (its closing keywords, or set by the seed), in this or another repository. */
  closingIssues: IssueLink[];
}

export interface Issue {
  id: number;
  nodeId: string;
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  stateReason: 'completed' | 'not_planned' | 'reopened' | 'duplicate' | null;
  labels: string[];
  assignees: string[];
  author: string;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  comments: Comment[];
  events: TimelineEvent[];
  subIssues: IssueLink[];
  parent: IssueLink | null;
  /** The number of its milestone, or null. */
  milestone: number | null;
  /** The name of its issue type (an organisation's `Epic`, `Bug`, …), or null. */
  type?: string | null;
  /** Issues blocking it ("blocked by" dependencies; see planning.ts). */
  blockedBy?: IssueLink[];
  /**
   * Its dependency events (`blocked_by_added`…), kept apart from `events`: the REST timeline and
   * events list them, GitHub's published GraphQL schema has no type for them.
   */
  dependencyEvents?: DependencyEvent[];
  pull?: PullData;
}

/** A "blocked by" / "blocking" link added or removed (REST `blocked-by-added-issue-event` and its kin). */
export interface DependencyEvent {
  type: 'blocked_by_added' | 'blocked_by_removed' | 'blocking_added' | 'blocking_removed';
  actor: string;
  createdAt: string;
  /** The issue at the other end: `owner/name` (lower-case) and number. */
  other: { repo: string; number: number };
}

/** A repository milestone; an issue carries at most one (its `due_on` is an epic's target date). */
export interface Milestone {
  id: number;
  nodeId: string;
  number: number;
  title: string;
  description: string | null;
  state: 'open' | 'closed';
  dueOn: string | null;
  createdAt: string;
}

export interface CheckRun {
  id: number;
  nodeId: string;
  name: string;
  headSha: string;
  status: components['schemas']['check-run']['status'];
  /** The published answer's values, and `stale`, which the request's enum lists too (checks/create). */
  conclusion: NonNullable<components['schemas']['check-run']['conclusion']> | 'stale' | null;
  externalId: string | null;
  output: { title: string | null; summary: string | null; text: string | null };
  annotations: components['schemas']['check-annotation'][];
  startedAt: string;
  completedAt: string | null;
}

export interface Artifact {
  id: number;
  runId: number;
  name: string;
  files: Record<string, string>;
}

export interface WorkflowRun {
  id: number;
  headSha: string;
  headBranch: string;
  event: string;
  pullRequests: number[];
}

export interface Repo {
  id: number;
  nodeId: string;
  owner: string;
  name: string;
  defaultBranch: string;
  private: boolean;
  labels: Label[];
  issues: Map<number, Issue>;
  contents: Record<string, string>;
  refs: Record<string, Record<string, string>>;
  checkRuns: CheckRun[];
  artifacts: Artifact[];
  workflowRuns: WorkflowRun[];
  milestones: Milestone[];
  /** Members of the owning organisation (`author_association` MEMBER). */
  members: string[];
  /** Outside collaborators listed on the repository (`author_association` COLLABORATOR). */
  collaborators: string[];
}

export type AuthorAssociation = 'OWNER' | 'MEMBER' | 'COLLABORATOR' | 'CONTRIBUTOR' | 'NONE';

/**
 * What GitHub says about an author's relation to a repository, as `author_association`:
 * the owner, members of the owning organisation and listed collaborators have write access;
 * someone whose pull request was merged is a CONTRIBUTOR; everyone else, the author of the
 * issue included, is NONE. Tokens act as their user (`github-actions[bot]` too).
 */
export function associationOf(repo: Repo, login: string): AuthorAssociation {
  const name = login.toLowerCase();
  const listed = (list: string[]) => list.some((l) => l.toLowerCase() === name);
  if (repo.owner.toLowerCase() === name) return 'OWNER';
  if (listed(repo.members)) return 'MEMBER';
  if (listed(repo.collaborators)) return 'COLLABORATOR';
  for (const issue of repo.issues.values())
    if (issue.pull?.merged && issue.author.toLowerCase() === name) return 'CONTRIBUTOR';
  return 'NONE';
}

let counter = 1000;
const nextId = () => ++counter;
const nodeId = (prefix: string, id: number) => Buffer.from(`${prefix}:${id}`).toString('base64').replace(/=+$/, '');

/** `#14`, `owner/repo#14` and issue/PR URLs in text: what GitHub turns into cross-references. */
export function referencesIn(text: string, here: string): { repo: string; number: number }[] {
  const found: { repo: string; number: number }[] = [];
  const pattern =
    /(?:https?:\/\/[^/\s]+\/([\w.-]+\/[\w.-]+)\/(?:issues|pull)\/(\d+))|(?:^|[^\w/&])(?:([\w.-]+\/[\w.-]+))?#(\d+)\b/g;
  for (const m of text.matchAll(pattern)) {
    const repo = (m[1] ?? m[3] ?? here).toLowerCase();
    const number = Number(m[2] ?? m[4]);
    if (number > 0 && !found.some((f) => f.repo === repo && f.number === number)) found.push({ repo, number });
  }
  return found;
}

/** An issue's history (the REST timeline, GraphQL timelineItems) in time order: its events and, on the timeline only, its comments. */
export function history(
  issue: Issue,
  withComments: boolean
): ({ event: TimelineEvent; index: number } | { comment: Comment })[] {
  const time = (iso: string) => Date.parse(iso) || 0;
  const items: ({ event: TimelineEvent; index: number; at: number } | { comment: Comment; at: number })[] =
    issue.events.map((event, index) => ({ event, index, at: time(event.createdAt) }));
  if (withComments) items.push(...issue.comments.map((comment) => ({ comment, at: time(comment.createdAt) })));
  // A stable sort: events recorded at the same second keep the order they happened in.
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => (a.item.at < b.item.at ? -1 : a.item.at > b.item.at ? 1 : a.i - b.i))
    .map(({ item }) => item);
}

export class Store {
  readonly repos = new Map<string, Repo>();
  constructor(readonly now: () => Date) {}

  iso(): string {
    return this.now()
      .toISOString()
      .replace(/\.\d{3}Z$/, 'Z');
  }

  repo(owner: string, name: string): Repo | undefined {
    return this.repos.get(`${owner}/${name}`.toLowerCase());
  }

  key(repo: Repo): string {
    return `${repo.owner}/${repo.name}`.toLowerCase();
  }

  addRepo(init: {
    owner: string;
    name: string;
    defaultBranch?: string;
    private?: boolean;
    members?: string[];
    collaborators?: string[];
  }): Repo {
    const id = nextId();
    const repo: Repo = {
      id,
      nodeId: nodeId('Repository', id),
      owner: init.owner,
      name: init.name,
      defaultBranch: init.defaultBranch ?? 'main',
      private: init.private ?? false,
      labels: [],
      issues: new Map(),
      contents: {},
      refs: {},
      checkRuns: [],
      artifacts: [],
      workflowRuns: [],
      members: [...(init.members ?? [])],
      collaborators: [...(init.collaborators ?? [])],
      milestones: []
    };
    this.repos.set(this.key(repo), repo);
    return repo;
  }

  label(repo: Repo, name: string): Label | undefined {
    return repo.labels.find((l) => l.name.toLowerCase() === name.toLowerCase());
  }

  createLabel(repo: Repo, name: string, color = 'ededed', description: string | null = null): Label {
    const id = nextId();
    const label = { id, nodeId: nodeId('Label', id), name, color: color.replace(/^#/, '').toLowerCase(), description };
    repo.labels.push(label);
    return label;
  }

  /** The milestone of that title, created (open) when the repository has none yet. */
  milestone(repo: Repo, title: string, dueOn: string | null = null): Milestone {
    const found = repo.milestones.find((m) => m.title === title);
    if (found) return found;
    const id = nextId();
    const milestone: Milestone = {
      id,
      nodeId: nodeId('Milestone', id),
      number: repo.milestones.length + 1,
      title,
      description: null,
      state: 'open',
      dueOn,
      createdAt: this.iso()
    };
    repo.milestones.push(milestone);
    return milestone;
  }

  nextNumber(repo: Repo): number {
    return Math.max(0, ...repo.issues.keys()) + 1;
  }

  createIssue(repo: Repo, init: Partial<Issue> & { title: string }, actor = 'octocat'): Issue {
    const id = nextId();
    const number = init.number ?? this.nextNumber(repo);
    const at = init.createdAt ?? this.iso();
    const issue: Issue = {
      id,
      nodeId: nodeId(init.pull ? 'PullRequest' : 'Issue', id),
      number,
      title: init.title,
      body: init.body ?? null,
      state: init.state ?? 'open',
      stateReason: init.stateReason ?? null,
      labels: [],
      assignees: init.assignees ?? [],
      author: init.author ?? actor,
      createdAt: at,
      updatedAt: init.updatedAt ?? at,
      closedAt: init.closedAt ?? (init.state === 'closed' ? at : null),
      comments: [],
      events: init.events ?? [],
      subIssues: [],
      parent: null,
      milestone: init.milestone ?? null,
      type: init.type ?? null,
      pull: init.pull
    };
    repo.issues.set(number, issue);
    for (const name of init.labels ?? []) {
      const label = this.label(repo, name) ?? this.createLabel(repo, name);
      issue.labels.push(label.name);
    }
    return issue;
  }

  /** Records cross-reference events on every issue `text` mentions, once per source. */
  crossReference(repo: Repo, source: Issue, text: string | null, actor: string): void {
    if (!text) return;
    for (const ref of referencesIn(text, this.key(repo))) {
      const [owner, name] = ref.repo.split('/');
      const targetRepo = this.repo(owner!, name!);
      const target = targetRepo?.issues.get(ref.number);
      if (!target || (target === source && targetRepo === repo)) continue;
      const already = target.events.some(
        (e) => e.type === 'cross-referenced' && e.source.repo === this.key(repo) && e.source.number === source.number
      );
      if (!already)
        target.events.push({
          type: 'cross-referenced',
          actor,
          createdAt: this.iso(),
          source: { repo: this.key(repo), number: source.number }
        });
    }
  }

  addLabels(repo: Repo, issue: Issue, names: string[], actor: string): void {
    for (const name of names) {
      const label = this.label(repo, name) ?? this.createLabel(repo, name);
      if (issue.labels.some((l) => l.toLowerCase() === label.name.toLowerCase())) continue;
      issue.labels.push(label.name);
      issue.events.push({ type: 'labeled', label: label.name, actor, createdAt: this.iso() });
    }
    issue.updatedAt = this.iso();
  }

  removeLabel(repo: Repo, issue: Issue, name: string, actor: string): boolean {
    const index = issue.labels.findIndex((l) => l.toLowerCase() === name.toLowerCase());
    if (index < 0) return false;
    const [removed] = issue.labels.splice(index, 1);
    issue.events.push({ type: 'unlabeled', label: removed!, actor, createdAt: this.iso() });
    issue.updatedAt = this.iso();
    void repo;
    return true;
  }

  setState(
    issue: Issue,
    state: 'open' | 'closed',
    reason: Issue['stateReason'] | undefined,
    actor: string,
    closer?: { repo: string; number: number }
  ): void {
    if (state === issue.state) {
      if (state === 'closed' && reason && !issue.pull) issue.stateReason = reason;
      return;
    }
    issue.state = state;
    if (state === 'closed') {
      issue.stateReason = issue.pull ? null : (reason ?? 'completed');
      issue.closedAt = this.iso();
      issue.events.push({ type: 'closed', actor, createdAt: this.iso(), stateReason: issue.stateReason, closer });
    } else {
      issue.stateReason = issue.pull ? null : 'reopened';
      issue.closedAt = null;
      issue.events.push({ type: 'reopened', actor, createdAt: this.iso() });
    }
    issue.updatedAt = this.iso();
  }

  assign(issue: Issue, logins: string[], actor: string): void {
    for (const login of logins) {
      if (issue.assignees.includes(login)) continue;
      issue.assignees.push(login);
      issue.events.push({ type: 'assigned', assignee: login, actor, createdAt: this.iso() });
    }
  }

  unassign(issue: Issue, logins: string[], actor: string): void {
    for (const login of logins) {
      if (!issue.assignees.includes(login)) continue;
      issue.assignees = issue.assignees.filter((a) => a !== login);
      issue.events.push({ type: 'unassigned', assignee: login, actor, createdAt: this.iso() });
    }
  }

  /** Replaces the label set by delta (labeled/unlabeled events only for what changed), as GitHub does. */
  setLabels(repo: Repo, issue: Issue, names: string[], actor: string): void {
    for (const l of [...issue.labels])
      if (!names.some((w) => w.toLowerCase() === l.toLowerCase())) this.removeLabel(repo, issue, l, actor);
    this.addLabels(repo, issue, names, actor);
  }

  setBody(repo: Repo, issue: Issue, body: string | null, actor: string): void {
    issue.body = body;
    issue.updatedAt = this.iso();
    this.crossReference(repo, issue, body, actor);
  }

  editComment(repo: Repo, issue: Issue, comment: Comment, body: string, actor: string): void {
    comment.body = body;
    comment.updatedAt = this.iso();
    this.crossReference(repo, issue, body, actor);
  }

  deleteComment(issue: Issue, comment: Comment): void {
    issue.comments = issue.comments.filter((c) => c !== comment);
  }

  /** Merges a pull request; into the default branch it closes the issues it references, with the PR as closer. */
  merge(repo: Repo, pull: Issue, actor: string): void {
    if (!pull.pull) return;
    pull.pull.merged = true;
    pull.pull.mergedAt = this.iso();
    this.setState(pull, 'closed', null, actor);
    if (pull.pull.baseRef !== repo.defaultBranch) return;
    for (const link of pull.pull.closingIssues) {
      const target = this.linked(repo, link)?.issue;
      if (target && !target.pull)
        this.setState(target, 'closed', 'completed', actor, { repo: this.key(repo), number: pull.number });
    }
  }

  addComment(repo: Repo, issue: Issue, body: string, author: string): Comment {
    const id = nextId();
    const at = this.iso();
    const comment = { id, nodeId: nodeId('IssueComment', id), body, author, createdAt: at, updatedAt: at };
    issue.comments.push(comment);
    issue.updatedAt = at;
    this.crossReference(repo, issue, body, author);
    return comment;
  }

  findComment(id: number): { repo: Repo; issue: Issue; comment: Comment } | undefined {
    for (const repo of this.repos.values()) {
      for (const issue of repo.issues.values()) {
        const comment = issue.comments.find((c) => c.id === id);
        if (comment) return { repo, issue, comment };
      }
    }
    return undefined;
  }

  /** The issue a link from `from` names, if it exists. */
  linked(from: Repo, link: IssueLink | null): { repo: Repo; issue: Issue } | undefined {
    if (link == null) return undefined;
    if (typeof link === 'number') {
      const issue = from.issues.get(link);
      return issue ? { repo: from, issue } : undefined;
    }
    const m = /^([^/]+)\/([^#]+)#(\d+)$/.exec(link);
    const repo = m ? this.repo(m[1]!, m[2]!) : undefined;
    const issue = repo?.issues.get(Number(m![3]));
    return repo && issue ? { repo, issue } : undefined;
  }

  /** The link from `from` to `issue` of `repo`: its number when the repository is the same. */
  linkTo(from: Repo, repo: Repo, issue: Issue): IssueLink {
    return from === repo ? issue.number : `${repo.owner}/${repo.name}#${issue.number}`;
  }

  /** The sub-issues of `issue` (of `repo`) that exist, wherever they live. */
  children(repo: Repo, issue: Issue): { repo: Repo; issue: Issue }[] {
    return issue.subIssues
      .map((l) => this.linked(repo, l))
      .filter((c): c is { repo: Repo; issue: Issue } => Boolean(c));
  }

  /** Depth of the hierarchy above `issue` (0 for a root). */
  depth(repo: Repo, issue: Issue): number {
    let depth = 0;
    let current = this.linked(repo, issue.parent);
    while (current && depth < 20) {
      depth += 1;
      current = this.linked(current.repo, current.issue.parent);
    }
    return depth;
  }

  /**
   * Makes `child` (of `childRepo`, the parent's repository unless given) a sub-issue of
   * `parent`, with GitHub's limits; returns an error message or undefined. GitHub links issues
   * across repositories of the same owner.
   */
  addSubIssue(
    repo: Repo,
    parent: Issue,
    child: Issue,
    replaceParent = false,
    childRepo: Repo = repo
  ): string | undefined {
    if (child === parent) return 'An issue cannot be its own sub-issue';
    if (childRepo.owner.toLowerCase() !== repo.owner.toLowerCase())
      return 'Sub-issues must belong to a repository of the same owner';
    const toChild = this.linkTo(repo, childRepo, child);
    const toParent = this.linkTo(childRepo, repo, parent);
    const current = this.linked(childRepo, child.parent);
    if (current && current.issue !== parent && !replaceParent) return 'Sub issue may only have one parent';
    if (parent.subIssues.length >= 100 && !parent.subIssues.includes(toChild))
      return 'Parent cannot have more than 100 sub-issues';
    let ancestor: { repo: Repo; issue: Issue } | undefined = { repo, issue: parent };
    while (ancestor) {
      if (ancestor.issue === child) return 'Sub-issue would create a cycle';
      ancestor = this.linked(ancestor.repo, ancestor.issue.parent);
    }
    if (this.depth(repo, parent) + 1 >= 8) return 'Sub-issues may be nested at most 8 levels';
    if (current && current.issue !== parent)
      current.issue.subIssues = current.issue.subIssues.filter((l) => this.linked(current.repo, l)?.issue !== child);
    child.parent = toParent;
    if (!parent.subIssues.includes(toChild)) parent.subIssues.push(toChild);
    return undefined;
  }

  removeSubIssue(parent: Issue, child: Issue, repo?: Repo, childRepo?: Repo): boolean {
    const toParent = repo && childRepo ? this.linkTo(childRepo, repo, parent) : parent.number;
    const toChild = repo && childRepo ? this.linkTo(repo, childRepo, child) : child.number;
    if (child.parent !== toParent) return false;
    child.parent = null;
    parent.subIssues = parent.subIssues.filter((l) => l !== toChild);
    return true;
  }

  byId(id: number): { repo: Repo; issue: Issue } | undefined {
    for (const repo of this.repos.values()) {
      for (const issue of repo.issues.values()) if (issue.id === id) return { repo, issue };
    }
    return undefined;
  }

  byNodeId(id: string): { repo: Repo; issue?: Issue; label?: Label; comment?: Comment } | undefined {
    for (const repo of this.repos.values()) {
      if (repo.nodeId === id) return { repo };
      const label = repo.labels.find((l) => l.nodeId === id);
      if (label) return { repo, label };
      for (const issue of repo.issues.values()) {
        if (issue.nodeId === id) return { repo, issue };
        const comment = issue.comments.find((c) => c.nodeId === id);
        if (comment) return { repo, issue, comment };
      }
    }
    return undefined;
  }

  createCheckRun(repo: Repo, init: Omit<CheckRun, 'id' | 'nodeId'>): CheckRun {
    const id = nextId();
    const run = { ...init, id, nodeId: nodeId('CheckRun', id) };
    repo.checkRuns.push(run);
    return run;
  }

  /** The whole state as plain JSON, for GET /_emulator/state and the demo's final dump. */
  toJSON(): unknown {
    return {
      repos: [...this.repos.values()].map((r) => ({
        ...r,
        issues: [...r.issues.values()],
        artifacts: r.artifacts.map((a) => ({ id: a.id, runId: a.runId, name: a.name, files: Object.keys(a.files) }))
      }))
    };
  }
}

export { nextId, nodeId };
