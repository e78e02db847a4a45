import { graphql } from '../../gql';

// Every operation the transport pages send. `npm run codegen` (repo root) turns these into typed documents
// in ../../gql; the strings must stay byte-identical to the keys it generates.

export const TransportSeatFieldsFragment = graphql(`
  fragment TransportSeatFields on Seat {
    label
    row
    column
    seatClass
    state
    price {
      amount
      currency
    }
  }
`);

export const TransportSeatMapFieldsFragment = graphql(`
  fragment TransportSeatMapFields on SeatMap {
    tripId
    rows
    columns
    aisleAfterColumn
    available
    lastEventId
    seats {
      ...TransportSeatFields
    }
  }
`);

export const TransportTripFieldsFragment = graphql(`
  fragment TransportTripFields on Trip {
    id
    operatorId
    operator {
      name
    }
    departureAt
    currency
    availableSeats
    route {
      id
      code
      stops
      origin {
        name
        city
      }
      destination {
        name
        city
      }
    }
    vehicle {
      name
      seatCount
    }
    fares {
      seatClass
      price {
        amount
        currency
      }
    }
  }
`);

export const TransportHoldFieldsFragment = graphql(`
  fragment TransportHoldFields on SeatHold {
    id
    tripId
    seatLabels
    status
    expiresAt
    canExtend
    total {
      amount
      currency
    }
  }
`);

export const TransportSearchTripsQuery = graphql(`
  query TransportSearchTrips($origin: String!, $destination: String!, $date: String!) {
    searchTrips(origin: $origin, destination: $destination, date: $date) {
      ...TransportTripFields
    }
  }
`);

export const TransportUpcomingTripsQuery = graphql(`
  query TransportUpcomingTrips($first: Int) {
    upcomingTrips(first: $first) {
      ...TransportTripFields
    }
  }
`);

export const TransportParksQuery = graphql(`
  query TransportParks {
    transportRoutes {
      origin {
        city
      }
      destination {
        city
      }
    }
  }
`);

export const TransportTripQuery = graphql(`
  query TransportTrip($id: ID!) {
    trip(id: $id) {
      ...TransportTripFields
      seatMap {
        ...TransportSeatMapFields
      }
    }
    tripPresence(tripId: $id) {
      viewers
    }
  }
`);

export const TransportSeatMapQuery = graphql(`
  query TransportSeatMap($tripId: ID!) {
    seatMap(tripId: $tripId) {
      ...TransportSeatMapFields
    }
  }
`);

export const TransportSeatMapSubscription = graphql(`
  subscription TransportSeatMapLive($tripId: ID!) {
    seatMap(tripId: $tripId) {
      id
      kind
      seats {
        ...TransportSeatFields
      }
    }
  }
`);

export const TransportPresenceSubscription = graphql(`
  subscription TransportPresenceLive($tripId: ID!) {
    tripPresence(tripId: $tripId) {
      viewers
    }
  }
`);

export const TransportHeartbeatMutation = graphql(`
  mutation TransportHeartbeat($tripId: ID!, $viewerId: String!, $leaving: Boolean) {
    tripHeartbeat(tripId: $tripId, viewerId: $viewerId, leaving: $leaving) {
      presence {
        viewers
      }
      userErrors {
        code
        message
      }
    }
  }
`);

export const TransportSeatHoldQuery = graphql(`
  query TransportSeatHold($token: String!) {
    seatHold(token: $token) {
      ...TransportHoldFields
    }
  }
`);

export const TransportHoldSeatsMutation = graphql(`
  mutation TransportHoldSeats($tripId: ID!, $seatLabels: [String!]!) {
    holdSeats(tripId: $tripId, seatLabels: $seatLabels) {
      holdToken
      hold {
        ...TransportHoldFields
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);

export const TransportExtendHoldMutation = graphql(`
  mutation TransportExtendHold($holdToken: String!) {
    extendSeatHold(holdToken: $holdToken) {
      hold {
        ...TransportHoldFields
      }
      userErrors {
        code
        message
      }
    }
  }
`);

export const TransportReleaseHoldMutation = graphql(`
  mutation TransportReleaseHold($holdToken: String!) {
    releaseSeatHold(holdToken: $holdToken) {
      hold {
        ...TransportHoldFields
      }
      userErrors {
        code
        message
      }
    }
  }
`);

export const TransportViewerQuery = graphql(`
  query TransportViewer {
    me {
      id
      name
      memberships {
        role
      }
    }
  }
`);

export const TransportBookingFieldsFragment = graphql(`
  fragment TransportBookingFields on Booking {
    id
    reference
    tripId
    channel
    paymentReference
    createdAt
    total {
      amount
      currency
    }
    tickets {
      id
      seatLabel
      seatClass
      passengerName
      qr
      boardedAt
      fare {
        amount
        currency
      }
    }
  }
`);

export const TransportConfirmBookingMutation = graphql(`
  mutation TransportConfirmBooking($input: ConfirmBookingInput!) {
    confirmBooking(input: $input) {
      booking {
        id
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);

export const TransportBookingQuery = graphql(`
  query TransportBooking($id: ID!) {
    booking(id: $id) {
      ...TransportBookingFields
    }
  }
`);

export const TransportVerificationKeyQuery = graphql(`
  query TransportVerificationKey {
    ticketVerificationKey {
      operatorId
      keyId
      algorithm
      publicKey
    }
  }
`);

export const TransportAgentSalesQuery = graphql(`
  query TransportAgentSales($first: Int) {
    agentSales(first: $first) {
      edges {
        node {
          id
          seatLabel
          passengerName
          soldAt
          status
          conflictReason
          amountPaid {
            amount
            currency
          }
          ticket {
            id
            qr
            bookingReference
          }
        }
      }
    }
  }
`);

export const TransportTicketStatusQuery = graphql(`
  query TransportTicketStatus($id: ID!) {
    ticket(id: $id) {
      id
      boardedAt
    }
  }
`);

export const TransportBoardTicketMutation = graphql(`
  mutation TransportBoardTicket($qr: String!, $scannedAt: DateTime) {
    boardTicket(qr: $qr, scannedAt: $scannedAt) {
      ticket {
        id
        seatLabel
        passengerName
        boardedAt
      }
      userErrors {
        code
        message
      }
    }
  }
`);

export const TransportAgentAllotmentsQuery = graphql(`
  query TransportAgentAllotments {
    agentAllotments {
      id
      tripId
      seatLabels
      soldSeatLabels
    }
  }
`);

export const TransportAgentTripQuery = graphql(`
  query TransportAgentTrip($id: ID!) {
    trip(id: $id) {
      ...TransportTripFields
      seatMap {
        seats {
          label
          seatClass
          price {
            amount
            currency
          }
        }
      }
    }
  }
`);

export const TransportSyncAgentSalesMutation = graphql(`
  mutation TransportSyncAgentSales($sales: [AgentSaleInput!]!) {
    syncAgentSales(sales: $sales) {
      results {
        clientSaleId
        status
        sale {
          tripId
          seatLabel
          conflictReason
          ticket {
            id
          }
        }
      }
      userErrors {
        code
        message
      }
    }
  }
`);

export const TransportBuySeatsMutation = graphql(`
  mutation TransportBuySeats($input: BuySeatsInput!) {
    buySeats(input: $input) {
      orderId
      accessToken
      payBefore
      paymentUrl
      userErrors {
        code
        message
        field
      }
    }
  }
`);

export const TransportTripOrderQuery = graphql(`
  query TransportTripOrder($id: ID!, $accessToken: String) {
    order(id: $id, cartToken: $accessToken) {
      id
      number
      status
      expiresAt
      paidAt
      cancelReason
      total {
        amount
        currency
      }
      refundedTotal {
        amount
        currency
      }
    }
    bookingForOrder(orderId: $id, accessToken: $accessToken) {
      ...TransportBookingFields
    }
  }
`);

export const TransportRefreshPaymentMutation = graphql(`
  mutation TransportRefreshPayment($reference: String!) {
    refreshPayment(reference: $reference) {
      payment {
        status
      }
      userErrors {
        code
        message
      }
    }
  }
`);
