import { graphql } from '../../gql';

// Settings → Shop, Shipping and Payments (issue 14): commerce's checkout settings, shipping zones and rates,
// and payment-provider credentials (sealed by commerce and never returned: the API gives whether a webhook
// secret is set and the public key, nothing of the secret key). Administrators only; always sent with the
// signed-in user's token. `npm run codegen` (repo root) types these in ../../gql.

export const AdminCommerceSettingsQuery = graphql(`
  query AdminCommerceSettings {
    commerceSettings {
      taxShipping
      paymentProvider
      paymentWindowMinutes
    }
  }
`);

export const AdminUpdateCommerceSettingsMutation = graphql(`
  mutation AdminUpdateCommerceSettings($input: UpdateCommerceSettingsInput!) {
    updateCommerceSettings(input: $input) {
      settings {
        taxShipping
        paymentProvider
        paymentWindowMinutes
        paymentMethods
        checkoutCarrier
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminShippingZonesQuery = graphql(`
  query AdminShippingZones {
    commerceSettings {
      checkoutCarrier
    }
    shippingZones {
      id
      name
      country
      regions
      rates {
        id
        method
        name
        active
        amount {
          ...MoneyFields
        }
        freeOver {
          ...MoneyFields
        }
      }
    }
  }
`);

export const AdminSetShippingZoneMutation = graphql(`
  mutation AdminSetShippingZone($input: ShippingZoneInput!) {
    setShippingZone(input: $input) {
      zone {
        id
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminRemoveShippingZoneMutation = graphql(`
  mutation AdminRemoveShippingZone($id: ID!) {
    removeShippingZone(id: $id) {
      zone {
        id
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminSetShippingRateMutation = graphql(`
  mutation AdminSetShippingRate($input: ShippingRateInput!) {
    setShippingRate(input: $input) {
      rate {
        id
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminRemoveShippingRateMutation = graphql(`
  mutation AdminRemoveShippingRate($id: ID!) {
    removeShippingRate(id: $id) {
      rate {
        id
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

/** The accounts as commerce returns them: no secret, only whether a webhook secret is set. */
export const AdminPaymentSettingsQuery = graphql(`
  query AdminPaymentSettings {
    commerceSettings {
      paymentProvider
      paymentMethods
      payOnDeliveryMaxTotal
    }
    paymentProviderAccounts {
      provider
      publicKey
      hasWebhookSecret
      updatedAt
    }
  }
`);

export const AdminSetPaymentProviderCredentialsMutation = graphql(`
  mutation AdminSetPaymentProviderCredentials($input: PaymentProviderCredentialsInput!) {
    setPaymentProviderCredentials(input: $input) {
      account {
        provider
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);
