import {
  fieldValue
} from "./chunk-HVLJS4VM.js";
import {
  Minimatch
} from "./chunk-ZO2D5FDO.js";

// src/labels/rules.ts
import { createContext, Script } from "node:vm";
var MAX_TEXT = 256 * 1024;
var PRIORITY_NAMES = ["Priority", "Priority level"];
function statedPriority(title, body) {
  for (const text of [body, title]) {
    const value = fieldValue(text, PRIORITY_NAMES)?.replace(/[*`]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, "").trim();
    if (value && !/^no response$/i.test(value)) return value;
  }
  return void 0;
}
var WITHDRAWN = /~~.*?~~|:[\w+-]+:/g;
var WORDS = /[^\p{L}\p{N}-]+/u;
function names(text, label, values) {
  return [label, ...values].some(
    (v) => new RegExp(`(?<![\\p{L}\\p{N}])${v.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`, "iu").test(text)
  );
}
function priorityLabel(value, map) {
  const text = value.replace(WITHDRAWN, " ");
  const outside = text.replace(/\([^)]*\)/g, " ");
  const named = Object.entries(map).filter(([label, values]) => names(outside, label, values));
  if (named.length > 1) return void 0;
  const firstWord = outside.split(WORDS).map((w) => w.replace(/^-+|-+$/g, "")).find(Boolean) ?? "";
  const candidates = [text, firstWord, /\(([^)]+)\)/.exec(text)?.[1] ?? ""].map((c) => c.trim().toLowerCase()).filter(Boolean);
  for (const candidate of candidates) {
    for (const [label, values] of Object.entries(map)) {
      if (label.toLowerCase() === candidate || values.some((v) => v.toLowerCase() === candidate)) return label;
    }
  }
  return void 0;
}
function compilePattern(pattern) {
  const literal = /^\/(.*)\/([dgimsuvy]*)$/s.exec(pattern);
  return literal ? new RegExp(literal[1], literal[2].replace("g", "")) : new RegExp(pattern, "i");
}
var sandbox = createContext({ re: /$/, text: "" });
var script = new Script("re.test(text)");
function boundedTest(re, text, timeoutMs) {
  sandbox.re = re;
  sandbox.text = text;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      return script.runInContext(sandbox, { timeout: timeoutMs });
    } catch (error) {
      if (error.code !== "ERR_SCRIPT_EXECUTION_TIMEOUT") throw error;
    }
  }
  return "timeout";
}
var globCache = /* @__PURE__ */ new Map();
function glob(pattern) {
  let compiled = globCache.get(pattern);
  if (!compiled) globCache.set(pattern, compiled = new Minimatch(pattern, { dot: true }));
  return compiled;
}
function fileConditionHolds(condition, files) {
  const [[mode, patterns]] = Object.entries(condition);
  const globs = patterns.map(glob);
  const any = (file) => globs.some((g) => g.match(file));
  const all = (file) => globs.every((g) => g.match(file));
  switch (mode) {
    case "any-glob-to-any-file":
      return files.some(any);
    case "any-glob-to-all-files":
      return files.length > 0 && files.every(any);
    case "all-globs-to-any-file":
      return files.some(all);
    case "all-globs-to-all-files":
      return files.length > 0 && files.every(all);
  }
}
function evaluate(config, target, inherited) {
  const wanted = /* @__PURE__ */ new Map();
  const owned = /* @__PURE__ */ new Set();
  const spared = /* @__PURE__ */ new Set();
  const cutShort = [];
  const group = new Set(config.priority.enabled ? Object.keys(config.priority.map).map((l) => l.toLowerCase()) : []);
  let stated;
  if (config.priority.enabled) {
    const value = statedPriority(target.title, target.body.slice(0, MAX_TEXT));
    stated = value ? priorityLabel(value, config.priority.map) : void 0;
    if (stated) {
      wanted.set(stated, `priority "${value}" in the issue`);
      for (const label of group) owned.add(label);
    }
  }
  config.rules.forEach((rule, index) => {
    if (rule.sync) owned.add(rule.label.toLowerCase());
    const outcome = ruleHolds(rule, target, config["regex-timeout-ms"]);
    if (outcome.cut) {
      cutShort.push(`labels.rules[${index}] (${rule.label}): ${outcome.cut}`);
      spared.add(rule.label.toLowerCase());
      return;
    }
    if (outcome.holds && !has(wanted, rule.label)) wanted.set(rule.label, outcome.why);
  });
  let fallbackPriority;
  if (inherited) {
    if (config.inherit.sync) for (const label of config.inherit.labels) owned.add(label.toLowerCase());
    for (const [label, why] of inherited) {
      if (has(wanted, label)) continue;
      if (group.has(label.toLowerCase())) {
        if (stated || fallbackPriority) continue;
        fallbackPriority = { label, group };
      }
      wanted.set(label, why);
    }
  }
  for (const label of spared) owned.delete(label);
  return { wanted, owned, cutShort, fallbackPriority };
}
var has = (labels, label) => [...labels.keys()].some((l) => l.toLowerCase() === label.toLowerCase());
function testPatterns(list, text, what, timeoutMs) {
  if (text.length > MAX_TEXT)
    return {
      holds: false,
      why: "",
      cut: `the ${what} is ${Math.ceil(text.length / 1024)} KiB, over the ${MAX_TEXT / 1024} KiB patterns are tested on, so it was cut short`
    };
  for (const pattern of list) {
    let re;
    try {
      re = compilePattern(pattern);
    } catch (error) {
      return { holds: false, why: "", cut: `invalid pattern ${pattern}: ${error.message}` };
    }
    const outcome = boundedTest(re, text, timeoutMs);
    if (outcome === "timeout")
      return {
        holds: false,
        why: "",
        cut: `pattern ${pattern} on the ${what} took longer than ${timeoutMs} ms and was cut short`
      };
    if (outcome) return { holds: true, why: `${what} matches ${pattern}` };
  }
  return { holds: false, why: "" };
}
function ruleHolds(rule, target, timeoutMs) {
  const results = [];
  const texts = [
    [rule.title, target.title, "title"],
    [rule.body, target.body, "body"],
    [rule["head-branch"], target.headBranch, "head branch"],
    [rule["base-branch"], target.baseBranch, "base branch"]
  ];
  for (const [list, text, what] of texts) {
    if (!list?.length) continue;
    const outcome = text === void 0 ? { holds: false, why: "" } : testPatterns(list, text, what, timeoutMs);
    if (outcome.cut) return outcome;
    results.push(outcome);
    if (rule.match === "any" ? outcome.holds : !outcome.holds) break;
  }
  if (rule["changed-files"]?.length) {
    const files = target.files;
    const holds2 = files !== void 0 && rule["changed-files"].every((c) => fileConditionHolds(c, files));
    results.push({ holds: holds2, why: holds2 ? "changed files match" : "" });
  }
  if (rule.authors?.length) {
    const holds2 = rule.authors.some((a) => a.toLowerCase() === target.author.toLowerCase());
    results.push({ holds: holds2, why: holds2 ? `author ${target.author}` : "" });
  }
  const holds = results.length > 0 && (rule.match === "all" ? results.every((r) => r.holds) : results.some((r) => r.holds));
  return {
    holds,
    why: results.filter((r) => r.holds).map((r) => r.why).join(", ")
  };
}
function planLabels(issue, current, verdict) {
  const has2 = new Set(current.map((l) => l.toLowerCase()));
  const wantedLower = new Set([...verdict.wanted.keys()].map((l) => l.toLowerCase()));
  const fallback = verdict.fallbackPriority;
  const personChosePriority = fallback !== void 0 && current.some((l) => fallback.group.has(l.toLowerCase()));
  const add = [...verdict.wanted.keys()].filter(
    (l) => !has2.has(l.toLowerCase()) && !(personChosePriority && l === fallback.label)
  );
  const ops = [];
  if (add.length)
    ops.push({
      kind: "add-labels",
      issue,
      labels: add,
      why: add.map((l) => `${l}: ${verdict.wanted.get(l)}`).join("; ")
    });
  for (const label of current) {
    const lower = label.toLowerCase();
    if (verdict.owned.has(lower) && !wantedLower.has(lower))
      ops.push({ kind: "remove-label", issue, label, why: "its rule no longer holds" });
  }
  return ops;
}

export {
  MAX_TEXT,
  statedPriority,
  priorityLabel,
  compilePattern,
  evaluate,
  planLabels
};
