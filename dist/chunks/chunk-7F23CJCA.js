
// src/core/escape.ts
var ZWJ = "\u200D";
function inert(text, options = {}) {
  let out = text.replace(/\r\n?/g, "\n");
  if (options.max !== void 0 && out.length > options.max) out = `${out.slice(0, options.max - 1)}\u2026`;
  if (!options.multiline) out = out.replace(/\s*\n\s*/g, " ");
  out = out.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  out = out.replace(/[\\`*_[\]()!|~]/g, (c) => `\\${c}`);
  out = out.replace(/^(\s*)([#=+-]|\d+\.)/gm, (_, space, mark) => `${space}\\${mark}`);
  out = out.replace(/@(?=[A-Za-z0-9])/g, `@${ZWJ}`);
  out = out.replace(/\b(https?|ftp|mailto)(:)/gi, `$1${ZWJ}$2`).replace(/\bwww\./gi, `www${ZWJ}.`);
  if (options.refs) out = out.replace(/#(?=\d)/g, `#${ZWJ}`);
  return out;
}
function inertCode(text, max = 200) {
  let flat = text.replace(/\s*[\r\n]+\s*/g, " ").replace(/<!/g, `<${ZWJ}!`);
  if (flat.length > max) flat = `${flat.slice(0, max - 1)}\u2026`;
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
  return `${fence}${pad}${flat}${pad}${fence}`;
}
function quote(text, max = 120) {
  const flat = text.replace(/\s+/g, " ").trim();
  return /^[\w .,:;()\-–—~+/%#']*$/.test(flat) ? inertCode(flat, max) : `"${inert(flat, { max })}"`;
}

export {
  inert,
  inertCode,
  quote
};
