import { graphql } from '../../gql';

// A vendor's own profile (issue 14): name, e-mail, phone, address are its to change; legal name and TIN,
// as the administrators approved them, are shown only.

export const AdminMyVendorProfileQuery = graphql(`
  query AdminMyVendorProfile {
    myVendor {
      id
      name
      slug
      legalName
      tin
      email
      phone
      address
    }
  }
`);

export const AdminUpdateMyVendorProfileMutation = graphql(`
  mutation AdminUpdateMyVendorProfile($input: VendorProfileInput!) {
    updateMyVendorProfile(input: $input) {
      vendor {
        id
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);
