import { graphql } from '../../gql';

// Operations of the back office's journal, trial balance and payout-settings pages (always with the
// signed-in user's token). The ledger decides who may: administrators and staff read the book, client and
// super administrators post adjustments and reversals, administrators see refused postings and set payouts.

export const AdminJournalEntryFieldsFragment = graphql(`
  fragment AdminJournalEntryFields on JournalEntry {
    id
    kind
    memo
    referenceType
    referenceId
    occurredAt
    postedAt
    reversesEntryId
  }
`);

/** The book's journal, newest first, 25 a page, of one kind or all; refused postings for administrators. */
export const AdminJournalQuery = graphql(`
  query AdminJournal($kind: JournalKind, $after: String, $withRejected: Boolean!) {
    journalEntries(filter: { kind: $kind }, after: $after, first: 25) {
      edges {
        node {
          ...AdminJournalEntryFields
          lines {
            id
            side
            amount {
              ...MoneyFields
            }
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    rejectedPostings(first: 10) @include(if: $withRejected) {
      edges {
        node {
          id
          idempotencyKey
          reason
          createdAt
        }
      }
    }
  }
`);

/** What an adjustment may post to: the book's accounts, and the owners people know by name. */
export const AdminAdjustmentAccountsQuery = graphql(`
  query AdminAdjustmentAccounts {
    ledgerAccounts(first: 100) {
      edges {
        node {
          ...AdminLedgerAccountFields
        }
      }
    }
  }
`);

export const AdminJournalEntryQuery = graphql(`
  query AdminJournalEntry($id: ID!, $reference: String!) {
    journalEntry(id: $id) {
      ...AdminJournalEntryFields
      createdByUserId
      lines {
        id
        position
        side
        memo
        amount {
          ...MoneyFields
        }
        account {
          ...AdminLedgerAccountFields
        }
      }
    }
    reversals: journalEntries(filter: { referenceType: "JournalEntry", referenceId: $reference }, first: 5) {
      edges {
        node {
          id
          kind
          postedAt
        }
      }
    }
  }
`);

export const AdminPostAdjustmentMutation = graphql(`
  mutation AdminPostAdjustment($input: PostAdjustmentInput!) {
    postAdjustment(input: $input) {
      entry {
        id
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminReverseJournalEntryMutation = graphql(`
  mutation AdminReverseJournalEntry($id: ID!, $reason: String!) {
    reverseJournalEntry(id: $id, reason: $reason) {
      entry {
        id
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminTrialBalanceQuery = graphql(`
  query AdminTrialBalance($currency: String!) {
    trialBalance(currency: $currency) {
      currency
      balanced
      rows {
        purpose
        normalSide
        debits {
          ...MoneyFields
        }
        credits {
          ...MoneyFields
        }
        balance {
          ...MoneyFields
        }
      }
      otherBooksDebits {
        ...MoneyFields
      }
      otherBooksCredits {
        ...MoneyFields
      }
      totalDebits {
        ...MoneyFields
      }
      totalCredits {
        ...MoneyFields
      }
    }
  }
`);

/** The payout schedule and minimums, and the latest payments made. */
export const AdminPayoutSettingsQuery = graphql(`
  query AdminPayoutSettings {
    payoutSettings {
      schedule
      nextRunAt
      thresholds {
        currency
        minimum {
          ...MoneyFields
        }
      }
    }
    payoutItems(first: 25) {
      edges {
        node {
          id
          batchId
          status
          createdAt
          amount {
            ...MoneyFields
          }
          account {
            ...AdminLedgerAccountFields
          }
        }
      }
    }
  }
`);

export const AdminSetPayoutSettingsMutation = graphql(`
  mutation AdminSetPayoutSettings($input: SetPayoutSettingsInput!) {
    setPayoutSettings(input: $input) {
      settings {
        schedule
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);
