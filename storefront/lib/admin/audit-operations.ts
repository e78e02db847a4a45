import { graphql } from '../../gql';

// The audit log section (identity): the tenant's security events, newest first, and one event in full.
// Always sent with the signed-in user's token; `npm run codegen` (repo root) types these in ../../gql.

export const AdminAuditEventsQuery = graphql(`
  query AdminAuditEvents($type: String, $after: String) {
    auditEvents(first: 25, type: $type, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          type
          actorUserId
          subjectId
          createdAt
        }
      }
    }
  }
`);

export const AdminAuditEventQuery = graphql(`
  query AdminAuditEvent($id: ID!) {
    auditEvent(id: $id) {
      id
      type
      actorUserId
      subjectId
      data
      ip
      requestId
      createdAt
    }
  }
`);
