import { ADMIN_ROLES, createBuilder, type RoleName } from '@webwaka/kit';

/** Notifications' one schema builder. */
export const builder = createBuilder();

/** Who reads the delivery log and sets templates and providers: the business's administrators (second factor). */
export const MESSAGE_ADMINS = { roles: [...ADMIN_ROLES] as RoleName[] };
/** Who reads what the local sandboxes received: the platform's operators only (it holds every tenant's mail). */
export const PLATFORM_OPERATORS = { roles: ['SUPER_ADMIN'] as RoleName[] };

export const NotificationChannelEnum = builder.enumType('NotificationChannel', { values: ['EMAIL', 'SMS', 'WHATSAPP', 'PUSH'] as const });
export const NotificationStatusEnum = builder.enumType('NotificationStatus', {
  values: ['QUEUED', 'SENDING', 'SENT', 'DELIVERED', 'FAILED', 'DEAD', 'SUPPRESSED'] as const,
});

builder.queryType({});
builder.mutationType({});

export { asQuery } from '@webwaka/kit';
