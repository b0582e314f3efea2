import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnNode } from '../helpers/action';
import { story } from '../../src/cli/demo/story';

/** The command line under test: the bundle (npm run build), as `npm run demo` runs it. */
const CLI = resolve(process.env.DEMO_CLI ?? 'dist/cli.js');

describe('npm run demo', () => {
  test('plays the five steps through the bundle and ends as the seeds expect', async () => {
    const out = mkdtempSync(join(tmpdir(), 'epic-steward-demo-'));
    const run = await spawnNode([CLI, 'demo', '--out', out], { PATH: process.env.PATH ?? '' });
    if (run.code !== 0) process.stderr.write(run.stdout.slice(-4000) + run.stderr);
    expect(run.code).toBe(0);
    const headings = story().map((s) => s.heading);
    expect(headings).toHaveLength(5);
    let at = 0;
    for (const heading of headings) {
      const found = run.stdout.indexOf(`\n${heading}\n`, at);
      expect(found).toBeGreaterThan(at);
      at = found;
    }
    // Every check printed passes; piped output carries no colour codes.
    expect(run.stdout).toMatch(/✓ exactly one handoff comment/);
    expect(run.stdout).not.toContain('✗');
    expect(run.stdout).not.toContain('\x1b[');
    // What a person looks at: the gate missing its target, escalations, a tick with its value, the report.
    expect(run.stdout).toMatch(/error: quality gate\(s\) failed: .*Backend security tests: pass rate 85%/);
    expect(run.stdout).toMatch(/new comment on #15: .*Escalation.*estimate/);
    expect(run.stdout).toMatch(/- \[x\] Backend security tests: 100% pass rate achieved \(measured 100%/);
    expect(run.stdout).toMatch(
      /new comment on #13: Daily progress · 2025-01-14\n\s+\*\*Forecast\*\* P50 Jan \d+ · P85 Jan \d+ \(from 4 days of history\)[^\n]*\n\s+\*\*Since 2025-01-13\*\*/
    );
    // The burn-up, drawn in the terminal: one done of three in scope on each of the four days.
    expect(run.stdout).toMatch(/ 3 ┤(\s+────){4}\s*\n[\s\S]*? 1 ┤(\s+████){4}\s*\n[\s\S]*?Jan 11 Jan 12 Jan 13 Jan 14/);
    // The epic block shows the forecast and links today's report.
    expect(run.stdout).toMatch(
      /\*\*off track\*\* · \[daily report 2025-01-14\]\(https:\/\/github\.com\/zebra-devops\/marketedge-frontend\/issues\/13#issuecomment-\d+\)/
    );
    expect(readFileSync(join(out, 'daily-report.md'), 'utf8')).toContain('```mermaid\nxychart-beta');
    // A blocked story (#16 waits for #15, a native dependency), in the report and in the terminal.
    expect(readFileSync(join(out, 'daily-report.md'), 'utf8')).toContain(
      '**Blocked** #16 by #15 Story: Frontend Test Environment Setup Fix'
    );
    expect(run.stdout).toMatch(/\*\*Since 2025-01-13\*\*[^\n]*\n\s+\*\*Blocked\*\* #16 by #15/);

    const state = JSON.parse(readFileSync(join(out, 'state.json'), 'utf8'));
    const epic = state.repos[0].issues.find((i: { number: number }) => i.number === 13);
    // One conversation on the failing pull request: the gate result and its escalations in one comment.
    const pr = state.repos[0].issues.find((i: { number: number }) => i.number === 17);
    expect(pr.comments).toHaveLength(1);
    expect(pr.comments[0].body).toContain('Quality gates: fail');
    // Its escalation was opened there, and resolved there when the pull request merged.
    expect(pr.comments[0].body).toContain('Resolved: quality gate Backend security tests fails');
    expect(pr.comments[0].body).toContain('the pull request was merged.');
    expect(epic.labels.filter((l: string) => l === 'ready-for-qa')).toHaveLength(1);
    expect(epic.body).toMatch(/- \[x\] Story #16:/);
    const checks = JSON.parse(readFileSync(join(out, 'checks.json'), 'utf8'));
    expect(checks.every((c: { ok: boolean }) => c.ok)).toBe(true);
    const summaries = readdirSync(join(out, 'summaries'));
    expect(summaries.length).toBe(story().reduce((n, s) => n + s.events.length, 0) + 1);
    expect(readFileSync(join(out, 'summaries.md'), 'utf8')).toContain('## Epic Steward');
  }, 300_000);

  test('--help explains the options without running anything', async () => {
    const run = await spawnNode([CLI, 'demo', '--help'], { PATH: process.env.PATH ?? '' });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/--out <dir>/);
    expect(run.stdout).toMatch(/--step/);
    expect(run.stdout).toMatch(/--json/);
    expect(existsSync(CLI)).toBe(true);
  });
});
