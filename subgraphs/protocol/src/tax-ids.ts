/**
 * Nigerian Tax Identification Number: 8 digits, a dash and 4 digits (12345678-0001, the FIRS form), or the
 * 10-digit JTB TIN. The seller's on its invoice settings and the buyer's given at checkout (decision 0077)
 * are checked by the same rule.
 */
export const NIGERIAN_TIN = /^(\d{8}-\d{4}|\d{10})$/;

export const TIN_FORMAT_MESSAGE = 'A TIN is 8 digits, a dash and 4 digits (12345678-0001), or 10 digits';
