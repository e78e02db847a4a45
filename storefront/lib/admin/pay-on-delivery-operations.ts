import { graphql } from '../../gql';

// Operations of the back office's pay-on-delivery screens (commerce, decision 0083; always with the
// signed-in user's token). Commerce decides who may: staff and administrators collect, administrators
// receive the cash collectors hand in.

export const AdminOrdersToCollectQuery = graphql(`
  query AdminOrdersToCollect {
    payOnDeliveryOrders(first: 100) {
      id
      number
      email
      createdAt
      shippingAddress {
        name
        line1
        city
        phone
      }
      payments {
        method
        status
        amount {
          amount
          currency
        }
      }
    }
  }
`);

export const AdminCollectOnDeliveryMutation = graphql(`
  mutation AdminCollectOnDelivery($input: CollectOnDeliveryInput!) {
    collectOnDelivery(input: $input) {
      order {
        id
        status
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminCollectorCashQuery = graphql(`
  query AdminCollectorCash {
    cashHeldByCollectors {
      collectorUserId
      openCollections
      held {
        amount
        currency
      }
      oldestCollectedAt
    }
    collectorHandIns(first: 20) {
      id
      collectorUserId
      expected {
        amount
        currency
      }
      amount {
        amount
        currency
      }
      overShort {
        amount
        currency
      }
      note
      createdAt
    }
  }
`);

export const AdminHandInCollectedCashMutation = graphql(`
  mutation AdminHandInCollectedCash($input: HandInCollectedCashInput!) {
    handInCollectedCash(input: $input) {
      handIn {
        id
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);
