/**
 * Limits GitHub enforces (with 422) that the OpenAPI description does not state as schema
 * keywords. Each names its source. Counted in characters (code points), as GitHub counts.
 */
type Json = any;

/** Characters, not UTF-16 units: an emoji is one. */
export const chars = (text: string): number => {
  let n = 0;
  for (const _ of text) n++;
  return n;
};

// Label names: 422 "name is too long (maximum is 50 characters)" from POST /labels, as reported
// in github/docs#32156 (the REST docs do not state it).
export const LABEL_NAME = 50;
// Label descriptions: "A short description of the label. Must be 100 characters or fewer." (the
// description of `description` in issues/create-label and issues/update-label).
export const LABEL_DESCRIPTION = 100;
// Issue, pull request and comment bodies: 422 "body is too long (maximum is 65536 characters)",
// GitHub's answer to a longer body (the REST docs do not state it).
export const BODY = 65_536;
// Check-run output: "**Maximum length**: 65535 characters" (checks/create and checks/update,
// `output.summary` and `output.text`; also `maxLength` there).
export const CHECK_TEXT = 65_535;
// "The Checks API limits the number of annotations to a maximum of 50 per API request"
// (checks/create and checks/update, `output.annotations`; also `maxItems` there).
export const ANNOTATIONS = 50;
// "The title that represents the annotation. The maximum size is 255 characters." (the
// annotation's `title` in checks/create and checks/update).
export const ANNOTATION_TITLE = 255;

function tooLong(value: unknown, max: number, field: string): string[] {
  return typeof value === 'string' && chars(value) > max ? [`${field} is too long (${chars(value)} characters; maximum is ${max})`] : [];
}

function label(body: Json, nameField: string): string[] {
  return [...tooLong(body?.[nameField], LABEL_NAME, nameField), ...tooLong(body?.description, LABEL_DESCRIPTION, 'description')];
}

function checkOutput(body: Json): string[] {
  const output = body?.output;
  if (!output || typeof output !== 'object') return [];
  const annotations: Json[] = Array.isArray(output.annotations) ? output.annotations : [];
  return [
    ...tooLong(output.summary, CHECK_TEXT, 'output.summary'),
    ...tooLong(output.text, CHECK_TEXT, 'output.text'),
    ...(annotations.length > ANNOTATIONS ? [`output.annotations has ${annotations.length} items; at most ${ANNOTATIONS} a request`] : []),
    ...annotations.flatMap((a, i) => tooLong(a?.title, ANNOTATION_TITLE, `output.annotations[${i}].title`))
  ];
}

const byOperation: Record<string, (body: Json) => string[]> = {
  'issues/create-label': (b) => label(b, 'name'),
  'issues/update-label': (b) => label(b, 'new_name'),
  'issues/create': (b) => tooLong(b?.body, BODY, 'body'),
  'issues/update': (b) => tooLong(b?.body, BODY, 'body'),
  'issues/create-comment': (b) => tooLong(b?.body, BODY, 'body'),
  'issues/update-comment': (b) => tooLong(b?.body, BODY, 'body'),
  'pulls/update': (b) => tooLong(b?.body, BODY, 'body'),
  'checks/create': checkOutput,
  'checks/update': checkOutput
};

/** The documented limits a request to this operation oversteps (empty when none). */
export function checkLimits(operationId: string, body: unknown): string[] {
  return byOperation[operationId]?.(body) ?? [];
}
