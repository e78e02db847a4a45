import { graphql } from '../../gql';

// The inventory section: stock levels, movements, alerts and conflicts, and the moves
// of stock (inventory).
// Always sent with the signed-in user's token; `npm run codegen` (repo root) types these in ../../gql.

export const AdminStockAlertFragment = graphql(`
  fragment AdminStockAlert on StockAlert {
    id
    kind
    sku
    available
    threshold
    message
    createdAt
    acknowledgedAt
    location {
      id
      name
    }
  }
`);

export const AdminStockMovementFragment = graphql(`
  fragment AdminStockMovement on StockMovement {
    id
    sku
    quantity
    reason
    reference
    occurredAt
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
`);

export const AdminLocationsQuery = graphql(`
  query AdminLocations {
    locations(first: 100) {
      edges {
        node {
          id
          code
          name
          kind
          active
        }
      }
    }
  }
`);

export const AdminStockLevelsQuery = graphql(`
  query AdminStockLevels($locationId: ID, $sku: String, $after: String, $first: Int!) {
    stockLevels(locationId: $locationId, sku: $sku, after: $after, first: $first) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          sku
          onHand
          reserved
          available
          lowStockThreshold
          location {
            id
            name
            active
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
`);

export const AdminStockMovementsQuery = graphql(`
  query AdminStockMovements($locationId: ID, $sku: String, $reason: MovementReason, $after: String, $first: Int!) {
    stockMovements(locationId: $locationId, sku: $sku, reason: $reason, after: $after, first: $first) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...AdminStockMovement
        }
      }
    }
  }
`);

export const AdminStockIssuesQuery = graphql(`
  query AdminStockIssues($acknowledged: Boolean, $conflictStatus: StockConflictStatus) {
    stockAlerts(acknowledged: $acknowledged, first: 50) {
      edges {
        node {
          ...AdminStockAlert
        }
      }
    }
    stockConflicts(status: $conflictStatus, first: 50) {
      edges {
        node {
          id
          sku
          clientId
          requested
          applied
          shortfall
          status
          note
          createdAt
          resolvedAt
          location {
            id
            name
          }
        }
      }
    }
  }
`);

export const AdminAdjustStockMutation = graphql(`
  mutation AdminAdjustStock($input: AdjustStockInput!) {
    adjustStock(input: $input) {
      movement {
        id
        quantity
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminReceiveStockMutation = graphql(`
  mutation AdminReceiveStock($input: ReceiveStockInput!) {
    receiveStock(input: $input) {
      movement {
        id
        quantity
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminTransferStockMutation = graphql(`
  mutation AdminTransferStock($input: TransferStockInput!) {
    transferStock(input: $input) {
      transfer {
        id
        quantity
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminAcknowledgeAlertMutation = graphql(`
  mutation AdminAcknowledgeAlert($id: ID!) {
    acknowledgeAlert(id: $id) {
      alert {
        id
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminResolveConflictMutation = graphql(`
  mutation AdminResolveConflict($id: ID!, $note: String) {
    resolveStockConflict(id: $id, note: $note) {
      conflict {
        id
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);
