import { graphql } from '../../gql';

// The vendors section: applications and their review (marketplaces; catalog).
// Always sent with the signed-in user's token; `npm run codegen` (repo root) types these in ../../gql.

export const AdminVendorApplicationsQuery = graphql(`
  query AdminVendorApplications($status: VendorStatus, $after: String) {
    vendorApplications(status: $status, first: 50, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          status
          createdAt
          legalName
          tin
          email
          phone
          address
          documentUrls
          statusHistory {
            id
            fromStatus
            toStatus
            reason
            actorUserId
            createdAt
          }
        }
      }
    }
  }
`);

export const AdminApproveVendorMutation = graphql(`
  mutation AdminApproveVendor($id: ID!, $reason: String) {
    approveVendor(id: $id, reason: $reason) {
      vendor {
        id
        status
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminRejectVendorMutation = graphql(`
  mutation AdminRejectVendor($id: ID!, $reason: String!) {
    rejectVendor(id: $id, reason: $reason) {
      vendor {
        id
        status
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminSuspendVendorMutation = graphql(`
  mutation AdminSuspendVendor($id: ID!, $reason: String!) {
    suspendVendor(id: $id, reason: $reason) {
      vendor {
        id
        status
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminReinstateVendorMutation = graphql(`
  mutation AdminReinstateVendor($id: ID!, $reason: String) {
    reinstateVendor(id: $id, reason: $reason) {
      vendor {
        id
        status
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);
