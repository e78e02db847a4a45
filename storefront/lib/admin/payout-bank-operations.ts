import { graphql } from '../../gql';

// Payout bank details of a vendor (decision 0031): the account number goes in, only its last 4 digits come back.

export const AdminVendorPayoutBankQuery = graphql(`
  query AdminVendorPayoutBank($id: ID!) {
    vendor(id: $id) {
      id
      name
      status
      payoutBank {
        bankName
        accountName
        accountNumberMasked
      }
    }
  }
`);

export const AdminMyVendorPayoutBankQuery = graphql(`
  query AdminMyVendorPayoutBank {
    myVendor {
      id
      name
      status
      payoutBank {
        bankName
        accountName
        accountNumberMasked
      }
    }
  }
`);

export const AdminSetVendorPayoutBankMutation = graphql(`
  mutation AdminSetVendorPayoutBank($vendorId: ID!, $input: VendorPayoutBankInput!) {
    setVendorPayoutBank(vendorId: $vendorId, input: $input) {
      vendor {
        id
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminPayoutPlanQuery = graphql(`
  query AdminPayoutPlan($currency: String!) {
    payoutPlan(currency: $currency) {
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
      payable {
        ...MoneyFields
      }
      bankName
      accountNumberLast4
      reason
    }
  }
`);
