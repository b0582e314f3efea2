import {
  stripSource
} from "./chunk-44D2BK3U.js";

// src/core/conversation.ts
var COMMENT_MARKER = "<!-- epic-steward:gates -->";
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
  const [head = "", ...sections] = stripSource(body.replace(/\r\n/g, "\n")).split(SECTION);
  const gate = head.startsWith(`${COMMENT_MARKER}
`) ? head.slice(COMMENT_MARKER.length + 1) : head.replace(COMMENT_MARKER, "");
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
  COMMENT_MARKER,
  figuresDigest,
  splitConversation,
  planConversation
};
