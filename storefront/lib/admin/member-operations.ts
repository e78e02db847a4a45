import { graphql } from '../../gql';

// The members section (identity): who holds which role in the tenant, granted by e-mail, revoked by membership.
// Always sent with the signed-in user's token; `npm run codegen` (repo root) types these in ../../gql.

export const AdminMembersQuery = graphql(`
  query AdminMembers($role: Role, $after: String) {
    members(first: 50, role: $role, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          role
          createdAt
          user {
            id
            name
            email
          }
        }
      }
    }
  }
`);

export const AdminGrantRoleMutation = graphql(`
  mutation AdminGrantRole($email: String!, $role: Role!) {
    grantRole(email: $email, role: $role) {
      membership {
        id
        role
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminRevokeRoleMutation = graphql(`
  mutation AdminRevokeRole($membershipId: ID!) {
    revokeRole(membershipId: $membershipId) {
      membership {
        id
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);
