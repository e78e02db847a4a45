import { graphql } from '../../gql';

// The back office's dashboard tiles: products, stock, sales and payouts due.
// Always sent with the signed-in user's token; `npm run codegen` (repo root) types these in ../../gql.

export const AdminProductCountQuery = graphql(`
  query AdminProductCount($vendorId: ID) {
    searchProducts(first: 1, filters: { vendorId: $vendorId }) {
      totalCount
    }
  }
`);

export const AdminProductIdsQuery = graphql(`
  query AdminProductIds($status: ProductStatus, $vendorId: ID, $after: String) {
    products(status: $status, vendorId: $vendorId, first: 100, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
      }
    }
  }
`);

export const AdminStockOverviewQuery = graphql(`
  query AdminStockOverview($alerts: Int!, $movements: Int!) {
    stockAlerts(acknowledged: false, first: $alerts) {
      edges {
        node {
          ...AdminStockAlert
        }
      }
    }
    stockMovements(first: $movements) {
      edges {
        node {
          ...AdminStockMovement
        }
      }
    }
  }
`);

export const AdminCommerceTilesQuery = graphql(`
  query AdminCommerceTiles {
    orders(first: 100) {
      edges {
        node {
          id
          status
          paidAt
          total {
            ...MoneyFields
          }
          vendorOrders {
            subtotal {
              ...MoneyFields
            }
            shipping {
              ...MoneyFields
            }
            tax {
              ...MoneyFields
            }
          }
          lines {
            productId
            title
            quantity
            refundedQuantity
          }
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

export const AdminPayoutsDueQuery = graphql(`
  query AdminPayoutsDue {
    ledgerAccounts(filter: { purpose: VENDOR_PAYABLE }, first: 100) {
      edges {
        node {
          id
          ownerId
          balance {
            ...MoneyFields
          }
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

/** What a new shop still lacks before a shopper can buy (the dashboard's "Ready to sell?"). */
export const AdminReadinessQuery = graphql(`
  query AdminReadiness($withShipping: Boolean!) {
    locations(active: true, first: 1) {
      edges {
        node {
          id
        }
      }
    }
    shippingZones @include(if: $withShipping) {
      id
      rates {
        id
      }
    }
  }
`);
