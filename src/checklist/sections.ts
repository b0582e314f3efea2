/**
 * Section matching, one normalisation for the block, the daily report and the append point:
 * case ignored, runs of spaces folded, trailing dots and spaces dropped, so `## Stories.`
 * is the section `Stories` everywhere.
 */
export function sectionKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[\s.]+$/, '')
    .trim();
}

/** Whether a heading is one of the counted sections (`[]`: every section counts). */
export function inSections(sections: readonly string[], section: string): boolean {
  if (sections.length === 0) return true;
  const key = sectionKey(section);
  return sections.some((s) => sectionKey(s) === key);
}
