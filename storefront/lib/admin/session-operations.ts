import { graphql } from '../../gql';

// Who is signed in to the back office, and the UserError fragment every back-office mutation
// returns (identity and commerce).
// Always sent with the signed-in user's token; `npm run codegen` (repo root) types these in ../../gql.

export const AdminViewerQuery = graphql(`
  query AdminViewer {
    me {
      id
      name
      email
      twoFactorEnabled
      memberships {
        role
      }
    }
    currentTenant {
      id
      slug
      name
      kind
      currency
      primaryColor
      logoUrl
    }
  }
`);

export const AdminMyVendorQuery = graphql(`
  query AdminMyVendor {
    myVendor {
      id
      name
      status
    }
  }
`);

export const AdminUserErrorFragment = graphql(`
  fragment AdminUserError on UserError {
    code
    message
    field
  }
`);
