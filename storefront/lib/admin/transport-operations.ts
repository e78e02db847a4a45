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
