import { readFileSync } from 'node:fs';
// @ts-expect-error: a plain ES module script, typed by its use here
import { check, notesFor, sections } from '../../scripts/release-notes.mjs';

/** The release workflow's checks (scripts/release-notes.mjs) on CHANGELOG.md and on samples. */
const sample = (released: string) => `# Changelog\n\n## [Unreleased]\n\n### Added\n\n- next\n\n${released}`;
const v110 = '## [1.1.0] - 2026-12-01\n\n### Fixed\n\n- a fix\n\n## [1.0.0] - 2026-11-01\n\n### Added\n\n- first\n';

describe('release notes', () => {
  test("this repository's CHANGELOG.md has the form the release expects", () => {
    const all = check(readFileSync('CHANGELOG.md', 'utf8'));
    expect(all[0].name).toBe('Unreleased');
  });

  test('the notes of a version are its section, once package.json agrees', () => {
    expect(notesFor('1.1.0', sample(v110), '1.1.0')).toBe('### Fixed\n\n- a fix');
    expect(notesFor('1.0.0', sample(v110), '1.0.0')).toBe('### Added\n\n- first');
  });

  test.each([
    ['1.2.0', '1.2.0', /no "## \[1\.2\.0\] - YYYY-MM-DD" section/],
    ['1.1.0', '1.0.9', /package\.json says 1\.0\.9, not 1\.1\.0/],
    ['v1.1.0', 'v1.1.0', /not a version x\.y\.z/]
  ])('%s with package.json %s is refused', (version, pkg, message) => {
    expect(() => notesFor(version, sample(v110), pkg)).toThrow(message);
  });

  test.each([
    ['no Unreleased section first', `# Changelog\n\n${v110}`, /first section must be "## \[Unreleased\]"/],
    ['an undated release', sample('## [1.0.0]\n\n- x\n'), /1\.0\.0 has no date/],
    [
      'releases out of order',
      sample('## [1.0.0] - 2026-11-01\n\n- a\n\n## [1.1.0] - 2026-12-01\n\n- b\n'),
      /1\.1\.0 must be older than 1\.0\.0/
    ],
    ['an unknown kind of change', sample('## [1.0.0] - 2026-11-01\n\n### Misc\n\n- a\n'), /"### Misc" is not one of/],
    ['a heading of another form', sample('## 1.0.0 (2026-11-01)\n'), /a version heading is/],
    ['no title', '## [Unreleased]\n', /first line must be "# Changelog"/]
  ])('%s is refused', (_, text, message) => {
    expect(() => check(text)).toThrow(message);
  });

  test('CRLF files read the same', () => {
    expect(sections(sample(v110).replace(/\n/g, '\r\n')).map((s: { name: string }) => s.name)).toEqual([
      'Unreleased',
      '1.1.0',
      '1.0.0'
    ]);
  });
});
