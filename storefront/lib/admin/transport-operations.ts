import { graphql } from '../../gql';

// Operations of the back office's transport section (the operator's network: parks, routes and their usual
// fares, vehicles and seat layouts, trips, manifests), always with the signed-in user's token. Transport
// decides who may: its TRANSPORT_MANAGERS (administrators, staff, keys with transport:write).
// `npm run codegen` (repo root) types these in ../../gql.

export const AdminTransportNetworkQuery = graphql(`
  query AdminTransportNetwork {
    parks {
      id
      name
      city
      state
    }
    transportRoutes {
      id
      code
      origin {
        id
        name
        city
      }
      destination {
        id
        name
        city
      }
      stops
      fares {
        seatClass
        price {
          amount
          currency
        }
      }
    }
    vehicles {
      id
      registration
      layout {
        seats {
          seatClass
        }
      }
    }
  }
`);

export const AdminCreateParkMutation = graphql(`
  mutation AdminCreatePark($input: CreateParkInput!) {
    createPark(input: $input) {
      park {
        id
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminCreateRouteMutation = graphql(`
  mutation AdminCreateRoute($input: CreateRouteInput!) {
    createRoute(input: $input) {
      route {
        id
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminUpdateRouteMutation = graphql(`
  mutation AdminUpdateRoute($input: UpdateRouteInput!) {
    updateRoute(input: $input) {
      route {
        id
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminSetRouteFaresMutation = graphql(`
  mutation AdminSetRouteFares($input: SetRouteFaresInput!) {
    setRouteFares(input: $input) {
      route {
        id
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminVehiclesQuery = graphql(`
  query AdminVehicles {
    vehicles {
      id
      registration
      name
      seatCount
      layout {
        rows
        columns
        aisleAfterColumn
        seats {
          label
          row
          column
          seatClass
        }
      }
    }
  }
`);

export const AdminCreateVehicleMutation = graphql(`
  mutation AdminCreateVehicle($input: CreateVehicleInput!) {
    createVehicle(input: $input) {
      vehicle {
        id
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminUpcomingTripsQuery = graphql(`
  query AdminUpcomingTrips {
    upcomingTrips(first: 50) {
      id
      operatorId
      departureAt
      route {
        code
        origin {
          name
        }
        destination {
          name
        }
      }
      vehicle {
        registration
        seatCount
      }
      availableSeats
      fares {
        seatClass
        price {
          amount
          currency
        }
      }
    }
  }
`);

export const AdminScheduleTripMutation = graphql(`
  mutation AdminScheduleTrip($input: ScheduleTripInput!) {
    scheduleTrip(input: $input) {
      trip {
        id
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminTripManifestQuery = graphql(`
  query AdminTripManifest($id: ID!, $after: String) {
    trip(id: $id) {
      id
      operatorId
      departureAt
      route {
        code
        stops
        origin {
          name
        }
        destination {
          name
        }
      }
      vehicle {
        registration
        name
      }
      seatMap {
        seats {
          label
          seatClass
          state
        }
      }
    }
    bookings(tripId: $id, first: 100, after: $after) {
      edges {
        node {
          reference
          contactPhone
          channel
          tickets {
            seatLabel
            passengerName
            boardedAt
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const AdminScheduleRecurringTripsMutation = graphql(`
  mutation AdminScheduleRecurringTrips($input: ScheduleRecurringTripsInput!) {
    scheduleRecurringTrips(input: $input) {
      trips {
        id
      }
      skippedDays
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

// Agent allotments on a trip's page (transport's TRANSPORT_MANAGERS allot and release; the agents to pick
// from are the tenant's MLAS agent profiles, read by the same managers).
export const AdminTripAllotmentsQuery = graphql(`
  query AdminTripAllotments($tripId: ID!) {
    agentAllotments(tripId: $tripId) {
      id
      agentUserId
      createdAt
      seatLabels
      soldSeatLabels
    }
    agents(first: 100, status: ACTIVE) {
      edges {
        node {
          userId
          email
          code
        }
      }
    }
  }
`);

export const AdminAllotSeatsMutation = graphql(`
  mutation AdminAllotSeats($input: AllotSeatsInput!) {
    allotSeats(input: $input) {
      allotment {
        id
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminReleaseAllotmentMutation = graphql(`
  mutation AdminReleaseAllotment($id: ID!) {
    releaseAllotment(id: $id) {
      allotment {
        id
        releasedAt
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

// Park listings (transport's TRANSPORT_ADMINS): an operator asks a motor park to list it, the park decides.
// The signed-in user's own businesses name the parks it belongs to as well (else the park's id shows).
export const AdminParkListingsQuery = graphql(`
  query AdminParkListings($after: String) {
    parkListings(first: 50, after: $after) {
      edges {
        node {
          id
          parkTenantId
          operatorId
          operatorName
          status
          updatedAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    myTenants {
      tenant {
        id
        name
      }
    }
  }
`);

export const AdminMotorParkQuery = graphql(`
  query AdminMotorPark($slug: String!) {
    tenantBySlug(slug: $slug) {
      id
      kind
      name
    }
  }
`);

export const AdminRequestParkListingMutation = graphql(`
  mutation AdminRequestParkListing($parkTenantId: ID!) {
    requestParkListing(parkTenantId: $parkTenantId) {
      listing {
        id
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminSetParkListingStatusMutation = graphql(`
  mutation AdminSetParkListingStatus($id: ID!, $status: ParkListingDecision!) {
    setParkListingStatus(id: $id, status: $status) {
      listing {
        id
        status
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);
