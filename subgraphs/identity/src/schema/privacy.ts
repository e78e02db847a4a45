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
    args: { password: t.arg.string({ required: true }) },
    resolve: (_r, { password }, ctx) => withUserErrors(() => requestAccountDeletion(ctx, password)),
  }),
}));
