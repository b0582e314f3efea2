/** The shell commands a document shows, for the tests that run or check them. */
export interface Command {
  file: string;
  line: number;
  text: string;
}

/** The commands of a document's `sh` blocks: continuation lines joined, comments dropped. */
export function commandsOf(file: string, markdown: string): Command[] {
  const commands: Command[] = [];
  const lines = markdown.split('\n');
  let inBlock = false;
  let pending = '';
  let start = 0;
  lines.forEach((raw, index) => {
    if (/^```(sh|bash|shell)\s*$/.test(raw)) return void (inBlock = true);
    if (inBlock && /^```\s*$/.test(raw)) return void (inBlock = false);
    if (!inBlock) return;
    const line = raw.replace(/\s+#(?![^'"]*['"][^'"]*$).*$/, '').replace(/^#.*$/, '');
    if (!pending) start = index + 1;
    if (line.endsWith('\\')) return void (pending += `${line.slice(0, -1).trim()} `);
    const text = `${pending}${line}`.trim();
    pending = '';
    if (text) commands.push({ file, line: start, text });
  });
  return commands;
}
