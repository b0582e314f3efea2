/**
 * The GraphQL documents of the escalations feature (checked against GitHub's published schema
 * by the repository's document test).
 */

/**
 * The sweep: one page of 100 issues of the repository's issues connection (not search, which
 * stops at 1,000), with everything the time triggers need: labels, body, creation time,
 * assignees, and the label/assignment events that say when work started or a label was
 * applied (the first 10 and the last 40, so both "first assignment" and "last applied" are
 * exact for all but the busiest issues). Open issues are swept in full; closed ones only
 * when they still carry the escalation label (`labels` filter), to resolve them.
 */
export const SWEEP_QUERY = /* GraphQL */ `
  query EscalationSweep($owner: String!, $name: String!, $states: [IssueState!], $labels: [String!], $after: String) {
    repository(owner: $owner, name: $name) {
      issues(
        first: 100
        after: $after
        states: $states
        labels: $labels
        orderBy: { field: CREATED_AT, direction: ASC }
      ) {
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          id
          number
          title
          body
          state
          createdAt
          labels(first: 100) {
            nodes {
              name
            }
          }
          assignees(first: 1) {
            totalCount
          }
          early: timelineItems(first: 10, itemTypes: [LABELED_EVENT, ASSIGNED_EVENT]) {
            totalCount
            nodes {
              ...Event
            }
          }
          late: timelineItems(last: 40, itemTypes: [LABELED_EVENT, ASSIGNED_EVENT]) {
            nodes {
              ...Event
            }
          }
        }
      }
    }
  }
  fragment Event on IssueTimelineItems {
    __typename
    ... on LabeledEvent {
      createdAt
      label {
        name
      }
    }
    ... on AssignedEvent {
      createdAt
    }
  }
`;

/**
 * The last comments of up to 50 issues or pull requests at once, by node id: only issues
 * that are due or carry the escalation label are read, so an already escalated issue costs
 * a fiftieth of a request and no search of its comment pages.
 */
export const COMMENTS_BY_ID_QUERY = /* GraphQL */ `
  query EscalationComments($ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename
      ... on Issue {
        number
        comments(last: 50) {
          totalCount
          nodes {
            databaseId
            body
            author {
              __typename
              login
            }
          }
        }
      }
      ... on PullRequest {
        number
        comments(last: 50) {
          totalCount
          nodes {
            databaseId
            body
            author {
              __typename
              login
            }
          }
        }
      }
    }
  }
`;

/** One issue or pull request with its labels and last comments: the target of a threshold escalation or an `issues` event. */
export const ISSUE_QUERY = /* GraphQL */ `
  query EscalationIssue($owner: String!, $name: String!, $number: Int!) {
    repository(owner: $owner, name: $name) {
      issueOrPullRequest(number: $number) {
        __typename
        ... on Issue {
          id
          number
          title
          body
          issueState: state
          createdAt
          labels(first: 100) {
            nodes {
              name
            }
          }
          assignees(first: 1) {
            totalCount
          }
          early: timelineItems(first: 10, itemTypes: [LABELED_EVENT, ASSIGNED_EVENT]) {
            totalCount
            nodes {
              ...Event
            }
          }
          late: timelineItems(last: 40, itemTypes: [LABELED_EVENT, ASSIGNED_EVENT]) {
            nodes {
              ...Event
            }
          }
          comments(last: 50) {
            totalCount
            nodes {
              databaseId
              body
              author {
                __typename
                login
              }
            }
          }
        }
        ... on PullRequest {
          id
          number
          title
          pullState: state
          labels(first: 100) {
            nodes {
              name
            }
          }
          comments(last: 50) {
            totalCount
            nodes {
              databaseId
              body
              author {
                __typename
                login
              }
            }
          }
        }
      }
    }
  }
  fragment Event on IssueTimelineItems {
    __typename
    ... on LabeledEvent {
      createdAt
      label {
        name
      }
    }
    ... on AssignedEvent {
      createdAt
    }
  }
`;

/**
 * Open epics (by label) for the daily report, 25 a page: body (task items) and the last
 * comments (today's and the previous report are among them). Native sub-issues are read in
 * the batched story query (`subIssuesQuery`), because not every published schema has them.
 */
export const REPORT_EPICS_QUERY = /* GraphQL */ `
  query EscalationReportEpics($owner: String!, $name: String!, $labels: [String!], $after: String) {
    repository(owner: $owner, name: $name) {
      issues(
        first: 25
        after: $after
        states: [OPEN]
        labels: $labels
        orderBy: { field: CREATED_AT, direction: ASC }
      ) {
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          number
          title
          body
          createdAt
          milestone {
            title
            dueOn
          }
          labels(first: 100) {
            nodes {
              name
            }
          }
          comments(last: 50) {
            totalCount
            nodes {
              databaseId
              body
              author {
                __typename
                login
              }
            }
          }
        }
      }
    }
  }
`;

/**
 * The native sub-issues of several epics of one repository in one request. Built, not
 * constant: older copies of GitHub's published schema (and GHES before 3.16) lack
 * `subIssues`, so a failure of this query only means "no sub-issues", never a failed run.
 */
export function subIssuesQuery(numbers: number[]): string {
  const fields = numbers
    .filter((n) => Number.isInteger(n) && n > 0)
    .map(
      (n) =>
        `e${n}: issue(number: ${n}) { subIssuesSummary { total } subIssues(first: 100) { nodes { number repository { nameWithOwner } } } }`
    );
  return `query EscalationSubIssues($owner: String!, $name: String!) { repository(owner: $owner, name: $name) { ${fields.join(' ') || 'id'} } }`;
}
