import { graphql } from '../../gql';

// The inventory section's set-up pages (issue 14): locations (warehouses, shops, POS tills, vehicles),
// low-stock thresholds and reorder points with the reorder suggestions they produce, and how each sales
// channel draws stock (shared, allocated, independent) with its allocations. Always sent with the signed-in
// user's token; `npm run codegen` (repo root) types these in ../../gql.

export const AdminLocationListQuery = graphql(`
  query AdminLocationList {
    locations(first: 100) {
      edges {
        node {
          id
          code
          name
          kind
          active
          createdAt
        }
      }
    }
  }
`);

export const AdminCreateLocationMutation = graphql(`
  mutation AdminCreateLocation($input: CreateLocationInput!) {
    createLocation(input: $input) {
      location {
        id
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminUpdateLocationMutation = graphql(`
  mutation AdminUpdateLocation($input: UpdateLocationInput!) {
    updateLocation(input: $input) {
      location {
        id
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminDeactivateLocationMutation = graphql(`
  mutation AdminDeactivateLocation($id: ID!) {
    deactivateLocation(id: $id) {
      location {
        id
        active
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminReorderSuggestionsQuery = graphql(`
  query AdminReorderSuggestions($locationId: ID, $after: String, $first: Int!) {
    reorderSuggestions(locationId: $locationId, after: $after, first: $first) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          available
          reorderPoint
          suggestedQuantity
          stockLevel {
            id
            sku
            onHand
            location {
              id
              name
            }
            variant {
              id
              title
              product {
                id
                title
              }
            }
          }
        }
      }
    }
  }
`);

/** One SKU's thresholds at each location (to fill the form before changing them). */
export const AdminStockThresholdsQuery = graphql(`
  query AdminStockThresholds($sku: String!, $locationId: ID) {
    stockLevels(sku: $sku, locationId: $locationId, first: 10) {
      edges {
        node {
          id
          sku
          available
          lowStockThreshold
          reorderPoint
          reorderQuantity
          location {
            id
          }
        }
      }
    }
  }
`);

export const AdminSetStockThresholdsMutation = graphql(`
  mutation AdminSetStockThresholds($input: SetStockThresholdsInput!) {
    setStockThresholds(input: $input) {
      stockLevel {
        id
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminChannelsQuery = graphql(`
  query AdminChannels($channel: StockChannel, $after: String) {
    channelPolicies {
      channel
      mode
      updatedAt
    }
    channelAllocations(channel: $channel, after: $after, first: 50) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          sku
          channel
          quantity
          reserved
          available
          updatedAt
          location {
            id
            name
          }
        }
      }
    }
  }
`);

export const AdminSetChannelPolicyMutation = graphql(`
  mutation AdminSetChannelPolicy($channel: StockChannel!, $mode: ChannelMode!) {
    setChannelPolicy(channel: $channel, mode: $mode) {
      policy {
        channel
        mode
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminAllocateStockMutation = graphql(`
  mutation AdminAllocateStock($input: AllocateStockInput!) {
    allocateStock(input: $input) {
      allocation {
        id
        quantity
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminDeallocateStockMutation = graphql(`
  mutation AdminDeallocateStock($input: AllocateStockInput!) {
    deallocateStock(input: $input) {
      allocation {
        id
        quantity
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);
