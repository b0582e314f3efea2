
// src/github/identity.ts
var VIEWER_QUERY = (
  /* GraphQL */
  `
  query EpicStewardViewer {
    viewer {
      login
    }
  }
`
);
var GITHUB_ACTIONS_BOT = "github-actions[bot]";
var known = /* @__PURE__ */ new WeakMap();
function ownIdentity(github) {
  let found = known.get(github);
  if (!found) {
    found = github.graphql(VIEWER_QUERY).then(
      (data) => data?.viewer?.login ? { login: data.viewer.login, source: "viewer" } : { login: GITHUB_ACTIONS_BOT, source: "fallback" }
    ).catch(() => ({ login: GITHUB_ACTIONS_BOT, source: "fallback" }));
    known.set(github, found);
  }
  return found;
}
function authorKey(author) {
  const login = author?.login?.trim();
  if (!login) return void 0;
  const bot = author?.type === "Bot" || author?.__typename === "Bot" || /\[bot\]$/i.test(login);
  return `${login.replace(/\[bot\]$/i, "").toLowerCase()}${bot ? "[bot]" : ""}`;
}
function isOwn(identity, author) {
  const key = authorKey(author);
  return key !== void 0 && key === authorKey({ login: identity.login });
}
function isOwnComment(identity, comment, marker) {
  return (comment.body ?? "").startsWith(marker) && isOwn(identity, comment.author ?? comment.user);
}

// src/apply/comments.ts
async function findComment(github, repo, issue, marker) {
  const self = await ownIdentity(github);
  const ours = (c) => isOwnComment(self, c, marker);
  const comments = await github.paginate(
    "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
    { ...repo, issue_number: issue },
    (items) => items.some(ours)
  );
  const found = comments.find(ours);
  return found ? { id: found.id, body: found.body ?? "" } : void 0;
}

export {
  ownIdentity,
  isOwn,
  isOwnComment,
  findComment
};
