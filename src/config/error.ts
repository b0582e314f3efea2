// Its own module, apart from the YAML reader (./parse.ts): the entry tells a config error from
// others without loading the reader on an event that never reads the config.

/** A config problem a person can fix: it names the file, the line and the key. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly key: string,
    readonly problem: string
  ) {
    super(`${file}:${line}: ${key ? `\`${key}\`: ` : ''}${problem}`);
    this.name = 'ConfigError';
  }

  /** Every problem of the file, in line order; the message lists them all, one a line. */
  problems: ConfigError[] = [this];

  static of(problems: ConfigError[]): ConfigError {
    const sorted = [...problems].sort((a, b) => a.line - b.line);
    const first = sorted[0]!;
    first.problems = sorted;
    if (sorted.length > 1)
      first.message = `${sorted.length} problems:\n${sorted.map((p) => p.message.split('\n')[0]).join('\n')}`;
    return first;
  }
}
