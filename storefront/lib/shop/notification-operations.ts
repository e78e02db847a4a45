import { graphql } from '../../gql';

// The signed-in customer's notification preferences at this shop, and the one-click unsubscribe link's
// mutation (anonymous: the token in the link is the proof). `npm run codegen` (repo root) types these.

export const ShopMyNotificationPreferencesQuery = graphql(`
  query ShopMyNotificationPreferences {
    myNotificationPreferences {
      marketingEmail
      marketingSms
      orderUpdatesSms
      orderUpdatesWhatsapp
    }
  }
`);

export const ShopSetMyNotificationPreferencesMutation = graphql(`
  mutation ShopSetMyNotificationPreferences($input: NotificationPreferencesInput!) {
    setMyNotificationPreferences(input: $input) {
      preferences {
        marketingEmail
        marketingSms
        orderUpdatesSms
        orderUpdatesWhatsapp
      }
      userErrors {
        code
        field
      }
    }
  }
`);

export const UnsubscribeMutation = graphql(`
  mutation Unsubscribe($token: String!) {
    unsubscribe(token: $token) {
      ok
      userErrors {
        code
      }
    }
  }
`);
