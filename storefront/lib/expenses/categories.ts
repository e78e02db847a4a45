// The ledger's expense categories (subgraphs/ledger services/expenses.ts EXPENSE_CATEGORIES), for forms.
export const EXPENSE_CATEGORIES = [
  'RENT',
  'SALARIES',
  'FUEL_AND_POWER',
  'UTILITIES',
  'TRANSPORT_AND_DELIVERY',
  'MARKETING',
  'SUPPLIES',
  'REPAIRS_AND_MAINTENANCE',
  'PROFESSIONAL_FEES',
  'BANK_CHARGES',
  'TAXES_AND_LEVIES',
  'OTHER',
] as const;
