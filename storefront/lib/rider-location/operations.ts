import { graphql } from '../../gql';

// Live rider location (decision 0089): the rider's phone reports; the customer's order page reads the
// order's tracking (and its key) once, then follows it over graphql-ws or, without a socket, by polling.

export const RiderReportLocationMutation = graphql(`
  mutation RiderReportLocation($shipmentId: ID!, $latitude: Float!, $longitude: Float!, $accuracyMeters: Float!) {
    reportRiderLocation(shipmentId: $shipmentId, latitude: $latitude, longitude: $longitude, accuracyMeters: $accuracyMeters) {
      accepted
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const RiderTrackingFields = graphql(`
  fragment RiderTrackingFields on RiderTracking {
    orderId
    shipments {
      shipmentId
      status
      positions {
        latitude
        longitude
        accuracyMeters
        at
      }
    }
  }
`);

export const ShopRiderTrackingQuery = graphql(`
  query ShopRiderTracking($orderId: ID!, $cartToken: String) {
    riderTracking(orderId: $orderId, cartToken: $cartToken) {
      trackingKey
      ...RiderTrackingFields
    }
  }
`);

export const RiderTrackingByKeyQuery = graphql(`
  query RiderTrackingByKey($orderId: ID!, $trackingKey: String!) {
    riderTracking(orderId: $orderId, trackingKey: $trackingKey) {
      ...RiderTrackingFields
    }
  }
`);

export const RiderTrackingSubscription = graphql(`
  subscription RiderTrackingLive($orderId: ID!, $trackingKey: String!) {
    riderTracking(orderId: $orderId, trackingKey: $trackingKey) {
      ...RiderTrackingFields
    }
  }
`);
