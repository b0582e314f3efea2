/**
 * The GraphQL documents of the epic domain: "which epics list this issue" (its native parent
 * and the issues whose timeline says they mention it). Written out in full, not assembled, so
 * the document test checks each against GitHub's published schema as sent.
 */

/**
 * The epics a changed issue or pull request belongs to, in one request for the common case:
 * its native parent and the issues that cross-reference it (with their bodies, which must be
 * re-parsed: a cross-reference outlives the text that made it). Paginated on the timeline; a
 * reader that had the first page in a query of its own continues here with its `endCursor`.
 */
export const EPICS_OF_ISSUE_QUERY = /* GraphQL */ `
  query EpicsOfIssue($owner: String!, $name: String!, $number: Int!, $after: String) {
    repository(owner: $owner, name: $name) {
      issueOrPullRequest(number: $number) {
        __typename
        ... on Issue {
          number
          state
          body
          authorAssociation
          parent {
            ...EpicCandidate
          }
          subIssuesSummary {
            total
          }
          labels(first: 100) {
            nodes {
              name
            }
          }
          timelineItems(first: 100, after: $after, itemTypes: [CROSS_REFERENCED_EVENT]) {
            pageInfo {
              hasNextPage
              endCursor
            }
            nodes {
              ... on CrossReferencedEvent {
                source {
                  ... on Issue {
                    ...EpicCandidate
                  }
                }
              }
            }
          }
        }
        ... on PullRequest {
          number
          merged
          timelineItems(first: 100, after: $after, itemTypes: [CROSS_REFERENCED_EVENT]) {
            pageInfo {
              hasNextPage
              endCursor
            }
            nodes {
              ... on CrossReferencedEvent {
                source {
                  ... on Issue {
                    ...EpicCandidate
                  }
                }
              }
            }
          }
        }
      }
    }
  }
  fragment EpicCandidate on Issue {
    number
    title
    state
    body
    repository {
      nameWithOwner
    }
    labels(first: 100) {
      nodes {
        name
      }
    }
    subIssuesSummary {
      total
    }
  }
`;
