import { ADMIN_ROLES } from '@webwaka/kit';
import { builder } from './builder';

/**
 * Who a message goes to and whose name it carries, for notifications (a service actor holding
 * identity:contacts, decision 0055): the tenant's name and branding, and the e-mail, phone and name of the users
 * asked for, only those who are members of the tenant and not being deleted, plus its administrators when
 * asked. Inaccessible: no client reads another person's address through it.
 */
interface Contact {
  userId: string;
  /** Null for a phone-only customer (decision 0062). */
  email: string | null;
  /** E.164, when the person signed in with a code sent to it (decision 0062). */
  phone: string | null;
  name: string;
}
interface Audience {
  tenantName: string;
  tenantSlug: string;
  logoUrl: string | null;
  primaryColor: string | null;
  contacts: Contact[];
}

const ContactRef = builder.objectRef<Contact>('MessageContact').implement({
  inaccessible: true,
  fields: (t) => ({
    userId: t.exposeID('userId'),
    email: t.exposeString('email', { nullable: true }),
    phone: t.exposeString('phone', { nullable: true }),
    name: t.exposeString('name'),
  }),
});

const AudienceRef = builder.objectRef<Audience>('MessageAudience').implement({
  inaccessible: true,
  fields: (t) => ({
    tenantName: t.exposeString('tenantName'),
    tenantSlug: t.exposeString('tenantSlug'),
    logoUrl: t.exposeString('logoUrl', { nullable: true }),
    primaryColor: t.exposeString('primaryColor', { nullable: true }),
    contacts: t.field({ type: [ContactRef], resolve: (a) => a.contacts }),
  }),
});

/** At most this many users per call (a message names one; a batch of recipients a few). */
const MAX_USERS = 100;

builder.queryField('messageAudience', (t) =>
  t.field({
    type: AudienceRef,
    nullable: true,
    inaccessible: true,
    authScopes: { apiScope: 'identity:contacts' },
    args: { userIds: t.arg.idList({ required: true }), admins: t.arg.boolean() },
    resolve: async (_r, args, ctx) => {
      const tenant = await ctx.prisma.tenant.findUnique({ where: { id: ctx.tenantId! } });
      if (!tenant) return null;
      const userIds = args.userIds.slice(0, MAX_USERS).map(String);
      const members = await ctx.prisma.membership.findMany({
        where: {
          tenantId: tenant.id,
          user: { deletionRequestedAt: null },
          OR: [...(userIds.length ? [{ userId: { in: userIds } }] : []), ...(args.admins ? [{ role: { in: [...ADMIN_ROLES] } }] : [])],
        },
        include: { user: { select: { id: true, email: true, phone: true, name: true } } },
      });
      const contacts = new Map(members.map((m) => [m.user.id, { userId: m.user.id, email: m.user.email, phone: m.user.phone, name: m.user.name }]));
      return { tenantName: tenant.name, tenantSlug: tenant.slug, logoUrl: tenant.logoUrl, primaryColor: tenant.primaryColor, contacts: [...contacts.values()] };
    },
  }),
);
