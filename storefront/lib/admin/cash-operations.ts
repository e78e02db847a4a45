import { graphql } from '../../gql';

// Operations of the back office's "Cash at agents" section (transport; always with the signed-in user's
// token). Transport decides who may: administrators and staff read every agent and record hand-ins, an
// agent reads its own position. `npm run codegen` (repo root) types these in ../../gql.

export const AdminRunsTripsQuery = graphql(`
  query AdminRunsTrips {
    transportRoutes {
      id
    }
    categories {
      id
    }
    searchProducts(first: 1) {
      totalCount
    }
  }
`);

export const AdminCashPositionFieldsFragment = graphql(`
  fragment AdminCashPositionFields on AgentCashPosition {
    operatorTenantId
    agentUserId
    currency
    taken {
      amount
      currency
    }
    handedIn {
      amount
      currency
    }
    outstanding {
      amount
      currency
    }
    lastHandInAt
    recentHandIns(first: 5) {
      id
      amount {
        amount
        currency
      }
      note
      createdAt
    }
  }
`);

export const AdminAgentCashPositionsQuery = graphql(`
  query AdminAgentCashPositions {
    agentCashPositions {
      ...AdminCashPositionFields
    }
  }
`);

export const AdminMyCashPositionQuery = graphql(`
  query AdminMyCashPosition {
    myCashPosition {
      ...AdminCashPositionFields
    }
  }
`);

export const AdminRecordCashHandInMutation = graphql(`
  mutation AdminRecordCashHandIn($input: RecordCashHandInInput!) {
    recordCashHandIn(input: $input) {
      handIn {
        id
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

// Past hand-ins, newest first, optionally one agent's (transport's readers: administrators and staff).
export const AdminCashHandInsQuery = graphql(`
  query AdminCashHandIns($agentUserId: ID, $after: String) {
    cashHandIns(agentUserId: $agentUserId, first: 20, after: $after) {
      edges {
        node {
          id
          agentUserId
          amount {
            amount
            currency
          }
          note
          receivedByUserId
          createdAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
