import { MAX_PAGE_SIZE, withUserErrors } from '@webwaka/kit';
import { readsEverything, seesVendorDetails, type VendorRow } from '../services/access';
import { applyAsVendor, findVendor, setVendorPayoutBank, transitionVendor, updateMyVendorProfile } from '../services/vendors';
import { VENDOR_DETAIL_READERS } from './auth';
import { ADMINS, builder } from './builder';

export const VendorStatusEnum = builder.enumType('VendorStatus', {
  description: 'PENDING (applied) -> APPROVED or REJECTED; APPROVED <-> SUSPENDED; a rejected applicant may apply again.',
  values: ['PENDING', 'APPROVED', 'REJECTED', 'SUSPENDED'] as const,
});

/** Private details: the vendor's owner, managers and catalog:read keys only (nullable so a refusal is per field). */
const details = { nullable: true, authScopes: (v: VendorRow, _a: unknown, ctx: any) => (seesVendorDetails(ctx.actor, v) ? true : VENDOR_DETAIL_READERS) } as const;

/** Where a vendor's payouts go, masked: the account number's last 4 digits only (the rest stays sealed). */
const VendorPayoutBank = builder.objectRef<{ bankName: string; accountName: string; accountNumberLast4: string }>('VendorPayoutBank').implement({
  fields: (t) => ({
    bankName: t.exposeString('bankName'),
    accountName: t.exposeString('accountName'),
    accountNumberLast4: t.exposeString('accountNumberLast4'),
    accountNumberMasked: t.string({ resolve: (b) => `••••••${b.accountNumberLast4}` }),
  }),
});

export const Vendor = builder.prismaObject('Vendor', {
  description: 'A seller: a marketplace vendor, or the store itself. Name and slug are public; business details are private.',
  fields: (t) => ({
    id: t.exposeID('id'),
    slug: t.exposeString('slug'),
    name: t.exposeString('name'),
    status: t.expose('status', { type: VendorStatusEnum }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    legalName: t.exposeString('legalName', details),
    tin: t.exposeString('tin', { ...details, description: 'Nigerian Tax Identification Number.' }),
    email: t.exposeString('email', details),
    phone: t.exposeString('phone', details),
    address: t.exposeString('address', details),
    documentUrls: t.exposeStringList('documentUrls', details),
    ownerUserId: t.exposeID('ownerUserId', details),
    commissionBps: t.exposeInt('commissionBps', { ...details, description: "This vendor's commission rate, overriding the marketplace default (basis points)." }),
    payoutBank: t.field({
      ...details,
      type: VendorPayoutBank,
      description: 'Where payouts go (null until set): bank, account name, the masked account number.',
      resolve: (v) =>
        v.payoutBankName && v.payoutAccountName && v.payoutAccountLast4 ? { bankName: v.payoutBankName, accountName: v.payoutAccountName, accountNumberLast4: v.payoutAccountLast4 } : null,
    }),
    statusHistory: t.relation('statusChanges', { ...details, description: 'Every status change, oldest first.', query: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] } }),
  }),
});

export const VendorStatusChange = builder.prismaObject('VendorStatusChange', {
  fields: (t) => ({
    id: t.exposeID('id'),
    fromStatus: t.expose('fromStatus', { type: VendorStatusEnum, nullable: true }),
    toStatus: t.expose('toStatus', { type: VendorStatusEnum }),
    reason: t.exposeString('reason', { nullable: true }),
    actorUserId: t.exposeID('actorUserId', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

builder.queryFields((t) => ({
  vendor: t.prismaField({
    type: 'Vendor',
    nullable: true,
    description: 'A vendor of the current tenant: approved ones for everyone; any status for its owner and the back office.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _r, { id }, ctx) => {
      const found = await findVendor(ctx, String(id), { anyStatus: readsEverything(ctx.actor), ownerUserId: ctx.actor.userId });
      return found ? ctx.prisma.vendor.findUnique({ ...query, where: { id: found.id } }) : null;
    },
  }),
  vendors: t.prismaConnection({
    type: 'Vendor',
    cursor: 'id',
    maxSize: MAX_PAGE_SIZE,
    defaultSize: 20,
    description: "The tenant's approved vendors, by name (public).",
    resolve: (query, _r, _a, ctx) =>
      ctx.tenantId ? ctx.prisma.vendor.findMany({ ...query, where: { tenantId: ctx.tenantId, status: 'APPROVED' }, orderBy: [{ name: 'asc' }, { id: 'asc' }] }) : [],
  }),
  vendorApplications: t.prismaConnection({
    type: 'Vendor',
    cursor: 'id',
    maxSize: MAX_PAGE_SIZE,
    defaultSize: 20,
    authScopes: ADMINS,
    description: 'The review queue: vendors in a status (PENDING by default), oldest first.',
    args: { status: t.arg({ type: VendorStatusEnum, defaultValue: 'PENDING' }) },
    resolve: (query, _r, args, ctx) =>
      ctx.prisma.vendor.findMany({ ...query, where: { tenantId: ctx.tenantId!, status: args.status ?? 'PENDING' }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
  }),
  myVendor: t.prismaField({
    type: 'Vendor',
    nullable: true,
    authScopes: { authenticated: true },
    description: "The signed-in user's vendor account in the current tenant (any status), or null.",
    resolve: (query, _r, _a, ctx) =>
      ctx.prisma.vendor.findFirst({ ...query, where: { tenantId: ctx.tenantId!, ownerUserId: ctx.actor.userId! }, orderBy: { createdAt: 'desc' } }),
  }),
}));

const VendorApplicationInput = builder.inputType('VendorApplicationInput', {
  fields: (t) => ({
    businessName: t.string({ required: true }),
    legalName: t.string({ required: true }),
    tin: t.string({ required: true, description: 'Nigerian TIN: 8 digits, a dash, 4 digits (12345678-0001).' }),
    email: t.string({ required: true }),
    phone: t.string({ required: true }),
    address: t.string({ required: true }),
    documentUrls: t.stringList({ description: 'https links to registration documents (CAC certificate, ID...), at most 10.' }),
    slug: t.string({ description: 'Defaults to one made from the business name.' }),
  }),
});

export const VendorPayload = builder.payloadObject<{ vendor: VendorRow }>('VendorPayload', (t) => ({
  vendor: t.field({ type: Vendor, nullable: true, resolve: (p) => p.vendor ?? null }),
}));

const transition = (action: 'approve' | 'reject' | 'suspend' | 'reinstate', reasonRequired: boolean, description: string) =>
  builder.mutationField(`${action}Vendor`, (t) =>
    t.field({
      type: VendorPayload,
      authScopes: ADMINS,
      description,
      args: { id: t.arg.id({ required: true }), reason: t.arg.string({ required: reasonRequired }) },
      resolve: (_r, { id, reason }, ctx) => withUserErrors(async () => ({ vendor: await transitionVendor(ctx, String(id), action, reason) })),
    }),
  );

builder.mutationFields((t) => ({
  applyAsVendor: t.field({
    type: VendorPayload,
    authScopes: { authenticated: true },
    description: 'Apply to sell here: creates your vendor account, PENDING until an administrator approves it.',
    args: { input: t.arg({ type: VendorApplicationInput, required: true }) },
    resolve: (_r, { input }, ctx) => withUserErrors(async () => ({ vendor: await applyAsVendor(ctx, input) })),
  }),
}));
const VendorPayoutBankInput = builder.inputType('VendorPayoutBankInput', {
  fields: (t) => ({
    bankName: t.string({ required: true }),
    accountName: t.string({ required: true }),
    accountNumber: t.string({ required: true, description: 'The 10-digit NUBAN; stored sealed, shown as its last 4 digits only.' }),
  }),
});

builder.mutationField('setVendorPayoutBank', (t) =>
  t.field({
    type: VendorPayload,
    authScopes: { authenticated: true },
    description: "Where the vendor's payouts go: its owner, or an administrator with two-factor authentication.",
    args: { vendorId: t.arg.id({ required: true }), input: t.arg({ type: VendorPayoutBankInput, required: true }) },
    resolve: (_r, { vendorId, input }, ctx) => withUserErrors(async () => ({ vendor: await setVendorPayoutBank(ctx, String(vendorId), input) })),
  }),
);

const VendorProfileInput = builder.inputType('VendorProfileInput', {
  fields: (t) => ({
    name: t.string({ required: true, description: 'The public business name (the slug stays).' }),
    email: t.string({ required: true }),
    phone: t.string({ required: true }),
    address: t.string({ required: true }),
  }),
});

builder.mutationField('updateMyVendorProfile', (t) =>
  t.field({
    type: VendorPayload,
    authScopes: { roles: ['VENDOR'] },
    description:
      "The signed-in vendor edits its own profile in the current tenant: name, e-mail, phone, address (checked as in an application). " +
      'The legal name and TIN are not editable here: they are what the administrators approved. No id: only your own vendor.',
    args: { input: t.arg({ type: VendorProfileInput, required: true }) },
    resolve: (_r, { input }, ctx) => withUserErrors(async () => ({ vendor: await updateMyVendorProfile(ctx, input) })),
  }),
);

transition('approve', false, 'Approve a PENDING application.');
transition('reject', true, 'Reject a PENDING application, saying why.');
transition('suspend', true, 'Suspend an APPROVED vendor, saying why: its products leave the storefront.');
transition('reinstate', false, 'Reinstate a SUSPENDED vendor.');
