import { graphql } from '../../gql';

// Operations of the back office's custom-domain screen and shop switcher (identity; always with the
// signed-in user's token; decision 0022). `npm run codegen` (repo root) types these in ../../gql.

export const AdminTenantDomainFieldsFragment = graphql(`
  fragment AdminTenantDomainFields on TenantDomain {
    id
    domain
    verified
    verifiedAt
    token
    txtRecordName
    httpUrl
    lastCheckedAt
    lastError
  }
`);

export const AdminTenantDomainsQuery = graphql(`
  query AdminTenantDomains {
    tenantDomains {
      ...AdminTenantDomainFields
    }
  }
`);

export const AdminAddTenantDomainMutation = graphql(`
  mutation AdminAddTenantDomain($domain: String!) {
    addTenantDomain(domain: $domain) {
      domain {
        id
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminVerifyTenantDomainMutation = graphql(`
  mutation AdminVerifyTenantDomain($id: ID!) {
    verifyTenantDomain(id: $id) {
      domain {
        id
        verified
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminRemoveTenantDomainMutation = graphql(`
  mutation AdminRemoveTenantDomain($id: ID!) {
    removeTenantDomain(id: $id) {
      domain {
        id
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminMyTenantsQuery = graphql(`
  query AdminMyTenants {
    myTenants {
      roles
      tenant {
        id
        slug
        name
        kind
      }
    }
  }
`);

export const AdminSwitchTenantMutation = graphql(`
  mutation AdminSwitchTenant($tenantSlug: String!) {
    switchTenant(tenantSlug: $tenantSlug) {
      session {
        ...SessionFields
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);
