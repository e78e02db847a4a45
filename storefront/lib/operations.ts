import { graphql } from '../gql';

// Every operation the storefront sends. `npm run codegen` (repo root) turns these into typed documents
// in ../gql; the strings must stay byte-identical to the keys it generates.

export const TenantBySlugQuery = graphql(`
  query TenantBySlug($slug: String!) {
    tenantBySlug(slug: $slug) {
      id
      slug
      name
      kind
      logoUrl
      primaryColor
    }
  }
`);

export const SessionFieldsFragment = graphql(`
  fragment SessionFields on Session {
    accessToken
    refreshToken
    accessTokenExpiresAt
    refreshTokenExpiresAt
    user {
      id
      name
      email
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      session {
        ...SessionFields
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);

export const RefreshSessionMutation = graphql(`
  mutation RefreshSession($refreshToken: String!) {
    refreshSession(refreshToken: $refreshToken) {
      session {
        ...SessionFields
      }
      userErrors {
        code
        message
      }
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout($refreshToken: String!) {
    logout(refreshToken: $refreshToken) {
      ok
      userErrors {
        code
        message
      }
    }
  }
`);

export const MeQuery = graphql(`
  query Me {
    me {
      id
      name
      email
    }
  }
`);
