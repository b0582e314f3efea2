import {
  httpStatus
} from "./chunk-Q4KVXVOF.js";

// src/github/fields.ts
var cache = /* @__PURE__ */ new WeakMap();
var told = /* @__PURE__ */ new WeakMap();
async function orgIssueFields(github, owner) {
  let byOwner = cache.get(github);
  if (!byOwner) cache.set(github, byOwner = /* @__PURE__ */ new Map());
  const key = owner.toLowerCase();
  let read = byOwner.get(key);
  if (!read) {
    read = github.request("GET /orgs/{org}/issue-fields", { org: owner }).then(
      ({ data }) => ({
        available: true,
        fields: data.map((f) => ({
          id: f.id,
          name: f.name,
          dataType: f.data_type,
          options: (f.options ?? []).map((o) => o.name)
        }))
      }),
      (error) => {
        const status = httpStatus(error);
        if (status === 404 || status === 403 || status === 410 || status === 422)
          return { available: false, reason: `issue fields are not available for ${owner} (HTTP ${status})` };
        throw error;
      }
    );
    byOwner.set(key, read);
  }
  const answer = await read;
  if (answer.available) return answer;
  let said = told.get(github);
  if (!said) told.set(github, said = /* @__PURE__ */ new Set());
  const first = !said.has(key);
  said.add(key);
  return { ...answer, first };
}
function fieldNamed(fields, name, dataType) {
  if (!fields.available) return void 0;
  return fields.fields.find(
    (f) => f.name.toLowerCase() === name.toLowerCase() && (!dataType || f.dataType === dataType)
  );
}
async function issueFieldValue(github, repo, issue, fieldId) {
  const { data } = await github.request(
    "GET /repos/{owner}/{repo}/issues/{issue_number}/issue-field-values",
    { ...repo, issue_number: issue, per_page: 100 }
  );
  const found = data.find((v) => v.issue_field_id === fieldId);
  if (!found) return void 0;
  return found.single_select_option?.name ?? found.value ?? void 0;
}

export {
  orgIssueFields,
  fieldNamed,
  issueFieldValue
};
