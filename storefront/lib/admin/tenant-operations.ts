import { graphql } from '../../gql';

// The businesses section (identity): the tenant tree beneath the signed-in administrator's tenant, a new
// partner / client / store / marketplace beneath it, and this tenant's own name and branding.
// Always sent with the signed-in user's token; `npm run codegen` (repo root) types these in ../../gql.

export const AdminChildTenantsQuery = graphql(`
  query AdminChildTenants($under: ID, $after: String) {
    childTenants(first: 50, under: $under, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          kind
          slug
          name
          primaryColor
          createdAt
          suspendedAt
        }
      }
    }
    myTenants {
      tenant {
        id
      }
      roles
    }
  }
`);

export const AdminCreateTenantMutation = graphql(`
  mutation AdminCreateTenant($input: CreateTenantInput!) {
    createTenant(input: $input) {
      tenant {
        id
        slug
        name
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminBrandingQuery = graphql(`
  query AdminBranding {
    currentTenant {
      id
      name
      logoUrl
      primaryColor
    }
  }
`);

export const AdminUpdateTenantMutation = graphql(`
  mutation AdminUpdateTenant($input: UpdateTenantInput!) {
    updateTenant(input: $input) {
      tenant {
        id
        name
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

/** A tenant deeper in the tree, by its slug (public profile): the businesses page drills down by slug. */
export const AdminTenantBySlugQuery = graphql(`
  query AdminTenantBySlug($slug: String!) {
    tenantBySlug(slug: $slug) {
      id
      kind
      slug
      name
    }
  }
`);

export const AdminSuspendTenantMutation = graphql(`
  mutation AdminSuspendTenant($tenantId: ID!, $reason: String!) {
    suspendTenant(tenantId: $tenantId, reason: $reason) {
      tenant {
        id
        suspendedAt
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminReinstateTenantMutation = graphql(`
  mutation AdminReinstateTenant($tenantId: ID!) {
    reinstateTenant(tenantId: $tenantId) {
      tenant {
        id
        suspendedAt
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);
