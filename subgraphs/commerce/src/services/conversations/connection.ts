/**
 * A tenant's WhatsApp Business number on Meta's Cloud API (decision 0075): the phone number id webhooks
 * are routed by, the access token replies are sent with and the app secret webhooks are signed with, both
 * sealed at rest with the data key. One number per tenant; a number belongs to one tenant.
 */
import { decryptSecret, DomainError, encryptSecret, ErrorCode, randomToken, requireTenant, uuidv7 } from '@webwaka/kit';
import type { ServiceContext } from '../context';

export const CLOUD_API_BASE_URL = 'https://graph.facebook.com';

export interface ConnectionInput {
  phoneNumberId: string;
  displayPhoneNumber: string;
  /** Write-only; absent keeps the stored one. */
  accessToken?: string | null;
  /** Write-only; absent keeps the stored one. */
  appSecret?: string | null;
  baseUrl?: string | null;
  /** The template names Meta approved for the number, one per entry; absent keeps the stored list. */
  approvedTemplates?: readonly string[] | null;
  /** Their language code (en, en_US, pcm…); absent keeps the stored one. */
  templateLanguage?: string | null;
}

/** Meta's rule for a template's name: lower-case letters, digits and underscores. */
const TEMPLATE_NAME = /^[a-z0-9_]{1,512}$/;
const MAX_TEMPLATES = 50;

function checkTemplates(input: ConnectionInput): { approvedTemplates?: string[]; templateLanguage?: string } {
  const out: { approvedTemplates?: string[]; templateLanguage?: string } = {};
  if (input.approvedTemplates != null) {
    const names = [...new Set(input.approvedTemplates.map((n) => n.trim()).filter(Boolean))];
    const bad = names.find((n) => !TEMPLATE_NAME.test(n));
    if (bad) throw new DomainError(ErrorCode.BAD_USER_INPUT, `“${bad.slice(0, 40)}” is not a template name: lower-case letters, digits and underscores, as in Meta’s WhatsApp Manager`, ['approvedTemplates']);
    if (names.length > MAX_TEMPLATES) throw new DomainError(ErrorCode.BAD_USER_INPUT, `At most ${MAX_TEMPLATES} templates`, ['approvedTemplates']);
    out.approvedTemplates = names;
  }
  if (input.templateLanguage != null) {
    const code = input.templateLanguage.trim();
    if (!/^[a-z]{2,3}(_[A-Z]{2})?$/.test(code)) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'A language code as Meta shows it, such as en or en_US', ['templateLanguage']);
    out.templateLanguage = code;
  }
  return out;
}

/**
 * Whether the Cloud API may be reached at a local http address: only while the installation's message
 * sandbox is on (MESSAGE_SANDBOX is not 0 and this is not a production build), for the simulator.
 */
export const localCloudApiAllowed = () => process.env.MESSAGE_SANDBOX !== '0' && process.env.NODE_ENV !== 'production';

function checkBaseUrl(raw: string | null | undefined): string {
  const url = (raw ?? '').trim().replace(/\/+$/, '') || CLOUD_API_BASE_URL;
  // A tenant's setting is reached from inside the platform: public https only (no probing the private network).
  if (/^https:\/\/[a-z0-9.-]+(:\d+)?(\/[\w./-]*)?$/i.test(url)) return url;
  if (localCloudApiAllowed() && /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?(\/[\w./-]*)?$/i.test(url)) return url;
  throw new DomainError(ErrorCode.BAD_USER_INPUT, 'The Cloud API address must be an https:// address', ['baseUrl']);
}

export async function saveConnection(ctx: ServiceContext, input: ConnectionInput) {
  const tenantId = requireTenant(ctx);
  const phoneNumberId = input.phoneNumberId.trim();
  if (!/^[\w-]{3,64}$/.test(phoneNumberId)) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'The phone number id is the number Meta shows under WhatsApp › API setup', ['phoneNumberId']);
  const display = input.displayPhoneNumber.trim();
  if (!/^\+?[\d ]{8,20}$/.test(display)) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Enter the number customers write to, such as +234 803 123 4567', ['displayPhoneNumber']);
  const baseUrl = checkBaseUrl(input.baseUrl);
  const templates = checkTemplates(input);
  const existing = await ctx.prisma.whatsappConnection.findUnique({ where: { tenantId } });
  const token = input.accessToken?.trim();
  const secret = input.appSecret?.trim();
  if (!existing && (!token || !secret)) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'A new number needs its access token and app secret', [!token ? 'accessToken' : 'appSecret']);
  const taken = await ctx.prisma.whatsappConnection.findUnique({ where: { phoneNumberId } });
  if (taken && taken.tenantId !== tenantId) throw new DomainError(ErrorCode.ALREADY_EXISTS, 'This number is connected to another business', ['phoneNumberId']);
  const data = {
    phoneNumberId,
    displayPhoneNumber: display,
    baseUrl,
    ...templates,
    ...(token ? { accessTokenSealed: encryptSecret(token) } : {}),
    ...(secret ? { appSecretSealed: encryptSecret(secret) } : {}),
  };
  return existing
    ? ctx.prisma.whatsappConnection.update({ where: { tenantId }, data })
    : ctx.prisma.whatsappConnection.create({ data: { id: uuidv7(), tenantId, verifyToken: randomToken(24), accessTokenSealed: '', appSecretSealed: '', ...data } });
}

export async function removeConnection(ctx: ServiceContext): Promise<boolean> {
  const tenantId = requireTenant(ctx);
  return (await ctx.prisma.whatsappConnection.deleteMany({ where: { tenantId } })).count > 0;
}

export interface OpenConnection {
  id: string;
  tenantId: string;
  phoneNumberId: string;
  displayPhoneNumber: string;
  baseUrl: string;
  accessToken: string;
  appSecret: string;
}

export function open(row: { id: string; tenantId: string; phoneNumberId: string; displayPhoneNumber: string; baseUrl: string; accessTokenSealed: string; appSecretSealed: string }): OpenConnection {
  return { id: row.id, tenantId: row.tenantId, phoneNumberId: row.phoneNumberId, displayPhoneNumber: row.displayPhoneNumber, baseUrl: row.baseUrl, accessToken: decryptSecret(row.accessTokenSealed), appSecret: decryptSecret(row.appSecretSealed) };
}
