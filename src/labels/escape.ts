/** Text for a markdown table cell: no pipes, no line breaks, no HTML, no pings. */
export function escapeCell(text: string): string {
  return text.replace(/[<>&]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;' })[c]!).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').replace(/@(?=\w)/g, '@\u200d');
}
