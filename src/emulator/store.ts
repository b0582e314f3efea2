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
  | { type: 'closed'; actor: string; createdAt: string; stateReason: string | null; closer?: { repo: string; number: number } }
  | { type: 'reopened'; actor: string; createdAt: string }
  | { type: 'cross-referenced'; actor: string; createdAt: string; source: { repo: string; number: number } };

export interface PullData {
  merged: boolean;
  mergedAt: string | null;
  baseRef: string;
  headRef: string;
  headSha: string;
  baseSha: string;
  files: string[];
  /** Issues the PR closes (its closing keywords, or set by the seed). */
  closingIssues: number[];
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
  subIssues: number[];
  parent: number | null;
  /** The number of its milestone, or null. */
  milestone: number | null;
  /** The name of its issue type (an organisation's `Epic`, `Bug`, …), or null. */
  type?: string | null;
  pull?: PullData;
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
  status: string;
  conclusion: string | null;
  externalId: string | null;
  output: { title: string | null; summary: string | null; text: string | null };
  annotations: Record<string, unknown>[];
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
}

let counter = 1000;
const nextId = () => ++counter;
const nodeId = (prefix: string, id: number) => Buffer.from(`${prefix}:${id}`).toString('base64').replace(/=+$/, '');

/** `#14`, `owner/repo#14` and issue/PR URLs in text: what GitHub turns into cross-references. */
export function referencesIn(text: string, here: string): { repo: string; number: number }[] {
  const found: { repo: string; number: number }[] = [];
  const pattern = /(?:https?:\/\/[^/\s]+\/([\w.-]+\/[\w.-]+)\/(?:issues|pull)\/(\d+))|(?:^|[^\w/&])(?:([\w.-]+\/[\w.-]+))?#(\d+)\b/g;
  for (const m of text.matchAll(pattern)) {
    const repo = (m[1] ?? m[3] ?? here).toLowerCase();
    const number = Number(m[2] ?? m[4]);
    if (number > 0 && !found.some((f) => f.repo === repo && f.number === number)) found.push({ repo, number });
  }
  return found;
}

/** An issue's history (the REST timeline, GraphQL timelineItems) in time order: its events and, on the timeline only, its comments. */
export function history(issue: Issue, withComments: boolean): ({ event: TimelineEvent; index: number } | { comment: Comment })[] {
  const time = (iso: string) => Date.parse(iso) || 0;
  const items: ({ event: TimelineEvent; index: number; at: number } | { comment: Comment; at: number })[] = issue.events.map((event, index) => ({ event, index, at: time(event.createdAt) }));
  if (withComments) items.push(...issue.comments.map((comment) => ({ comment, at: time(comment.createdAt) })));
  // A stable sort: events recorded at the same second keep the order they happened in.
  return items.map((item, i) => ({ item, i })).sort((a, b) => (a.item.at < b.item.at ? -1 : a.item.at > b.item.at ? 1 : a.i - b.i)).map(({ item }) => item);
}

export class Store {
  readonly repos = new Map<string, Repo>();
  constructor(readonly now: () => Date) {}

  iso(): string {
    return this.now().toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  repo(owner: string, name: string): Repo | undefined {
    return this.repos.get(`${owner}/${name}`.toLowerCase());
  }

  key(repo: Repo): string {
    return `${repo.owner}/${repo.name}`.toLowerCase();
  }

  addRepo(init: { owner: string; name: string; defaultBranch?: string; private?: boolean }): Repo {
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
    const milestone: Milestone = { id, nodeId: nodeId('Milestone', id), number: repo.milestones.length + 1, title, description: null, state: 'open', dueOn, createdAt: this.iso() };
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
      const already = target.events.some((e) => e.type === 'cross-referenced' && e.source.repo === this.key(repo) && e.source.number === source.number);
      if (!already) target.events.push({ type: 'cross-referenced', actor, createdAt: this.iso(), source: { repo: this.key(repo), number: source.number } });
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

  setState(issue: Issue, state: 'open' | 'closed', reason: Issue['stateReason'] | undefined, actor: string, closer?: { repo: string; number: number }): void {
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
    for (const l of [...issue.labels]) if (!names.some((w) => w.toLowerCase() === l.toLowerCase())) this.removeLabel(repo, issue, l, actor);
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
    for (const n of pull.pull.closingIssues) {
      const target = repo.issues.get(n);
      if (target && !target.pull) this.setState(target, 'closed', 'completed', actor, { repo: this.key(repo), number: pull.number });
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

  /** Depth of the hierarchy above `issue` (0 for a root). */
  depth(repo: Repo, issue: Issue): number {
    let depth = 0;
    let current: Issue | undefined = issue;
    while (current?.parent != null && depth < 20) {
      current = repo.issues.get(current.parent);
      depth += 1;
    }
    return depth;
  }

  /** Makes `child` a sub-issue of `parent`, with GitHub's limits; returns an error message or undefined. */
  addSubIssue(repo: Repo, parent: Issue, child: Issue, replaceParent = false): string | undefined {
    if (child === parent) return 'An issue cannot be its own sub-issue';
    if (child.parent != null && child.parent !== parent.number && !replaceParent) return 'Sub issue may only have one parent';
    if (parent.subIssues.length >= 100 && !parent.subIssues.includes(child.number)) return 'Parent cannot have more than 100 sub-issues';
    let ancestor: Issue | undefined = parent;
    while (ancestor) {
      if (ancestor === child) return 'Sub-issue would create a cycle';
      ancestor = ancestor.parent != null ? repo.issues.get(ancestor.parent) : undefined;
    }
    if (this.depth(repo, parent) + 1 >= 8) return 'Sub-issues may be nested at most 8 levels';
    if (child.parent != null && child.parent !== parent.number) {
      const old = repo.issues.get(child.parent);
      if (old) old.subIssues = old.subIssues.filter((n) => n !== child.number);
    }
    child.parent = parent.number;
    if (!parent.subIssues.includes(child.number)) parent.subIssues.push(child.number);
    return undefined;
  }

  removeSubIssue(parent: Issue, child: Issue): boolean {
    if (child.parent !== parent.number) return false;
    child.parent = null;
    parent.subIssues = parent.subIssues.filter((n) => n !== child.number);
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
