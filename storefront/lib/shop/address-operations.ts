import { graphql } from '../../gql';

// The customer's saved addresses (identity): the account's address book and checkout's prefill. Always
// sent with the shopper's token (personal data; never through the anonymous cache). `npm run codegen`
// turns these into typed documents in ../../gql.

export const ShopAddressFieldsFragment = graphql(`
  fragment ShopAddressFields on CustomerAddress {
    id
    label
    name
    line1
    line2
    city
    region
    country
    postalCode
    phone
    latitude
    longitude
    isDefault
  }
`);

export const ShopMyAddressesQuery = graphql(`
  query ShopMyAddresses {
    myAddresses {
      ...ShopAddressFields
    }
  }
`);

export const ShopAddAddressMutation = graphql(`
  mutation ShopAddAddress($input: CustomerAddressInput!) {
    addAddress(input: $input) {
      address {
        id
      }
      userErrors {
        ...ShopUserError
      }
    }
  }
`);

export const ShopUpdateAddressMutation = graphql(`
  mutation ShopUpdateAddress($id: ID!, $input: CustomerAddressInput!) {
    updateAddress(id: $id, input: $input) {
      address {
        id
      }
      userErrors {
        ...ShopUserError
      }
    }
  }
`);

export const ShopSetDefaultAddressMutation = graphql(`
  mutation ShopSetDefaultAddress($id: ID!) {
    setDefaultAddress(id: $id) {
      address {
        id
      }
      userErrors {
        ...ShopUserError
      }
    }
  }
`);

export const ShopRemoveAddressMutation = graphql(`
  mutation ShopRemoveAddress($id: ID!) {
    removeAddress(id: $id) {
      removedAddressId
      userErrors {
        ...ShopUserError
      }
    }
  }
`);
