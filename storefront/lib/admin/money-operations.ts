import { graphql } from '../../gql';

// Operations of the back office's money and commissions sections (always with the signed-in user's token).
// The ledger and MLAS decide who may read what; `npm run codegen` (repo root) types these in ../../gql.

export const AdminLedgerAccountFieldsFragment = graphql(`
  fragment AdminLedgerAccountFields on LedgerAccount {
    id
    ownerType
    ownerId
    purpose
    currency
    lineCount
    balance {
      ...MoneyFields
    }
  }
`);

/** The book's accounts of one payable purpose. */
export const AdminPayableAccountsQuery = graphql(`
  query AdminPayableAccounts($purpose: LedgerPurpose!) {
    ledgerAccounts(filter: { purpose: $purpose }, first: 100) {
      edges {
        node {
          ...AdminLedgerAccountFields
        }
      }
    }
  }
`);

export const AdminMyLedgerAccountsQuery = graphql(`
  query AdminMyLedgerAccounts {
    myLedgerAccounts(first: 100) {
      edges {
        node {
          ...AdminLedgerAccountFields
        }
      }
    }
  }
`);

export const AdminLedgerStatementQuery = graphql(`
  query AdminLedgerStatement($accountId: ID!, $after: String) {
    ledgerAccount(id: $accountId) {
      ...AdminLedgerAccountFields
    }
    ledgerStatement(accountId: $accountId, after: $after, first: 25) {
      edges {
        node {
          id
          sequence
          side
          memo
          createdAt
          amount {
            ...MoneyFields
          }
          balanceAfter {
            ...MoneyFields
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

export const AdminPayoutBatchesQuery = graphql(`
  query AdminPayoutBatches($after: String) {
    payoutBatches(after: $after, first: 25) {
      edges {
        node {
          id
          status
          currency
          createdAt
          scheduledFor
          total {
            ...MoneyFields
          }
          items {
            id
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

export const AdminPayoutBatchQuery = graphql(`
  query AdminPayoutBatch($id: ID!) {
    payoutBatch(id: $id) {
      id
      status
      currency
      createdAt
      submittedAt
      completedAt
      total {
        ...MoneyFields
      }
      items {
        id
        status
        paidReference
        failureReason
        resolvedAt
        amount {
          ...MoneyFields
        }
        heldAmount {
          ...MoneyFields
        }
        bankName
        accountNumberLast4
        account {
          ...AdminLedgerAccountFields
        }
      }
      heldBack {
        accountId
        ownerType
        ownerId
        purpose
        balance {
          ...MoneyFields
        }
        held {
          ...MoneyFields
        }
        reason
      }
    }
    vendors(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
    agents(first: 100) {
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

export const AdminCreatePayoutBatchMutation = graphql(`
  mutation AdminCreatePayoutBatch($currency: String!) {
    createPayoutBatch(currency: $currency) {
      batch {
        id
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminSubmitPayoutBatchMutation = graphql(`
  mutation AdminSubmitPayoutBatch($id: ID!) {
    submitPayoutBatch(id: $id) {
      batch {
        id
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminMarkPayoutItemPaidMutation = graphql(`
  mutation AdminMarkPayoutItemPaid($id: ID!, $reference: String) {
    markPayoutItemPaid(id: $id, reference: $reference) {
      item {
        id
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminMarkPayoutItemFailedMutation = graphql(`
  mutation AdminMarkPayoutItemFailed($id: ID!, $reason: String!) {
    markPayoutItemFailed(id: $id, reason: $reason) {
      item {
        id
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminCommissionFieldsFragment = graphql(`
  fragment AdminCommissionFields on Commission {
    id
    source
    orderId
    orderNumber
    ticketId
    beneficiary
    beneficiaryId
    level
    status
    flagReason
    createdAt
    amount {
      ...MoneyFields
    }
    net {
      ...MoneyFields
    }
  }
`);

export const AdminCommissionsQuery = graphql(`
  query AdminCommissions($status: CommissionStatus, $after: String) {
    commissions(filter: { status: $status }, after: $after, first: 25) {
      edges {
        node {
          ...AdminCommissionFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const AdminMyCommissionsQuery = graphql(`
  query AdminMyCommissions($status: CommissionStatus, $after: String) {
    myReferral {
      code
      link
    }
    myCommissions(status: $status, after: $after, first: 25) {
      edges {
        node {
          ...AdminCommissionFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** Names for account owners: vendors (public) and, for managers, agents. */
export const AdminOwnerDirectoryQuery = graphql(`
  query AdminOwnerDirectory($withAgents: Boolean!) {
    vendors(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
    agents(first: 100) @include(if: $withAgents) {
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
