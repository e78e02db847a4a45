import { graphql } from '../../gql';

// Operations of the back office's affiliate programme pages (MLAS: agents, revenue models, attribution),
// always with the signed-in user's token. MLAS decides who may: administrators and staff read, administrators
// change; an agent reads its own profile through `myReferral`. `npm run codegen` (repo root) types these.

export const AdminAgentFieldsFragment = graphql(`
  fragment AdminAgentFields on AgentProfile {
    id
    email
    code
    status
    createdAt
    upline {
      id
      code
      email
    }
    downline {
      id
      code
      email
      status
    }
  }
`);

/** The tenant's agents (the first 100, oldest first), for the list and the upline choices. */
export const AdminAgentsQuery = graphql(`
  query AdminAgents {
    agents(first: 100) {
      edges {
        node {
          ...AdminAgentFields
        }
      }
    }
  }
`);

export const AdminAgentProfileQuery = graphql(`
  query AdminAgentProfile($id: ID!) {
    agentProfile(id: $id) {
      ...AdminAgentFields
    }
    agents(first: 100) {
      edges {
        node {
          id
          code
          email
        }
      }
    }
  }
`);

/** The signed-in agent's own profile: its code, link, upline and downline. */
export const AdminMyAgentProfileQuery = graphql(`
  query AdminMyAgentProfile {
    myReferral {
      code
      link
      agent {
        ...AdminAgentFields
      }
    }
  }
`);

export const AdminCreateAgentMutation = graphql(`
  mutation AdminCreateAgent($input: CreateAgentInput!) {
    createAgent(input: $input) {
      agent {
        id
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminSetAgentUplineMutation = graphql(`
  mutation AdminSetAgentUpline($agentId: ID!, $uplineId: ID) {
    setAgentUpline(agentId: $agentId, uplineId: $uplineId) {
      agent {
        id
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminSetAgentStatusMutation = graphql(`
  mutation AdminSetAgentStatus($agentId: ID!, $status: AgentStatus!) {
    setAgentStatus(agentId: $agentId, status: $status) {
      agent {
        id
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminRevenueModelFieldsFragment = graphql(`
  fragment AdminRevenueModelFields on RevenueModel {
    id
    name
    preset
    residual
    assigned
    shares {
      beneficiary
      level
      bps
    }
  }
`);

/** The presets and the tenant's own models, and the one its commissions follow. */
export const AdminRevenueModelsQuery = graphql(`
  query AdminRevenueModels {
    revenueModels {
      ...AdminRevenueModelFields
    }
    revenueModel {
      id
    }
  }
`);

export const AdminCreateRevenueModelMutation = graphql(`
  mutation AdminCreateRevenueModel($input: CreateRevenueModelInput!) {
    createRevenueModel(input: $input) {
      revenueModel {
        id
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminUpdateRevenueModelMutation = graphql(`
  mutation AdminUpdateRevenueModel($input: UpdateRevenueModelInput!) {
    updateRevenueModel(input: $input) {
      revenueModel {
        id
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminAssignRevenueModelMutation = graphql(`
  mutation AdminAssignRevenueModel($id: ID!) {
    assignRevenueModel(id: $id) {
      revenueModel {
        id
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminAttributionSettingsQuery = graphql(`
  query AdminAttributionSettings {
    attributionSettings {
      attribution
      windowDays
      ticketCommissionBps
      revenueModel {
        id
        name
      }
    }
  }
`);

export const AdminSetAttributionSettingsMutation = graphql(`
  mutation AdminSetAttributionSettings($input: SetAttributionSettingsInput!) {
    setAttributionSettings(input: $input) {
      settings {
        windowDays
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);
