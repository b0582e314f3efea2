import { createRequire as __esCreateRequire } from 'node:module'; const require = __esCreateRequire(import.meta.url);
import {
  parsePercent
} from "./chunk-CFSOLMYK.js";
import {
  Minimatch
} from "./chunk-E75RWOOB.js";
import {
  stripSource
} from "./chunk-AB7WGGCT.js";
import {
  inert,
  inertCode
} from "./chunk-7F23CJCA.js";

// src/gates/model.ts
function* allCases(reports) {
  for (const report of reports) yield* report.cases;
}
var MESSAGE_CAP = 4096;
var REPORT_TEXT_BUDGET = 4 * 1024 * 1024;
var emptyTotals = () => ({
  tests: 0,
  passed: 0,
  failed: 0,
  errored: 0,
  skipped: 0,
  flaky: 0,
  suiteErrors: 0
});
function addCase(totals, c) {
  totals.tests += 1;
  totals[c.outcome] += 1;
  if (c.flaky) totals.flaky += 1;
}
function caseId(c) {
  return `${c.suite}/${c.classname}/${c.name}`;
}
function detach(text) {
  if (text.length <= 12) return text;
  PAIR[0] = text.slice(0, 1);
  PAIR[1] = text.slice(1);
  const flat = PAIR.join("");
  PAIR[1] = "";
  return flat;
}
var PAIR = ["", ""];
var ReportError = class extends Error {
  name = "ReportError";
};

// src/gates/evaluate.ts
var pct = (r) => r === null || r === void 0 ? "n/a" : `${(Math.floor(r * 1e3 + 1e-6) / 10).toString()}%`;
var thresholdText = (t) => `${t.strict ? ">" : ""}${+(t.value * 100).toFixed(2)}%`;
function selector(gate) {
  const compile = (globs) => globs.map((g) => new Minimatch(g, { dot: true, nocase: true, matchBase: !g.includes("/") }));
  const files = compile(gate.select.files);
  const classes = compile(gate.select.classes);
  const suites = compile(gate.select.suites);
  const all = !files.length && !classes.length && !suites.length;
  if (all) return { cases: () => true, suiteErrors: () => true, all };
  return {
    cases: (c) => c.file !== void 0 && files.some((m) => m.match(c.file)) || classes.some((m) => m.match(c.classname)) || suites.some((m) => m.match(c.suite)),
    suiteErrors: (s) => files.some((m) => m.match(s.file)) || classes.some((m) => m.match(s.file)),
    all
  };
}
var meets = (rate2, t) => rate2 !== null && (t.strict ? rate2 > t.value + 1e-12 : rate2 >= t.value - 1e-12);
function gateTotals(gate, reports, flaky) {
  const select = selector(gate);
  const totals = emptyTotals();
  const cases = [];
  for (const report of reports) {
    for (const c of report.cases) {
      if (!select.cases(c)) continue;
      cases.push(c);
      totals.tests += 1;
      if (c.flaky) {
        totals.flaky += 1;
        if (flaky === "fail") totals.failed += 1;
        else if (flaky === "pass") totals.passed += 1;
        continue;
      }
      totals[c.outcome] += 1;
    }
    for (const s of report.suiteErrors) if (select.suiteErrors(s)) totals.suiteErrors += 1;
  }
  return { totals, cases };
}
function missedTargets(gate, f, pass, exec) {
  const reasons = [];
  if (pass.target && !meets(f.passRate, pass.target))
    reasons.push(`pass rate ${pct(f.passRate)} is below the target ${thresholdText(pass.target)}`);
  if (exec.target && !meets(f.executionRate, exec.target))
    reasons.push(
      `execution rate ${pct(f.executionRate)} is below the target ${thresholdText(exec.target)} (${f.executed} of ${f.expected} expected test(s) ran)`
    );
  if (f.executed < gate["min-tests"])
    reasons.push(`${f.executed} test(s) executed, fewer than the minimum ${gate["min-tests"]}`);
  return reasons;
}
function regressions(input, passRate, baseline) {
  const { gate, recorded } = input;
  const reasons = [];
  let regression = false;
  if (baseline && passRate !== null && passRate < baseline.value - 1e-12) {
    regression = true;
    if (gate["no-regression"])
      reasons.push(`pass rate ${pct(passRate)} fell below the baseline ${thresholdText(baseline)}`);
  }
  if (recorded?.passRate != null && passRate !== null && passRate < recorded.passRate - 1e-12) {
    regression = true;
    if (gate["no-regression"])
      reasons.push(`pass rate ${pct(passRate)} fell below ${pct(recorded.passRate)} on the base commit`);
  }
  if (input.newFailures) {
    regression = true;
    if (gate["no-regression"]) reasons.push(`${input.newFailures} test(s) that passed on the base commit now fail`);
  }
  return { regression, reasons };
}
function judge(input, f, pass, exec) {
  if (input.reports.length === 0) {
    const verdict = (input.ifNoReports ?? "fail") === "fail" ? "fail" : "no-data";
    const why = input.noReportWhy ? ` (${input.noReportWhy})` : "";
    return {
      verdict,
      regression: false,
      reasons: [`no report file was read for this gate${why}${verdict === "fail" ? " (if-no-reports: fail)" : ""}`]
    };
  }
  const { totals } = f;
  if (f.executed === 0 && totals.suiteErrors === 0 && input.gate["expected-tests"] === void 0) {
    const why = totals.tests ? `all ${totals.tests} test(s) of this gate were skipped` : "no test of this gate was found in the reports";
    return { verdict: "no-data", regression: false, reasons: [why] };
  }
  const { regression, reasons: fell } = regressions(input, f.passRate, pass.baseline);
  const reasons = [...missedTargets(input.gate, f, pass, exec), ...fell];
  if (reasons.length) return { verdict: "fail", regression, reasons };
  const met = `pass rate ${pct(f.passRate)}, execution rate ${pct(f.executionRate)}: meets its targets`;
  return { verdict: "pass", regression, reasons: [met] };
}
function evaluateGate(input) {
  const { gate, recorded } = input;
  const { totals } = gateTotals(gate, input.reports, input.flaky);
  const executed = totals.passed + totals.failed + totals.errored;
  const expected = gate["expected-tests"] ?? (recorded && recorded.inventory > 0 ? Math.max(recorded.inventory, totals.tests + totals.suiteErrors) : totals.tests + totals.suiteErrors);
  const passRate = executed ? totals.passed / executed : null;
  const executionRate = expected ? Math.min(1, executed / expected) : null;
  const pass = { baseline: parsePercent(gate["pass-rate"]?.baseline), target: parsePercent(gate["pass-rate"]?.target) };
  const exec = {
    baseline: parsePercent(gate["execution-rate"]?.baseline),
    target: parsePercent(gate["execution-rate"]?.target)
  };
  const { verdict, regression, reasons } = judge(
    input,
    { totals, executed, expected, passRate, executionRate },
    pass,
    exec
  );
  return {
    name: gate.name,
    title: gate.title ?? gate.name,
    verdict,
    passRate,
    executionRate,
    baselinePassRate: pass.baseline?.value ?? null,
    targetPassRate: pass.target?.value ?? null,
    baselineExecutionRate: exec.baseline?.value ?? null,
    targetExecutionRate: exec.target?.value ?? null,
    previousPassRate: recorded?.passRate ?? null,
    previousExecutionRate: recorded?.executionRate ?? null,
    targetPassRateStrict: pass.target?.strict ?? false,
    expected,
    regression,
    totals,
    critical: gate.critical,
    ...gate["epic-line"] ? { epicLine: gate["epic-line"] } : {},
    ...gate.epic ? { epic: gate.epic } : {},
    ...input.reports.length === 0 ? { noReport: true } : {},
    reasons
  };
}
function overallVerdict(outcomes) {
  if (outcomes.some((g) => g.verdict === "fail")) return "fail";
  if (outcomes.length === 0 || outcomes.every((g) => g.verdict === "no-data")) return "no-data";
  return "pass";
}
function stepFailure(outcomes, policy, newFailures) {
  if (policy === "never") return void 0;
  if (policy === "gate-failure") {
    const failing = outcomes.filter((g) => g.verdict === "fail");
    return failing.length ? `quality gate(s) failed: ${failing.map((g) => `${g.title}: ${g.reasons.join("; ")}`).join(" \xB7 ")}` : void 0;
  }
  const regressed = outcomes.filter((g) => g.regression);
  const missing = outcomes.filter((g) => g.verdict === "fail" && g.noReport);
  const parts = missing.map((g) => `${g.title}: ${g.reasons.join("; ")}`);
  parts.push(
    ...regressed.map(
      (g) => `${g.title}: pass rate ${pct(g.passRate)} (baseline ${g.baselinePassRate === null ? "n/a" : pct(g.baselinePassRate)}, base commit ${pct(g.previousPassRate)})`
    )
  );
  if (newFailures) parts.push(`${newFailures} test(s) that passed on the base commit now fail`);
  return parts.length ? `regression (fail-on: regression): ${parts.join(" \xB7 ")}` : void 0;
}

// src/gates/escape.ts
function mdCell(text, max = 200) {
  return inert(text, { max, refs: true });
}
function mdText(text, max = 500) {
  return inert(text, { max, refs: true });
}
function mdTest(t, max = 200) {
  const owner = t.classname || t.suite;
  return `${owner ? `${inertCode(owner, 120)} \u203A ` : ""}${inert(t.name, { max, refs: true })}`;
}
function plainText(text, max) {
  const clean = text.replace(/\r\n?/g, "\n").replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "");
  return clean.length > max ? `${clean.slice(0, max - 1)}\u2026` : clean;
}

// src/gates/render.ts
var COMMENT_MARKER = "<!-- epic-steward:gates -->";
var ICON = { pass: "\u2705", fail: "\u274C", "no-data": "\u26AA" };
var WORD = { pass: "pass", fail: "fail", "no-data": "no data" };
function rate(baseline, now, target, strict = false) {
  return `${baseline === null ? "\u2013" : pct(baseline)} \u2192 **${pct(now)}** \u2192 ${target === null ? "\u2013" : `${strict ? ">" : ""}${pct(target)}`}`;
}
function delta(now, before) {
  if (before === null || before === void 0 || now === null) return "\u2013";
  const d = Math.round((now - before) * 1e3) / 10;
  return `${pct(before)} (${d > 0 ? "+" : d < 0 ? "\u2212" : "\xB1"}${Math.abs(d)})`;
}
function head(view) {
  const overall = overallVerdict(view.outcomes);
  const tests = view.reports.reduce((n, r) => n + r.totals.tests, 0);
  const lines = [
    `### ${ICON[overall]} Quality gates: ${WORD[overall]}`,
    "",
    `${view.headSha && /^[0-9a-f]{7,64}$/i.test(view.headSha) ? `Commit \`${view.headSha.slice(0, 7)}\`: ` : ""}${view.reports.length} report file(s), ${tests} test case(s). ${view.baseline.note}`,
    "",
    "| Gate | Verdict | Pass rate (baseline \u2192 now \u2192 target) | Execution rate (baseline \u2192 now \u2192 target) | Base commit | Passed / failed / errored / skipped |",
    "| --- | --- | --- | --- | --- | --- |",
    ...view.outcomes.map(
      (g) => `| ${mdCell(g.title, 100)} | ${ICON[g.verdict]} ${WORD[g.verdict]} | ${rate(g.baselinePassRate, g.passRate, g.targetPassRate, g.targetPassRateStrict)} | ${rate(g.baselineExecutionRate, g.executionRate, g.targetExecutionRate)} | ${delta(g.passRate, g.previousPassRate)} | ${g.totals.passed} / ${g.totals.failed} / ${g.totals.errored} / ${g.totals.skipped}${g.totals.flaky ? ` (${g.totals.flaky} flaky)` : ""}${g.totals.suiteErrors ? ` (+${g.totals.suiteErrors} suite(s) failed to run)` : ""} |`
    ),
    ""
  ];
  for (const g of view.outcomes)
    if (g.verdict !== "pass") lines.push(`- **${mdText(g.title, 100)}**: ${mdText(g.reasons.join("; "), 1e3)}`);
  return lines.join("\n");
}
function testList(title, tests, max, open = false) {
  if (!tests.length) return "";
  const shown = tests.slice(0, max).map((t) => `- ${mdTest(t)}`);
  if (tests.length > max) shown.push(`- \u2026and ${tests.length - max} more`);
  return [
    `<details${open ? " open" : ""}><summary>${title} (${tests.length})</summary>`,
    "",
    ...shown,
    "",
    "</details>"
  ].join("\n");
}
function failures(reports, max) {
  const failing = failingCases(reports);
  if (!failing.length) return "";
  const lines = failing.slice(0, max).map((c) => `- ${mdTest(c)}${c.message ? `: ${mdText(c.message.split("\n")[0], 200)}` : ""}`);
  if (failing.length > max) lines.push(`- \u2026and ${failing.length - max} more (see the check run's annotations)`);
  return [`<details><summary>Failing tests (${failing.length})</summary>`, "", ...lines, "", "</details>"].join("\n");
}
function renderGateParts(view, options = {}) {
  const max = options.listMax ?? 50;
  const c = view.comparison;
  const sections = [
    c ? testList("New failures since the base commit", c.newFailures, max, true) : "",
    c ? testList("Fixed since the base commit", c.fixed, max) : "",
    c ? testList("Still failing", c.stillFailing, max) : "",
    c?.vanished ? testList("No longer reported (ran on the base commit, absent now)", c.vanished, max) : "",
    failures(view.reports, max * 2),
    view.errors.length ? view.errors.map((e) => `> [!WARNING]
> ${mdText(e, 1e3)}`).join("\n\n") : "",
    view.warnings.length ? `<details><summary>Warnings (${view.warnings.length})</summary>

${view.warnings.slice(0, max).map((w) => `- ${mdText(w, 500)}`).join("\n")}

</details>` : ""
  ].filter(Boolean);
  return { head: head(view), sections };
}
function fitGates(parts, maxBytes) {
  const note = "\n\n_Some sections were left out to fit GitHub's size limit._\n";
  let out = parts.head;
  if (size(out) + size(note) > maxBytes) return cutLines(out, maxBytes - size(note)) + note;
  let left = 0;
  for (const section of parts.sections) {
    if (size(out) + size(section) + 2 + size(note) <= maxBytes) out += `

${section}`;
    else left++;
  }
  return left ? out + note : `${out}
`;
}
function cutLines(text, maxBytes) {
  const lines = text.split("\n");
  let out = "";
  for (const line of lines) {
    if (size(out) + size(line) + 1 > maxBytes) break;
    out += `${line}
`;
  }
  return out;
}
var size = (s) => Buffer.byteLength(s);
function failingCases(reports) {
  return reports.flatMap((r) => r.cases.filter((c) => c.outcome === "failed" || c.outcome === "errored"));
}
function annotations(reports, limit, workspace, newFailures) {
  const fresh = new Set((newFailures ?? []).map((t) => caseId(t)));
  const rel = (p) => {
    const path = p.replace(/\\/g, "/");
    const root = workspace.replace(/\\/g, "/").replace(/\/?$/, "/");
    return path.startsWith(root) ? path.slice(root.length) : path.replace(/^\.\//, "");
  };
  const scored = reports.flatMap(
    (r) => r.cases.filter((c) => c.outcome === "failed" || c.outcome === "errored").map((c) => ({
      c,
      report: r.path,
      score: (fresh.has(caseId(c)) ? 0 : 4) + (c.outcome === "errored" ? 0 : 2) + (c.file && c.line ? 0 : 1)
    }))
  );
  scored.sort((a, b) => a.score - b.score);
  return scored.slice(0, limit).map(({ c, report }) => ({
    path: rel(c.file ?? report),
    start_line: lineOf(c.line),
    end_line: lineOf(c.line),
    annotation_level: "failure",
    title: plainText(`${c.classname || c.suite} \u203A ${c.name}`, 255),
    message: plainText(c.message || (c.outcome === "errored" ? "errored" : "failed"), 4e3)
  }));
}
function lineOf(line) {
  return line !== void 0 && Number.isSafeInteger(line) && line >= 1 && line <= MAX_LINE ? line : 1;
}
var MAX_LINE = 2147483647;

// src/gates/conversation.ts
var SECTION = "\n\n<!-- epic-steward:section -->\n";
var FIGURES = /<!-- epic-steward:gates-figures ([0-9a-f]{8}) -->/;
function figuresDigest(outcomes) {
  const text = JSON.stringify(
    outcomes.map((g) => [
      g.name,
      g.verdict,
      g.passRate,
      g.executionRate,
      g.totals.passed,
      g.totals.failed,
      g.totals.errored,
      g.totals.skipped
    ])
  );
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0).toString(16).padStart(8, "0");
}
function splitConversation(body) {
  const [head2 = "", ...sections] = stripSource(body.replace(/\r\n/g, "\n")).split(SECTION);
  const gate = head2.startsWith(`${COMMENT_MARKER}
`) ? head2.slice(COMMENT_MARKER.length + 1) : head2.replace(COMMENT_MARKER, "");
  return {
    gate,
    digest: FIGURES.exec(gate)?.[1],
    sections: sections.filter((s) => s.includes("<!-- epic-steward:escalation:"))
  };
}
function composeConversation(gate, sections) {
  return [`${COMMENT_MARKER}
${gate}`.trimEnd(), ...sections].join(SECTION);
}
function gateText(part) {
  return `${part.text}
<!-- epic-steward:gates-figures ${part.digest} -->`;
}
function planConversation(input) {
  const old = input.existing ? splitConversation(input.existing.body) : void 0;
  const gate = input.mode === "off" ? "" : input.gate ? gateText(input.gate) : old?.gate ?? "";
  if (!old) {
    if (input.sections.length === 0 && (input.mode === "off" || !input.gate)) return void 0;
    if (input.mode === "failures" && !input.gate?.failing && !input.openEscalation) return void 0;
  }
  const body = composeConversation(gate, input.sections);
  if (old && body === stripSource(input.existing.body)) return void 0;
  if (old && input.mode === "changes" && input.gate && old.digest === input.gate.digest && sameSections(old.sections, input.sections))
    return void 0;
  const op = {
    kind: "upsert-comment",
    issue: input.pr,
    marker: COMMENT_MARKER,
    body,
    why: input.why
  };
  if (input.existing) {
    op.commentId = input.existing.id;
    op.currentBody = input.existing.body;
  } else if (input.absent) {
    op.absent = true;
  }
  return op;
}
function sameSections(a, b) {
  return a.length === b.length && a.every((s, i) => s === b[i]);
}

export {
  allCases,
  MESSAGE_CAP,
  REPORT_TEXT_BUDGET,
  emptyTotals,
  addCase,
  caseId,
  detach,
  ReportError,
  pct,
  selector,
  evaluateGate,
  overallVerdict,
  stepFailure,
  COMMENT_MARKER,
  renderGateParts,
  fitGates,
  annotations,
  figuresDigest,
  splitConversation,
  planConversation
};
