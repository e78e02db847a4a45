import { graphql } from '../../gql';

// The API keys section (identity).
// Always sent with the signed-in user's token; `npm run codegen` (repo root) types these in ../../gql.

export const AdminApiKeysQuery = graphql(`
  query AdminApiKeys($after: String) {
    apiKeys(first: 100, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          prefix
          scopes
          createdAt
          lastUsedAt
          revokedAt
        }
      }
    }
  }
`);

export const AdminCreateApiKeyMutation = graphql(`
  mutation AdminCreateApiKey($name: String!, $scopes: [String!]!) {
    createApiKey(name: $name, scopes: $scopes) {
      key
      apiKey {
        id
        name
        prefix
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminRevokeApiKeyMutation = graphql(`
  mutation AdminRevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      apiKey {
        id
        revokedAt
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);
