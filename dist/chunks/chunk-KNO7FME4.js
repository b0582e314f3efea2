
// src/core/plan.ts
function opIssue(op) {
  return "issue" in op ? op.issue : void 0;
}
function hexColor(color) {
  return color.replace(/^#/, "").toLowerCase();
}
function describeOp(op) {
  switch (op.kind) {
    case "create-label":
      return `create label "${op.name}" (#${hexColor(op.color)})`;
    case "update-label":
      return `update label "${op.name}" (#${hexColor(op.color)}, "${op.description}")`;
    case "set-body":
      return `update the body of #${op.issue}`;
    case "add-labels":
      return `add label${op.labels.length > 1 ? "s" : ""} ${op.labels.map((l) => `"${l}"`).join(", ")} to #${op.issue}`;
    case "remove-label":
      return `remove label "${op.label}" from #${op.issue}`;
    case "upsert-comment":
      return `${op.create === false ? "update" : "create or update"} comment ${op.marker.replace(/<!--\s*|\s*-->/g, "")} on #${op.issue}`;
    case "set-issue-state":
      return `${op.state === "closed" ? "close" : "reopen"} #${op.issue}`;
    case "check-run":
      return `check run "${op.name}" on ${op.headSha.slice(0, 7)}: ${op.conclusion}, ${op.annotations.length} annotation(s)`;
    case "set-issue-field":
      return `set field "${op.field}" of #${op.issue} to "${op.value}"`;
    case "project-status":
      return `post status ${op.status} to project ${op.project}`;
  }
}

// src/apply/labels.ts
var LOOKED_UP_LABEL_FRAGMENT = (
  /* GraphQL */
  `
  fragment LookedUpLabel on Label {
    name
    color
    description
  }
`
);
function labelLookupQuery(count) {
  const vars = Array.from({ length: count }, (_, i) => `$n${i}: String!`).join(", ");
  const fields = Array.from(
    { length: count },
    (_, i) => `l${i}: label(name: $n${i}) { ...LookedUpLabel } s${i}: labels(first: 100, query: $n${i}) { nodes { ...LookedUpLabel } }`
  ).join(" ");
  const query = `query LabelLookup($owner: String!, $name: String!${count ? ", " + vars : ""}) { repository(owner: $owner, name: $name) { ${fields || "id"} } }`;
  return count ? `${query}
${LOOKED_UP_LABEL_FRAGMENT}` : query;
}
async function lookupLabels(github, repo, names) {
  const found = /* @__PURE__ */ new Map();
  for (let start = 0; start < names.length; start += 50) {
    const chunk = names.slice(start, start + 50);
    const variables = { owner: repo.owner, name: repo.repo };
    chunk.forEach((n, i) => variables[`n${i}`] = n);
    const data = await github.graphql(labelLookupQuery(chunk.length), variables);
    chunk.forEach((n, i) => {
      const same = (l) => !!l && l.name.toLowerCase() === n.toLowerCase();
      const exact = data.repository[`l${i}`];
      const searched = data.repository[`s${i}`]?.nodes ?? [];
      found.set(n.toLowerCase(), (same(exact) ? exact : searched.find(same)) ?? null);
    });
  }
  return found;
}
async function labelAsSpelled(github, repo, name) {
  return (await lookupLabels(github, repo, [name])).get(name.toLowerCase())?.name;
}

export {
  lookupLabels,
  labelAsSpelled,
  opIssue,
  hexColor,
  describeOp
};
