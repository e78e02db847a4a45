import { graphql } from '../../gql';

// Shipments (commerce, decision 0086): the back office's shipment screens, the rider's page and the shop's
// order page. Commerce decides who may: managers and vendors ship, riders (staff) step and deliver,
// administrators override a locked code, the order's customer alone gets the delivery code.

export const AdminShipmentFields = graphql(`
  fragment AdminShipmentFields on Shipment {
    id
    orderId
    orderNumber
    carrier
    trackingNumber
    status
    riderUserId
    codeTriesLeft
    codeLocked
    failureReason
    overrideReason
    createdAt
    deliveredAt
    quotedPrice {
      amount
      currency
    }
    amountToCollect {
      amount
      currency
    }
    address {
      name
      phone
      line1
      line2
      city
      region
      country
      latitude
      longitude
    }
    items {
      id
      title
      sku
      quantity
    }
    returnRequestId
    returnItems {
      id
      title
      quantity
    }
  }
`);

export const AdminShipmentsQuery = graphql(`
  query AdminShipments($status: ShipmentStatus, $orderId: ID) {
    shipments(status: $status, orderId: $orderId, first: 100) {
      ...AdminShipmentFields
    }
  }
`);

export const AdminShipmentQuery = graphql(`
  query AdminShipment($id: ID!) {
    shipment(id: $id) {
      ...AdminShipmentFields
      vendorOrderId
      pickedUpAt
      packages {
        id
        weightGrams
        lengthMm
        widthMm
        heightMm
      }
      events {
        id
        status
        note
        location
        fromCarrier
        at
      }
    }
  }
`);

export const AdminShipmentOrderQuery = graphql(`
  query AdminShipmentOrder($id: ID!) {
    shippingCarriers
    order(id: $id) {
      id
      number
      status
      shippingAddress {
        latitude
        longitude
      }
      vendorOrders {
        id
        vendorName
        lines {
          id
          title
          sku
          quantity
          source
        }
      }
    }
    shipments(orderId: $id, first: 100) {
      id
      status
      trackingNumber
      items {
        id
        quantity
        orderLineId
      }
    }
  }
`);

export const AdminShipmentQuoteQuery = graphql(`
  query AdminShipmentQuote($orderId: ID!, $carrier: CarrierName!, $packages: [ShipmentPackageInput!]!, $latitude: Float, $longitude: Float) {
    shipmentQuote(orderId: $orderId, carrier: $carrier, packages: $packages, latitude: $latitude, longitude: $longitude) {
      price {
        amount
        currency
      }
      etaHours
    }
  }
`);

export const RiderDeliveriesQuery = graphql(`
  query RiderDeliveries {
    myDeliveries {
      ...AdminShipmentFields
    }
  }
`);

export const AdminCreateShipmentMutation = graphql(`
  mutation AdminCreateShipment($input: CreateShipmentInput!) {
    createShipment(input: $input) {
      shipment {
        id
        status
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const RiderStepShipmentMutation = graphql(`
  mutation RiderStepShipment($shipmentId: ID!, $status: ShipmentRiderStep!, $note: String) {
    stepShipment(shipmentId: $shipmentId, status: $status, note: $note) {
      shipment {
        id
        status
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const RiderDeliverShipmentMutation = graphql(`
  mutation RiderDeliverShipment($shipmentId: ID!, $code: String!, $collection: ShipmentCollectionInput) {
    deliverShipment(shipmentId: $shipmentId, code: $code, collection: $collection) {
      shipment {
        id
        status
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminOverrideShipmentDeliveryMutation = graphql(`
  mutation AdminOverrideShipmentDelivery($shipmentId: ID!, $reason: String!, $collection: ShipmentCollectionInput) {
    overrideShipmentDelivery(shipmentId: $shipmentId, reason: $reason, collection: $collection) {
      shipment {
        id
        status
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminCloseShipmentMutation = graphql(`
  mutation AdminCloseShipment($shipmentId: ID!, $status: ShipmentClose!, $note: String!) {
    closeShipment(shipmentId: $shipmentId, status: $status, note: $note) {
      shipment {
        id
        status
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminSimulateCarrierEventMutation = graphql(`
  mutation AdminSimulateCarrierEvent($shipmentId: ID!, $status: ShipmentStatus!) {
    simulateCarrierEvent(shipmentId: $shipmentId, status: $status) {
      shipment {
        id
        status
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const ShopOrderShipmentsQuery = graphql(`
  query ShopOrderShipments($orderId: ID!, $cartToken: String) {
    orderShipments(orderId: $orderId, cartToken: $cartToken) {
      deliveryCode
      shipment {
        id
        carrier
        trackingNumber
        status
        items {
          id
          title
          quantity
        }
        events {
          id
          status
          note
          location
          at
        }
      }
    }
  }
`);

// The shop's Kwik Delivery account (decision 0090): administrators with two-factor only. The password is
// write-only; the API answers the e-mail masked.
export const AdminKwikAccountQuery = graphql(`
  query AdminKwikAccount {
    kwikAccount {
      connected
      emailMasked
      domainName
      baseUrl
      callbackUrl
      updatedAt
      pickup {
        name
        phone
        address
        latitude
        longitude
      }
    }
  }
`);

export const AdminConnectKwikMutation = graphql(`
  mutation AdminConnectKwik($input: KwikAccountInput!) {
    connectKwik(input: $input) {
      account {
        connected
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminDisconnectKwikMutation = graphql(`
  mutation AdminDisconnectKwik {
    disconnectKwik {
      account {
        connected
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

/** Whom the Ship items screen offers as the rider: the shop's riders, then its staff (identity, decision 0093). */
export const AdminDeliveryPeopleQuery = graphql(`
  query AdminDeliveryPeople {
    deliveryPeople {
      userId
      name
      roles
    }
  }
`);
