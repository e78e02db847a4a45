import { builder } from './builder';

/** An amount of money as input: integer minor units (kobo) as a string, and an ISO 4217 currency. */
export const MoneyInput = builder.inputType('MoneyInput', {
  fields: (t) => ({
    amount: t.field({ type: 'BigIntString', required: true, description: 'Minor units (kobo for NGN), e.g. "1250000" for ₦12,500.00.' }),
    currency: t.string({ required: true, description: 'ISO 4217, e.g. NGN.' }),
  }),
});
