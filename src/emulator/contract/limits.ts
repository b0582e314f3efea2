/**
 * Limits GitHub enforces (with 422) that the OpenAPI description does not state as schema
 * keywords. Each names its source. Counted in characters (code points), as GitHub counts.
 */
import { fieldsOf, listOf } from '../json';

/** Characters, not UTF-16 units: an emoji is one. */
export const chars = (text: string): number => [...text].length;

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
  return typeof value === 'string' && chars(value) > max
    ? [`${field} is too long (${chars(value)} characters; maximum is ${max})`]
    : [];
}

function label(body: unknown, nameField: string): string[] {
  const fields = fieldsOf(body);
  return [
    ...tooLong(fields[nameField], LABEL_NAME, nameField),
    ...tooLong(fields.description, LABEL_DESCRIPTION, 'description')
  ];
}

function checkOutput(body: unknown): string[] {
  const output = fieldsOf(body).output;
  if (!output || typeof output !== 'object') return [];
  const { summary, text, annotations: list } = fieldsOf(output);
  const annotations = listOf(list) ?? [];
  return [
    ...tooLong(summary, CHECK_TEXT, 'output.summary'),
    ...tooLong(text, CHECK_TEXT, 'output.text'),
    ...(annotations.length > ANNOTATIONS
      ? [`output.annotations has ${annotations.length} items; at most ${ANNOTATIONS} a request`]
      : []),
    ...annotations.flatMap((a, i) => tooLong(fieldsOf(a).title, ANNOTATION_TITLE, `output.annotations[${i}].title`))
  ];
}

const byText = (b: unknown) => tooLong(fieldsOf(b).body, BODY, 'body');

const byOperation: Record<string, (body: unknown) => string[]> = {
  'issues/create-label': (b) => label(b, 'name'),
  'issues/update-label': (b) => label(b, 'new_name'),
  'issues/create': byText,
  'issues/update': byText,
  'issues/create-comment': byText,
  'issues/update-comment': byText,
  'pulls/update': byText,
  'checks/create': checkOutput,
  'checks/update': checkOutput
};

/** The documented limits a request to this operation oversteps (empty when none). */
export function checkLimits(operationId: string, body: unknown): string[] {
  return byOperation[operationId]?.(body) ?? [];
}
