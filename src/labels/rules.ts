import { createContext, Script } from 'node:vm';
import { Minimatch } from 'minimatch';
import { fieldValue } from '../core/fields';
import type { Operation } from '../core/plan';
import type { FileCondition, LabelRule, LabelsConfig } from './config';

/** What the rules look at: an issue or a pull request. */
export interface Target {
  number: number;
  title: string;
  body: string;
  author: string;
  /** Pull requests only. */
  files?: string[];
  headBranch?: string;
  baseBranch?: string;
}

export interface Verdict {
  /** Label → why it is wanted. */
  wanted: Map<string, string>;
  /** Lower-cased labels the rules own: removed when no longer wanted. */
  owned: Set<string>;
  /** Rules cut short (time, size or an invalid pattern), named for the summary and the log. */
  cutShort: string[];
  /**
   * A priority label taken from an epic rather than stated in the issue: added only when the
   * issue has no priority label yet (`group`, lower-cased), so a person's choice stands.
   */
  fallbackPriority?: { label: string; group: Set<string> };
}

/**
 * Patterns are tested on at most this much text. GitHub caps bodies at 65,536 characters, so
 * only foreign input reaches it; such a text is not tested at all (truncating it would change
 * what an end-anchored pattern means) and the rule is reported as cut short.
 */
export const MAX_TEXT = 256 * 1024;

// The names a priority field goes by: `**Priority:** P0-CRITICAL`, `Priority - high`, an issue
// form's `### Priority` or `### Priority level` section, a table row `| Priority | P1 |`.
const PRIORITY_NAMES = ['Priority', 'Priority level'];

/**
 * The raw priority value stated in a title or body, e.g. `P0-CRITICAL`, or undefined. Read by
 * fieldValue, so fenced code and HTML comments (where templates keep their instructions) are
 * not read, and `_No response_` is no value.
 */
export function statedPriority(title: string, body: string): string | undefined {
  for (const text of [body, title]) {
    const value = fieldValue(text, PRIORITY_NAMES)
      ?.replace(/[*`]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '')
      .trim();
    if (value && !/^no response$/i.test(value)) return value;
  }
  return undefined;
}

// Strikethrough is a withdrawn value (`~~P0~~ P1`); `:red_circle:` is an emoji, as are the
// symbols forms put before an option (`🔴 Critical`).
const WITHDRAWN = /~~.*?~~|:[\w+-]+:/g;
const WORDS = /[^\p{L}\p{N}-]+/u;

function names(text: string, label: string, values: string[]): boolean {
  return [label, ...values].some((v) =>
    new RegExp(`(?<![\\p{L}\\p{N}])${v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu').test(text)
  );
}

/**
 * The label for a stated priority through the configured map, case-insensitive. The whole
 * value is tried first (`P0-Critical`), then its first word (`P1` of `P1 (High)`, `P2` of
 * `P2: Medium`, `P0` of `🔥 P0`), then a word in brackets (`High` of `P1 (High)`). A value that
 * names two labels outside brackets is a template's list of options (`P0/P1/P2`,
 * `<P0|P1|P2>`, `High | Medium | Low`) or a condition (`P0 if … else P2`): no label, rather than
 * the first option.
 */
export function priorityLabel(value: string, map: Record<string, string[]>): string | undefined {
  const text = value.replace(WITHDRAWN, ' ');
  const outside = text.replace(/\([^)]*\)/g, ' ');
  const named = Object.entries(map).filter(([label, values]) => names(outside, label, values));
  if (named.length > 1) return undefined;
  const firstWord =
    outside
      .split(WORDS)
      .map((w) => w.replace(/^-+|-+$/g, ''))
      .find(Boolean) ?? '';
  const candidates = [text, firstWord, /\(([^)]+)\)/.exec(text)?.[1] ?? '']
    .map((c) => c.trim().toLowerCase())
    .filter(Boolean);
  for (const candidate of candidates) {
    for (const [label, values] of Object.entries(map)) {
      if (label.toLowerCase() === candidate || values.some((v) => v.toLowerCase() === candidate)) return label;
    }
  }
  return undefined;
}

/** `/pattern/flags` or a plain pattern (case-insensitive). Throws on an invalid expression. */
export function compilePattern(pattern: string): RegExp {
  const literal = /^\/(.*)\/([dgimsuvy]*)$/s.exec(pattern);
  return literal ? new RegExp(literal[1]!, literal[2]!.replace('g', '')) : new RegExp(pattern, 'i');
}

const sandbox = createContext({ re: /$/, text: '' });
const script = new Script('re.test(text)');

/**
 * Tests a pattern with a deadline: V8 cannot bound a backtracking regular expression itself,
 * but a vm script timeout interrupts it, so a hostile pattern costs at most `timeoutMs` (twice:
 * see below).
 */
export function boundedTest(re: RegExp, text: string, timeoutMs: number): boolean | 'timeout' {
  sandbox.re = re;
  sandbox.text = text;
  // The deadline is wall-clock time: on a busy runner a harmless pattern can miss it once
  // because the process was descheduled. A second try tells that apart from a pattern that
  // really backtracks, which misses it again.
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      return script.runInContext(sandbox, { timeout: timeoutMs }) as boolean;
    } catch (error) {
      if ((error as { code?: string }).code !== 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw error;
    }
  }
  return 'timeout';
}

const globCache = new Map<string, Minimatch>();
function glob(pattern: string): Minimatch {
  let compiled = globCache.get(pattern);
  if (!compiled) globCache.set(pattern, (compiled = new Minimatch(pattern, { dot: true })));
  return compiled;
}

/** actions/labeler v5 semantics for one `changed-files` entry. */
export function fileConditionHolds(condition: FileCondition, files: string[]): boolean {
  const [[mode, patterns]] = Object.entries(condition) as [[keyof FileCondition, string[]]];
  const globs = patterns.map(glob);
  const any = (file: string) => globs.some((g) => g.match(file));
  const all = (file: string) => globs.every((g) => g.match(file));
  switch (mode) {
    case 'any-glob-to-any-file':
      return files.some(any);
    case 'any-glob-to-all-files':
      return files.length > 0 && files.every(any);
    case 'all-globs-to-any-file':
      return files.some(all);
    case 'all-globs-to-all-files':
      return files.length > 0 && files.every(all);
  }
}

/**
 * Evaluates every rule on a target: the labels wanted, the ones the rules own, what was cut
 * short. `inherited` is undefined when the target has no epics to ask (a pull request): then
 * inheritance neither adds nor removes anything.
 */
export function evaluate(config: LabelsConfig, target: Target, inherited?: Map<string, string>): Verdict {
  const wanted = new Map<string, string>();
  const owned = new Set<string>();
  const spared = new Set<string>();
  const cutShort: string[] = [];
  const group = new Set(config.priority.enabled ? Object.keys(config.priority.map).map((l) => l.toLowerCase()) : []);
  let stated: string | undefined;

  if (config.priority.enabled) {
    const value = statedPriority(target.title, target.body.slice(0, MAX_TEXT));
    stated = value ? priorityLabel(value, config.priority.map) : undefined;
    if (stated) {
      wanted.set(stated, `priority "${value}" in the issue`);
      // One priority at a time, but only when the issue states one: otherwise people decide.
      for (const label of group) owned.add(label);
    }
  }

  config.rules.forEach((rule, index) => {
    if (rule.sync) owned.add(rule.label.toLowerCase());
    const outcome = ruleHolds(rule, target, config['regex-timeout-ms']);
    if (outcome.cut) {
      // Unknown is not false: a rule cut short neither adds its label nor takes it away.
      cutShort.push(`labels.rules[${index}] (${rule.label}): ${outcome.cut}`);
      spared.add(rule.label.toLowerCase());
      return;
    }
    if (outcome.holds && !has(wanted, rule.label)) wanted.set(rule.label, outcome.why);
  });

  let fallbackPriority: Verdict['fallbackPriority'];
  if (inherited) {
    if (config.inherit.sync) for (const label of config.inherit.labels) owned.add(label.toLowerCase());
    for (const [label, why] of inherited) {
      if (has(wanted, label)) continue;
      if (group.has(label.toLowerCase())) {
        // The issue's own priority wins over its epic's; of several epics' priorities, the first.
        if (stated || fallbackPriority) continue;
        fallbackPriority = { label, group };
      }
      wanted.set(label, why);
    }
  }
  for (const label of spared) owned.delete(label);
  return { wanted, owned, cutShort, fallbackPriority };
}

const has = (labels: Map<string, string>, label: string) =>
  [...labels.keys()].some((l) => l.toLowerCase() === label.toLowerCase());

interface Outcome {
  holds: boolean;
  why: string;
  /** Why the rule could not be decided. */
  cut?: string;
}

/** One list of patterns on one text: any of them matching is enough. */
function testPatterns(list: string[], text: string, what: string, timeoutMs: number): Outcome {
  if (text.length > MAX_TEXT)
    return {
      holds: false,
      why: '',
      cut: `the ${what} is ${Math.ceil(text.length / 1024)} KiB, over the ${MAX_TEXT / 1024} KiB patterns are tested on, so it was cut short`
    };
  for (const pattern of list) {
    let re: RegExp;
    try {
      re = compilePattern(pattern);
    } catch (error) {
      return { holds: false, why: '', cut: `invalid pattern ${pattern}: ${(error as Error).message}` };
    }
    const outcome = boundedTest(re, text, timeoutMs);
    if (outcome === 'timeout')
      return {
        holds: false,
        why: '',
        cut: `pattern ${pattern} on the ${what} took longer than ${timeoutMs} ms and was cut short`
      };
    if (outcome) return { holds: true, why: `${what} matches ${pattern}` };
  }
  return { holds: false, why: '' };
}

function ruleHolds(rule: LabelRule, target: Target, timeoutMs: number): Outcome {
  const results: Outcome[] = [];
  const texts: [string[] | undefined, string | undefined, string][] = [
    [rule.title, target.title, 'title'],
    [rule.body, target.body, 'body'],
    [rule['head-branch'], target.headBranch, 'head branch'],
    [rule['base-branch'], target.baseBranch, 'base branch']
  ];
  for (const [list, text, what] of texts) {
    if (!list?.length) continue;
    // A branch condition on an issue (no branch) does not hold.
    const outcome = text === undefined ? { holds: false, why: '' } : testPatterns(list, text, what, timeoutMs);
    if (outcome.cut) return outcome;
    results.push(outcome);
    // Later conditions cannot change the answer: skip their cost.
    if (rule.match === 'any' ? outcome.holds : !outcome.holds) break;
  }
  if (rule['changed-files']?.length) {
    const files = target.files;
    const holds = files !== undefined && rule['changed-files'].every((c) => fileConditionHolds(c, files));
    results.push({ holds, why: holds ? 'changed files match' : '' });
  }
  if (rule.authors?.length) {
    const holds = rule.authors.some((a) => a.toLowerCase() === target.author.toLowerCase());
    results.push({ holds, why: holds ? `author ${target.author}` : '' });
  }
  const holds =
    results.length > 0 && (rule.match === 'all' ? results.every((r) => r.holds) : results.some((r) => r.holds));
  return {
    holds,
    why: results
      .filter((r) => r.holds)
      .map((r) => r.why)
      .join(', ')
  };
}

/**
 * The label writes for one issue, by delta: add what is wanted and missing; remove only labels
 * the rules own that are no longer wanted; a label no rule owns is never touched.
 */
export function planLabels(issue: number, current: string[], verdict: Verdict): Operation[] {
  const has = new Set(current.map((l) => l.toLowerCase()));
  const wantedLower = new Set([...verdict.wanted.keys()].map((l) => l.toLowerCase()));
  const fallback = verdict.fallbackPriority;
  const personChosePriority = fallback !== undefined && current.some((l) => fallback.group.has(l.toLowerCase()));
  const add = [...verdict.wanted.keys()].filter(
    (l) => !has.has(l.toLowerCase()) && !(personChosePriority && l === fallback.label)
  );
  const ops: Operation[] = [];
  if (add.length)
    ops.push({
      kind: 'add-labels',
      issue,
      labels: add,
      why: add.map((l) => `${l}: ${verdict.wanted.get(l)}`).join('; ')
    });
  for (const label of current) {
    const lower = label.toLowerCase();
    if (verdict.owned.has(lower) && !wantedLower.has(lower))
      ops.push({ kind: 'remove-label', issue, label, why: 'its rule no longer holds' });
  }
  return ops;
}
