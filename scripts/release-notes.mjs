#!/usr/bin/env node
// The release workflow's checks and notes, from CHANGELOG.md in the "Keep a Changelog" form:
//   node scripts/release-notes.mjs --check        the file has the form the release expects
//   node scripts/release-notes.mjs 1.2.3          prints the notes of [1.2.3], after checking that
//                                                 the section is dated and package.json says 1.2.3
// It exits 1 with one line saying what is wrong, so a release never goes out half-described.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
const HEADING = /^## \[([^\]]+)\](?: - (\d{4}-\d{2}-\d{2}))?\s*$/;
const KINDS = new Set(['Added', 'Changed', 'Deprecated', 'Removed', 'Fixed', 'Security']);

/** The `## [x]` sections of a changelog, in order, each with its date and body. */
export function sections(text) {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  if (lines[0] !== '# Changelog') throw new Error('the first line must be "# Changelog"');
  const found = [];
  for (const [i, line] of lines.entries()) {
    if (!line.startsWith('## ')) continue;
    const m = HEADING.exec(line);
    if (!m)
      throw new Error(
        `line ${i + 1}: a version heading is "## [1.2.3] - YYYY-MM-DD" or "## [Unreleased]", not "${line}"`
      );
    found.push({ name: m[1], date: m[2], line: i + 1, body: [] });
  }
  let current;
  for (const [i, line] of lines.entries()) {
    const next = found.find((s) => s.line === i + 1);
    if (next) current = next;
    else if (current) current.body.push(line);
  }
  return found.map((s) => ({ ...s, body: s.body.join('\n').trim() }));
}

/** Throws on the first thing that keeps the changelog from the form the release expects. */
export function check(text) {
  const all = sections(text);
  if (all[0]?.name !== 'Unreleased') throw new Error('the first section must be "## [Unreleased]"');
  let previous;
  for (const s of all.slice(1)) {
    if (!SEMVER.test(s.name)) throw new Error(`line ${s.line}: "${s.name}" is not a version x.y.z`);
    if (!s.date) throw new Error(`line ${s.line}: the release ${s.name} has no date`);
    if (previous && compare(s.name, previous) >= 0)
      throw new Error(`line ${s.line}: ${s.name} must be older than ${previous} above it`);
    previous = s.name;
  }
  for (const s of all) {
    for (const m of s.body.matchAll(/^### (.*)$/gm)) {
      if (!KINDS.has(m[1])) throw new Error(`[${s.name}]: "### ${m[1]}" is not one of ${[...KINDS].join(', ')}`);
    }
  }
  return all;
}

function compare(a, b) {
  const [x, y] = [a, b].map((v) => v.split('.').map(Number));
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return 0;
}

/** The notes of one version, checked against package.json's version. */
export function notesFor(version, changelog, packageVersion) {
  if (!SEMVER.test(version)) throw new Error(`"${version}" is not a version x.y.z`);
  if (packageVersion !== version)
    throw new Error(`package.json says ${packageVersion}, not ${version}: bump it in the release's pull request`);
  const section = check(changelog).find((s) => s.name === version);
  if (!section)
    throw new Error(
      `CHANGELOG.md has no "## [${version}] - YYYY-MM-DD" section: move the Unreleased entries there first`
    );
  if (!section.body) throw new Error(`CHANGELOG.md's [${version}] section is empty`);
  return section.body;
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  try {
    const changelog = readFileSync('CHANGELOG.md', 'utf8');
    const arg = process.argv[2];
    if (arg === '--check' || arg === undefined) {
      check(changelog);
      console.log('CHANGELOG.md: in the form the release workflow expects');
    } else {
      const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
      process.stdout.write(`${notesFor(arg, changelog, version)}\n`);
    }
  } catch (error) {
    console.error(`release: ${error.message}`);
    process.exit(1);
  }
}
