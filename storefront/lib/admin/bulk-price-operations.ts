import { graphql } from '../../gql';

// The products section's bulk price change: the products it plans over (catalog; it sets
// prices with product-operations' AdminSetBasePrice).
// Always sent with the signed-in user's token; `npm run codegen` (repo root) types these in ../../gql.

export const AdminBulkPricePlanQuery = graphql(`
  query AdminBulkPricePlan($filters: ProductSearchFilters, $after: String) {
    searchProducts(filters: $filters, sort: NEWEST, after: $after, first: 100) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...AdminBulkPriceProduct
        }
      }
    }
  }
`);

export const AdminBulkPriceProductFragment = graphql(`
  fragment AdminBulkPriceProduct on Product {
    id
    title
    variants {
      id
      sku
      prices {
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
`);

export const AdminBulkPriceProductQuery = graphql(`
  query AdminBulkPriceProductById($id: ID!) {
    productById(id: $id) {
      ...AdminBulkPriceProduct
    }
  }
`);
