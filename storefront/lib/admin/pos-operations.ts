import { graphql } from '../../gql';

// Operations of the back office's "Point of sale" section (pos; always with the signed-in user's token).
// The pos subgraph decides who may: the tenant's administrators manage tills, cashiers and receipts, and read
// sessions, sales and conflicts. `npm run codegen` (repo root) types these in ../../gql.

export const AdminPosDeviceFieldsFragment = graphql(`
  fragment AdminPosDeviceFields on PosDevice {
    id
    name
    number
    receiptPrefix
    locationId
    status
    pairingExpiresAt
    lastSeenAt
    backlog
    salesCount
    openConflicts
  }
`);

// The tills with the names of the stock locations they sell from (inventory's locations).
export const AdminPosDevicesQuery = graphql(`
  query AdminPosDevices {
    posDevices {
      ...AdminPosDeviceFields
    }
    locations(first: 100) {
      edges {
        node {
          id
          name
          active
        }
      }
    }
  }
`);

// A till with its pairing code, shown once (registering it, or a new code while it waits to be paired).
export const AdminPosPairingFieldsFragment = graphql(`
  fragment AdminPosPairingFields on PosPairingPayload {
    device {
      ...AdminPosDeviceFields
    }
    pairingCode
    userErrors {
      ...AdminUserError
    }
  }
`);

export const AdminRegisterPosDeviceMutation = graphql(`
  mutation AdminRegisterPosDevice($input: RegisterPosDeviceInput!) {
    registerPosDevice(input: $input) {
      ...AdminPosPairingFields
    }
  }
`);

export const AdminRenewPosPairingCodeMutation = graphql(`
  mutation AdminRenewPosPairingCode($id: ID!) {
    renewPosPairingCode(id: $id) {
      ...AdminPosPairingFields
    }
  }
`);

export const AdminRevokePosDeviceMutation = graphql(`
  mutation AdminRevokePosDevice($id: ID!) {
    revokePosDevice(id: $id) {
      device {
        id
        status
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminPosCashiersQuery = graphql(`
  query AdminPosCashiers {
    posCashiers {
      id
      name
      role
      discountLimitBps
      active
      createdAt
    }
  }
`);

export const AdminSavePosCashierMutation = graphql(`
  mutation AdminSavePosCashier($input: SavePosCashierInput!) {
    savePosCashier(input: $input) {
      cashier {
        id
        name
        active
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminPosSettingsQuery = graphql(`
  query AdminPosSettings {
    posSettings {
      receiptHeader
      receiptFooter
      vatNumber
    }
  }
`);

export const AdminUpdatePosSettingsMutation = graphql(`
  mutation AdminUpdatePosSettings($input: UpdatePosSettingsInput!) {
    updatePosSettings(input: $input) {
      settings {
        receiptHeader
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

// Till sessions, newest first, with the tills' names.
export const AdminTillSessionsQuery = graphql(`
  query AdminTillSessions($after: String) {
    tillSessions(first: 30, after: $after) {
      edges {
        node {
          id
          deviceId
          number
          status
          openedAt
          closedAt
          openingFloat {
            amount
            currency
          }
          report {
            salesCount
            netSales {
              amount
              currency
            }
            overShort {
              amount
              currency
            }
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    posDevices {
      id
      name
      receiptPrefix
    }
  }
`);

// One session's Z-report and its sales (at most 100: a session's sales beyond that are on the till's list).
export const AdminTillSessionQuery = graphql(`
  query AdminTillSession($id: ID!) {
    tillSession(id: $id) {
      id
      deviceId
      number
      status
      openedAt
      closedAt
      openedById
      closedById
      report {
        salesCount
        returnsCount
        sales {
          amount
          currency
        }
        discounts {
          amount
          currency
        }
        tax {
          amount
          currency
        }
        refunds {
          amount
          currency
        }
        netSales {
          amount
          currency
        }
        byTender {
          tender
          count
          amount {
            amount
            currency
          }
        }
        payIns {
          amount
          currency
        }
        payOuts {
          amount
          currency
        }
        openingFloat {
          amount
          currency
        }
        expectedCash {
          amount
          currency
        }
        countedCash {
          amount
          currency
        }
        overShort {
          amount
          currency
        }
      }
    }
    posSales(sessionId: $id, first: 100) {
      edges {
        node {
          id
          kind
          receiptNumber
          receiptCode
          cashierId
          occurredAt
          total {
            amount
            currency
          }
          tenders {
            tender
          }
        }
      }
      pageInfo {
        hasNextPage
      }
    }
    posCashiers {
      id
      name
    }
  }
`);

// The till a session belongs to (its name on the Z-report).
export const AdminPosDeviceQuery = graphql(`
  query AdminPosDevice($id: ID!) {
    posDevice(id: $id) {
      id
      name
      receiptPrefix
    }
  }
`);

// Conflicts (open or resolved), with the tills' names and the latest sales to name receipts by.
export const AdminPosConflictsQuery = graphql(`
  query AdminPosConflicts($open: Boolean) {
    posConflicts(open: $open) {
      id
      deviceId
      saleId
      kind
      message
      createdAt
      resolvedAt
      resolution
    }
    posDevices {
      id
      name
      receiptPrefix
    }
    posSales(first: 100) {
      edges {
        node {
          id
          receiptNumber
        }
      }
    }
  }
`);

export const AdminResolvePosConflictMutation = graphql(`
  mutation AdminResolvePosConflict($id: ID!, $note: String!) {
    resolvePosConflict(id: $id, note: $note) {
      conflict {
        id
        resolvedAt
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);
