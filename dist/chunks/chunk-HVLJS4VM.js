
// src/core/fields.ts
var ODD_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
var ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;
function visibleLines(text) {
  const lines = text.replace(ODD_SPACES, " ").replace(ZERO_WIDTH, "").split(/\r\n|\r|\n/);
  let fence;
  let comment = false;
  return lines.map((line) => {
    if (fence) {
      const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line);
      if (close && close[1][0] === fence[0] && close[1].length >= fence.length) fence = void 0;
      return "";
    }
    let rest = line;
    let shown = "";
    while (rest) {
      if (comment) {
        const end = rest.indexOf("-->");
        if (end < 0) return shown;
        comment = false;
        rest = rest.slice(end + 3);
        continue;
      }
      const start = rest.indexOf("<!--");
      if (start < 0) break;
      shown += rest.slice(0, start);
      rest = rest.slice(start + 4);
      comment = true;
    }
    shown += rest;
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(shown);
    if (open && !comment) {
      fence = open[1];
      return "";
    }
    return shown;
  });
}
function tableCells(line) {
  const trimmed = line.trim();
  if (!trimmed.startsWith("|")) return void 0;
  const cells = trimmed.replace(/^\|/, "").replace(/(?<!\\)\|$/, "").split(/(?<!\\)\|/).map((c) => c.trim());
  return cells.length >= 2 ? cells : void 0;
}
function plainName(text) {
  return text.replace(/[*_`]/g, "").replace(/^[^\p{L}\p{N}]+/u, "").replace(/\s*[:：]\s*$/, "").replace(/\s+/g, " ").trim().toLowerCase();
}
var escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
var DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$/;
var TASK = /^\s*(?:[-*+]|\d+[.)])\s+\[([ xX])\]\s*(.*)$/;
function fieldValue(text, names) {
  const wanted = names.map((n) => n.toLowerCase());
  const line = new RegExp(
    `^[*_]*(?:${names.map(escape).join("|")})[*_]*\\s*(?:[:\uFF1A]|[-\u2013\u2014](?=\\s)|(?<=\\s)[-\u2013\u2014])[*_]*\\s*(.*)$`,
    "i"
  );
  const lines = visibleLines(text);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    const cells = tableCells(raw);
    if (cells) {
      const header = DELIMITER_ROW.test(lines[i + 1] ?? "");
      const values = cells.slice(1).filter(Boolean);
      if (!header && values.length === 1 && wanted.includes(plainName(cells[0]))) return values[0];
      continue;
    }
    const plain = raw.replace(/^[\s>]*/, "").replace(/^(?:[-*+]|\d+[.)])\s+/, "").replace(/\*\*|__/g, "").trim();
    const heading = /^#{1,6}\s+(.+?)(?:\s+#+)?$/.exec(plain);
    if (heading) {
      if (!wanted.includes(plainName(heading[1]))) continue;
      const value = sectionValue(lines, i + 1);
      if (value) return value;
      continue;
    }
    const field = line.exec(plain);
    if (field?.[1]?.trim()) return field[1].trim();
  }
  return void 0;
}
function sectionValue(lines, from) {
  for (let j = from; j < lines.length; j++) {
    const value = lines[j].replace(/^[\s>]*/, "").trim();
    if (!value) continue;
    if (/^#{1,6}\s/.test(value) || /^_no response_$/i.test(value)) return void 0;
    if (!TASK.test(value)) return value;
    const ticked = [];
    for (let k = j; k < lines.length; k++) {
      const task = TASK.exec(lines[k]);
      if (!task) {
        if (lines[k].trim()) break;
        continue;
      }
      if (task[1] !== " " && task[2].trim()) ticked.push(task[2].trim());
    }
    return ticked.length ? ticked.join(", ") : void 0;
  }
  return void 0;
}

export {
  fieldValue
};
