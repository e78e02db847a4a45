import { asQuery, withUserErrors } from '@webwaka/kit';
import { customerForPhone, requestAccountCode, requestSignInCode, signInWithCode } from '../services/phone-sign-in';
import { builder } from './builder';
import { SessionPayload } from './session';

// Sign-in with a one-time code sent by SMS, for a shop's customers who have only a phone (issue 15,
// decision 0062).

const RequestSignInCodePayload = builder.payloadObject<{ phone: string }>('RequestSignInCodePayload', (t) => ({
  phone: t.string({
    nullable: true,
    description: 'The number in E.164 (+2348031234567). Answered alike whether or not it has an account; a code is texted unless its account may not sign in this way.',
    resolve: (p) => p.phone ?? null,
  }),
}));

const SignInWithCodeInput = builder.inputType('SignInWithCodeInput', {
  fields: (t) => ({
    tenantSlug: t.string({ required: true }),
    phone: t.string({ required: true, description: 'As typed: 0803 123 4567, 2348031234567 and +2348031234567 are one number.' }),
    code: t.string({ required: true, description: 'The 6 digits from the text message.' }),
    totpCode: t.string({ description: 'Authenticator code or a backup code, when two-factor is on.' }),
    name: t.string({ description: 'The name for a new account (first sign-in of this number); the number otherwise.' }),
  }),
});

builder.mutationFields((t) => ({
  requestSignInCode: t.field({
    type: RequestSignInCodePayload,
    description:
      'Text a 6-digit sign-in code (10 minutes, single use, 5 tries) to a mobile number, for a customer of the store or marketplace `tenantSlug`. BAD_USER_INPUT for a number that is not one; TOO_MANY_ATTEMPTS when asked too often for a number or from a client address.',
    args: { tenantSlug: t.arg.string({ required: true }), phone: t.arg.string({ required: true }) },
    resolve: (_r, args, ctx) => withUserErrors(() => requestSignInCode(ctx, args)),
  }),
  signInWithCode: t.field({
    type: SessionPayload,
    description:
      "Sign in as the shop's customer with a texted code (the account is made on the first right code): INVALID_CREDENTIALS, TOKEN_EXPIRED, TOKEN_USED, TOO_MANY_ATTEMPTS; FORBIDDEN for staff and administrators; TWO_FACTOR_REQUIRED / TWO_FACTOR_INVALID when two-factor is on.",
    args: { input: t.arg({ type: SignInWithCodeInput, required: true }) },
    resolve: (_r, { input }, ctx) => withUserErrors(async () => ({ session: await signInWithCode(ctx, input) })),
  }),
}));

// A phone-only account confirming with a texted code where others give their password (decision 0079).

const RequestAccountCodePayload = builder.payloadObject<{ sentTo: string }>('RequestAccountCodePayload', (t) => ({
  sentTo: t.string({ nullable: true, description: "The last digits of the number the code went to (••• 4567).", resolve: (p) => p.sentTo ?? null }),
}));

builder.mutationFields((t) => ({
  requestAccountCode: t.field({
    type: RequestAccountCodePayload,
    authScopes: { authenticated: true },
    description:
      "Text a 6-digit code to your own account's number, to confirm closing the account when it has no password. BAD_USER_INPUT when the account has no number; TOO_MANY_ATTEMPTS when asked too often.",
    resolve: (_r, _a, ctx) => withUserErrors(() => requestAccountCode(ctx)),
  }),
}));

// A WhatsApp customer's account at the shop, for commerce only (decision 0081): not in the public API.

const PhoneCustomer = builder.objectRef<{ id: string; created: boolean }>('PhoneCustomer').implement({
  inaccessible: true,
  fields: (t) => ({ id: t.exposeID('id'), created: t.exposeBoolean('created') }),
});

builder.mutationFields((t) => ({
  customerForPhone: t.field({
    type: PhoneCustomer,
    nullable: true,
    inaccessible: true,
    authScopes: { apiScope: 'identity:phone-customers' },
    description: "The call's shop's customer account for a number, made (with the shop's CUSTOMER membership) when there is none; null when the number's account is staff's or being closed.",
    args: { phone: t.arg.string({ required: true }), name: t.arg.string() },
    resolve: (_r, args, ctx) => asQuery(() => customerForPhone(ctx, args)),
  }),
}));
