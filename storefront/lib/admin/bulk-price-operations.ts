import { graphql } from '../../gql';

// The products section's bulk price change: the products it plans over (catalog; it sets
// prices with product-operations' AdminSetBasePrice).
// Always sent with the signed-in user's token; `npm run codegen` (repo root) types these in ../../gql.

// 20 a page: each product's variants and their price rows multiply the query's cost, and at 100 a page the
// gateway refused it (cost 73,801 against 20,000; gateway/test/trusted-documents-limits.test.ts).
export const AdminBulkPricePlanQuery = graphql(`
  query AdminBulkPricePlan($filters: ProductSearchFilters, $after: String) {
    searchProducts(filters: $filters, sort: NEWEST, after: $after, first: 20) {
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
