/**
 * Renders the configuration reference (docs/CONFIGURATION.md) from the JSON Schema, so the
 * documentation and the validation can never disagree.
 */
type SchemaNode = {
  type?: string | readonly string[];
  description?: string;
  default?: unknown;
  enum?: readonly unknown[];
  pattern?: string;
  format?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  additionalProperties?: boolean | SchemaNode;
  oneOf?: readonly SchemaNode[];
  anyOf?: readonly SchemaNode[];
  minimum?: number;
  maximum?: number;
  required?: readonly string[];
};

export function configReference(schema: SchemaNode): string {
  const rows: string[] = [];
  walk(schema, '', rows);
  return [
    '# Configuration reference',
    '',
    '<!-- Generated from schema/config.schema.json by `npm run build`: do not edit by hand. -->',
    '',
    'The config file is `.github/epic-steward.yml` (the `config` input changes the path). Start it with',
    '`# yaml-language-server: $schema=https://raw.githubusercontent.com/epic-steward/epic-steward/main/schema/config.schema.json`',
    'for completion and checking in editors. Unknown keys are errors; every error names the file, line and key,',
    'and one run reports all the errors of the file at once.',
    'The file is read on every event a feature handles. An event none handles under any config',
    '(`issues.milestoned`, `issue_comment`…) ends before it is read, saying so in the log and the job summary:',
    'a mistake in the file shows on the next event that reads it. A file the `config` input names must',
    'exist even then (when it is not in the workspace, it is read through the API as on any event).',
    'A worked example from the seed project is in [`examples/epic-steward.yml`](../examples/epic-steward.yml).',
    '',
    '| key | type | default | description |',
    '| --- | --- | --- | --- |',
    ...rows,
    ''
  ].join('\n');
}

function walk(node: SchemaNode, path: string, rows: string[]): void {
  if (path)
    rows.push(
      `| \`${path}\` | ${typeOf(node)} | ${defaultOf(node)} | ${(node.description ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ')} |`
    );
  for (const [key, child] of Object.entries(node.properties ?? {})) walk(child, path ? `${path}.${key}` : key, rows);
  if (node.items && (node.items.properties || node.items.oneOf)) walk(node.items, `${path}[]`, rows);
  if (typeof node.additionalProperties === 'object' && node.additionalProperties.properties)
    walk(node.additionalProperties, `${path}.<name>`, rows);
  for (const variant of [...(node.oneOf ?? []), ...(node.anyOf ?? [])]) {
    if (variant.properties)
      for (const [key, child] of Object.entries(variant.properties)) walk(child, `${path}.${key}`, rows);
  }
}

function typeOf(node: SchemaNode): string {
  if (node.enum) return node.enum.map((v) => `\`${JSON.stringify(v)}\``).join(' \\| ');
  const variants = [...(node.oneOf ?? []), ...(node.anyOf ?? [])];
  if (variants.length) return variants.map(typeOf).join(' or ');
  const type = typeof node.type === 'object' ? node.type.join(' \\| ') : (node.type ?? 'any');
  if (type === 'array' && node.items) return `list of ${typeOf(node.items)}`;
  const kind = node.format ? FORMAT_WORDS[node.format] : undefined;
  return kind ? `${type} (${kind})` : type;
}

const FORMAT_WORDS: Record<string, string> = {
  regex: 'regular expression',
  glob: 'glob',
  'time-zone': 'IANA time zone'
};

/** The default in full: a reader of this page should not have to open the schema. */
function defaultOf(node: SchemaNode): string {
  if (node.default === undefined) return '';
  return `\`${JSON.stringify(node.default).replace(/\|/g, '\\|')}\``;
}
