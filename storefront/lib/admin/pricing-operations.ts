import { graphql } from '../../gql';

// Operations of the back office's price screen (products → prices; catalog; always with the signed-in
// user's token). `npm run codegen` (repo root) types these in ../../gql.

export const AdminPriceListFieldsFragment = graphql(`
  fragment AdminPriceListFields on PriceList {
    id
    name
    channel
    customerGroup
    currency
    priority
    startsAt
    endsAt
  }
`);

/** The tenant's price lists, oldest first (a store keeps a handful; the first hundred are shown). */
export const AdminPriceListsQuery = graphql(`
  query AdminPriceLists {
    priceLists(first: 100) {
      edges {
        node {
          ...AdminPriceListFields
        }
      }
    }
  }
`);

/** One product's variants with every price row (base, sales, quantity tiers, list prices). */
export const AdminPricingProductQuery = graphql(`
  query AdminPricingProduct($id: ID!) {
    productById(id: $id) {
      id
      title
      vendor {
        id
        name
      }
      variants {
        id
        sku
        title
        prices {
          id
          priceListId
          minQuantity
          startsAt
          endsAt
          amount {
            amount
            currency
          }
        }
      }
    }
  }
`);

export const AdminCreatePriceListMutation = graphql(`
  mutation AdminCreatePriceList($input: CreatePriceListInput!) {
    createPriceList(input: $input) {
      priceList {
        id
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminRemovePriceListMutation = graphql(`
  mutation AdminRemovePriceList($id: ID!) {
    removePriceList(id: $id) {
      priceList {
        id
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminSetSalePriceMutation = graphql(`
  mutation AdminSetSalePrice($input: SetSalePriceInput!) {
    setSalePrice(input: $input) {
      price {
        id
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminSetTierPriceMutation = graphql(`
  mutation AdminSetTierPrice($input: SetTierPriceInput!) {
    setTierPrice(input: $input) {
      price {
        id
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminSetListPriceMutation = graphql(`
  mutation AdminSetListPrice($input: SetListPriceInput!) {
    setListPrice(input: $input) {
      price {
        id
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminRemovePriceMutation = graphql(`
  mutation AdminRemovePrice($id: ID!) {
    removePrice(id: $id) {
      price {
        id
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);
