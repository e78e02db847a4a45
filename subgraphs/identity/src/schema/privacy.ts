import { withUserErrors } from '@webwaka/kit';
import { exportMyData, requestAccountDeletion } from '../services/privacy';
import { builder } from './builder';

builder.queryFields((t) => ({
  exportMyData: t.field({
    type: 'JSON',
    authScopes: { authenticated: true },
    description: 'Everything the platform holds about you in identity, as JSON (data portability).',
    resolve: (_r, _a, ctx) => exportMyData(ctx),
  }),
}));

const DeletionPayload = builder.payloadObject<{ purgeAfter: Date }>('AccountDeletionPayload', (t) => ({
  purgeAfter: t.field({ type: 'DateTime', nullable: true, description: 'When the account will be erased for good.', resolve: (p) => p.purgeAfter ?? null }),
}));

builder.mutationFields((t) => ({
  requestAccountDeletion: t.field({
    type: DeletionPayload,
    authScopes: { authenticated: true },
    description:
      'Close your account (erased for good after the grace period). Confirm with your password, or, for an account that signs in with texted codes only, with a code from `requestAccountCode` (decision 0079): INVALID_CREDENTIALS, TOKEN_EXPIRED, TOKEN_USED, TOO_MANY_ATTEMPTS; FORBIDDEN when you are the last administrator of a business.',
    args: { password: t.arg.string({ description: 'Your password (accounts that have one).' }), code: t.arg.string({ description: 'The 6-digit code texted by requestAccountCode (phone-only accounts).' }) },
    resolve: (_r, args, ctx) => withUserErrors(() => requestAccountDeletion(ctx, args)),
  }),
}));
