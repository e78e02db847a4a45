import { graphql } from '../../gql';

// Every operation the till's route handlers send (app/pos/[tenant]/api/*), with the device key (X-Api-Key:
// scopes pos:device, catalog:read, inventory:read). `npm run codegen` (repo root) turns these into typed
// documents in ../../gql; the strings must stay byte-identical to the keys it generates.

export const PosCatalogueQuery = graphql(`
  query PosCatalogue($after: String, $priceContext: PriceContextInput!) {
    products(status: ACTIVE, first: 100, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          category {
            id
          }
          vendor {
            id
          }
          variants {
            id
            sku
            barcode
            title
            price(context: $priceContext) {
              unit {
                amount
              }
              taxInclusive
              taxRateBps
            }
          }
        }
      }
    }
  }
`);

export const PosCouponsQuery = graphql(`
  query PosCoupons {
    posCoupons {
      id
      codeHash
      kind
      percentBps
      amount
      currency
      minimumSpend
      productIds
      categoryIds
      vendorIds
      startsAt
      endsAt
    }
  }
`);

export const PosStockQuery = graphql(`
  query PosStock($locationId: ID!, $after: String) {
    stockLevels(locationId: $locationId, first: 100, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          variantId
          onHand
        }
      }
    }
  }
`);

export const PosTillQuery = graphql(`
  query PosTill {
    posTill {
      device {
        id
        name
        locationId
      }
      receiptPrefix
      cashiers {
        id
        name
        role
        discountLimitBps
        pinSalt
        pinHash
      }
      settings {
        receiptHeader
        receiptFooter
        vatNumber
      }
      openSession {
        id
        openedAt
        openingFloat {
          amount
        }
      }
      nextSequence
    }
    currentTenant {
      currency
    }
  }
`);

export const PosLocationsQuery = graphql(`
  query PosLocations {
    locations(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const PosPairMutation = graphql(`
  mutation PosPair($code: String!) {
    pairPosDevice(code: $code) {
      deviceKey
      userErrors {
        code
        message
      }
    }
  }
`);

export const PosSyncMutation = graphql(`
  mutation PosSync($events: [PosEventInput!]!) {
    syncPosBatch(events: $events) {
      results {
        clientId
        status
      }
      lastSequence
      userErrors {
        code
        message
        field
      }
    }
  }
`);

export const PosReceiptQuery = graphql(`
  query PosReceipt($code: String!) {
    posReceipt(code: $code) {
      sale {
        receiptNumber
        occurredAt
        lines {
          variantId
          title
          quantity
          unitPrice {
            formatted
          }
          discount {
            amount
            formatted
          }
          total {
            formatted
          }
        }
        tax {
          formatted
        }
        total {
          formatted
        }
        change {
          amount
          formatted
        }
        tenders {
          tender
          reference
          amount {
            formatted
          }
        }
      }
      settings {
        receiptHeader
        receiptFooter
        vatNumber
      }
    }
  }
`);

export const PosCustomerQuery = graphql(`
  query PosCustomer($email: String, $phone: String) {
    posCustomer(email: $email, phone: $phone) {
      id
      name
      points
      pointsValue
      pointsCurrency
    }
  }
`);

export const TakePosHoldMutation = graphql(`
  mutation TakePosHold($input: TakePosHoldInput!) {
    takePosHold(input: $input) {
      hold {
        id
        kind
        amount
        points
        status
        expiresAt
        remainingPoints
        remainingGiftCard
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);

export const SendPosPointsCodeMutation = graphql(`
  mutation SendPosPointsCode($customerUserId: ID!, $points: Int!) {
    sendPosPointsCode(customerUserId: $customerUserId, points: $points) {
      sent {
        sentTo
        channel
        maxPoints
        expiresAt
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);

export const ReleasePosHoldMutation = graphql(`
  mutation ReleasePosHold($holdId: ID!) {
    releasePosHold(holdId: $holdId) {
      hold {
        id
        status
      }
      userErrors {
        code
        message
      }
    }
  }
`);
