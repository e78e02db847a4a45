import { graphql } from '../../gql';

// Web push at this shop (decision 0063): the installation's VAPID key the browser subscribes with, and the
// signed-in customer's registration of this browser's subscription (or its removal). `npm run codegen` types these.

export const ShopWebPushPublicKeyQuery = graphql(`
  query ShopWebPushPublicKey {
    webPushPublicKey
  }
`);

export const ShopRegisterPushSubscriptionMutation = graphql(`
  mutation ShopRegisterPushSubscription($input: RegisterPushSubscriptionInput!) {
    registerPushSubscription(input: $input) {
      subscription {
        id
      }
      userErrors {
        code
        field
      }
    }
  }
`);

export const ShopRemovePushSubscriptionMutation = graphql(`
  mutation ShopRemovePushSubscription($endpoint: String!) {
    removePushSubscription(endpoint: $endpoint) {
      removed
      userErrors {
        code
      }
    }
  }
`);
