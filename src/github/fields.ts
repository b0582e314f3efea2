import { httpStatus, type GitHub } from '../core/port';

/**
 * Organisation issue fields (GitHub public preview: `GET /orgs/{org}/issue-fields`, an issue's
 * `GET|POST /repos/{owner}/{repo}/issues/{n}/issue-field-values`). Where the API is not
 * available (a user's repository, the preview not enabled, a token that may not read the
 * organisation: 404, 403, 410, 422) features go on without it; the first to ask in a run is
 * told why, so the run says so once.
 */
export interface OrgField {
  id: number;
  name: string;
  dataType: string;
  options: string[];
}

export type OrgFields = { available: true; fields: OrgField[] } | { available: false; reason: string; first: boolean };

type RestField = { id: number; name: string; data_type: string; options?: { name: string }[] | null };
type RestValue = {
  issue_field_id: number;
  value: string | number | null;
  single_select_option?: { name: string } | null;
};

type Known = { available: true; fields: OrgField[] } | { available: false; reason: string };
const cache = new WeakMap<GitHub, Map<string, Promise<Known>>>();
const told = new WeakMap<GitHub, Set<string>>();

/** The owner's issue fields, asked once a run; `first` is true only for the first caller told they are unavailable. */
export async function orgIssueFields(github: GitHub, owner: string): Promise<OrgFields> {
  let byOwner = cache.get(github);
  if (!byOwner) cache.set(github, (byOwner = new Map<string, Promise<Known>>()));
  const key = owner.toLowerCase();
  let read = byOwner.get(key);
  if (!read) {
    read = github.request<RestField[]>('GET /orgs/{org}/issue-fields', { org: owner }).then(
      ({ data }) => ({
        available: true as const,
        fields: data.map((f) => ({
          id: f.id,
          name: f.name,
          dataType: f.data_type,
          options: (f.options ?? []).map((o) => o.name)
        }))
      }),
      (error: unknown) => {
        const status = httpStatus(error);
        if (status === 404 || status === 403 || status === 410 || status === 422)
          return { available: false as const, reason: `issue fields are not available for ${owner} (HTTP ${status})` };
        throw error;
      }
    );
    byOwner.set(key, read);
  }
  const answer = await read;
  if (answer.available) return answer;
  let said = told.get(github);
  if (!said) told.set(github, (said = new Set()));
  const first = !said.has(key);
  said.add(key);
  return { ...answer, first };
}

/** The field of that name (case-insensitive) and type, if the organisation has it. */
export function fieldNamed(fields: OrgFields, name: string, dataType?: string): OrgField | undefined {
  if (!fields.available) return undefined;
  return fields.fields.find(
    (f) => f.name.toLowerCase() === name.toLowerCase() && (!dataType || f.dataType === dataType)
  );
}

/** An issue's value of one field: the option's name for a single select, else the value; undefined when unset. */
export async function issueFieldValue(
  github: GitHub,
  repo: { owner: string; repo: string },
  issue: number,
  fieldId: number
): Promise<string | number | undefined> {
  const { data } = await github.request<RestValue[]>(
    'GET /repos/{owner}/{repo}/issues/{issue_number}/issue-field-values',
    { ...repo, issue_number: issue, per_page: 100 }
  );
  const found = data.find((v) => v.issue_field_id === fieldId);
  if (!found) return undefined;
  return found.single_select_option?.name ?? found.value ?? undefined;
}
