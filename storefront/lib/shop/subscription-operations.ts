import { graphql } from '../../gql';

// The signed-in customer's subscriptions at this shop and what they change (decision 0060). `npm run codegen`
// (repo root) types these.

export const ShopMySubscriptionsQuery = graphql(`
  query ShopMySubscriptions {
    mySubscriptions {
      id
      title
      quantity
      interval
      status
      nextChargeAt
      lastTotal {
        amount
        currency
      }
    }
  }
`);

export const ShopPauseSubscriptionMutation = graphql(`
  mutation ShopPauseSubscription($id: ID!) {
    pauseSubscription(id: $id) {
      subscription {
        id
        status
      }
      userErrors {
        code
      }
    }
  }
`);

export const ShopResumeSubscriptionMutation = graphql(`
  mutation ShopResumeSubscription($id: ID!) {
    resumeSubscription(id: $id) {
      subscription {
        id
        status
      }
      userErrors {
        code
      }
    }
  }
`);

export const ShopSkipSubscriptionChargeMutation = graphql(`
  mutation ShopSkipSubscriptionCharge($id: ID!) {
    skipSubscriptionCharge(id: $id) {
      subscription {
        id
        nextChargeAt
      }
      userErrors {
        code
      }
    }
  }
`);

export const ShopCancelSubscriptionMutation = graphql(`
  mutation ShopCancelSubscription($id: ID!) {
    cancelSubscription(id: $id) {
      subscription {
        id
        status
      }
      userErrors {
        code
      }
    }
  }
`);

export const ShopUpdateSubscriptionMutation = graphql(`
  mutation ShopUpdateSubscription($id: ID!, $quantity: Int, $interval: SubscriptionInterval) {
    updateSubscription(id: $id, quantity: $quantity, interval: $interval) {
      subscription {
        id
        quantity
        interval
      }
      userErrors {
        code
      }
    }
  }
`);

// The back office's list (Orders › Subscriptions): administrators and staff read, administrators cancel and
// turn selling on subscription on or off.

export const AdminSubscriptionListQuery = graphql(`
  query AdminSubscriptionList($status: SubscriptionStatus, $after: String) {
    subscriptions(first: 25, status: $status, after: $after) {
      edges {
        node {
          id
          title
          quantity
          interval
          status
          email
          nextChargeAt
          failureCount
          createdAt
          lastTotal {
            amount
            currency
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    subscriptionSettings {
      enabled
    }
  }
`);

export const AdminCancelCustomerSubscriptionMutation = graphql(`
  mutation AdminCancelCustomerSubscription($id: ID!) {
    cancelCustomerSubscription(id: $id) {
      subscription {
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

export const AdminUpdateSubscriptionSettingsMutation = graphql(`
  mutation AdminUpdateSubscriptionSettings($enabled: Boolean!) {
    updateSubscriptionSettings(enabled: $enabled) {
      settings {
        enabled
      }
      userErrors {
        code
        message
      }
    }
  }
`);

// The product page's "Subscribe" option (public: whether the shop sells on subscription) and the subscribe
// page's mutation (signed-in customers; the first order is paid like a checkout).

export const ShopSubscriptionSettingsQuery = graphql(`
  query ShopSubscriptionSettings {
    subscriptionSettings {
      enabled
    }
  }
`);

export const ShopSubscribeMutation = graphql(`
  mutation ShopSubscribe($input: SubscribeInput!) {
    subscribe(input: $input) {
      subscription {
        id
      }
      order {
        id
      }
      payment {
        authorizationUrl
      }
      userErrors {
        code
        field
      }
    }
  }
`);
