/** A merged pull request: what it closes, where it was merged, and its own text for closing keywords. */
export const MERGED_PULL_QUERY = /* GraphQL */ `
  query MergedPull($owner: String!, $name: String!, $number: Int!) {
    repository(owner: $owner, name: $name) {
      defaultBranchRef {
        name
      }
      pullRequest(number: $number) {
        number
        merged
        baseRefName
        title
        body
        closingIssuesReferences(first: 100) {
          nodes {
            number
            repository {
              nameWithOwner
            }
          }
        }
      }
    }
  }
`;

/** Every open issue with what makes it an epic (label or sub-issues), for the scheduled sweep. */
export const OPEN_ISSUES_QUERY = /* GraphQL */ `
  query OpenIssues($owner: String!, $name: String!, $after: String) {
    repository(owner: $owner, name: $name) {
      issues(states: [OPEN], first: 100, after: $after, orderBy: { field: CREATED_AT, direction: ASC }) {
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          number
          labels(first: 100) {
            nodes {
              name
            }
          }
          subIssuesSummary {
            total
          }
        }
      }
    }
  }
`;

/** The fields of an epic the planner needs, read beside its children (src/checklist/children.ts). */
export const EPIC_FIELDS = `number title body state labels(first: 100) { nodes { name } } subIssues(first: 100) { nodes { number state stateReason(enableDuplicate: true) repository { nameWithOwner } } } subIssuesSummary { total } reports: comments(last: 20) { nodes { url body viewerDidAuthor } }`;
