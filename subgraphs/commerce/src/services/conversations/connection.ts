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
  /**
   * The approved templates with each one's language and number of body variables (decision 0085); replaces
   * the list (and `approvedTemplates`) when present. A template without a language takes `templateLanguage`.
   */
  templates?: readonly TemplateInput[] | null;
}

export interface TemplateInput {
  name: string;
  language?: string | null;
  bodyVariables?: number | null;
}

/** An approved template as staff send it: its name, language and how many body variables ({{1}}…) it declares. */
// A type (not an interface) so that it is a JSON value Prisma stores as is.
export type ApprovedTemplate = {
  name: string;
  language: string;
  bodyVariables: number;
};

/** Meta's rule for a template's name: lower-case letters, digits and underscores. */
const TEMPLATE_NAME = /^[a-z0-9_]{1,512}$/;
const LANGUAGE_CODE = /^[a-z]{2,3}(_[A-Z]{2})?$/;
const MAX_TEMPLATES = 50;
/** Our bound on a template's body variables (a body is 1,024 characters; real templates use a handful). */
export const MAX_BODY_VARIABLES = 20;

const badTemplates = (message: string, field: string[]) => new DomainError(ErrorCode.BAD_USER_INPUT, message, field);

function templateName(raw: string, field: string[]): string {
  const name = (raw ?? '').trim();
  if (!TEMPLATE_NAME.test(name)) throw badTemplates(`“${name.slice(0, 40)}” is not a template name: lower-case letters, digits and underscores, as in Meta’s WhatsApp Manager`, field);
  return name;
}

function languageCode(raw: string, field: string[]): string {
  const code = raw.trim();
  if (!LANGUAGE_CODE.test(code)) throw badTemplates('A language code as Meta shows it, such as en or en_US', field);
  return code;
}

/** The number's approved templates with their details; names stored before details existed default as sent then. */
export function approvedTemplatesOf(row: { approvedTemplates: string[]; templateLanguage: string; templates: unknown }): ApprovedTemplate[] {
  const details = new Map((Array.isArray(row.templates) ? (row.templates as ApprovedTemplate[]) : []).map((t) => [t.name, t]));
  return row.approvedTemplates.map((name) => ({ name, language: details.get(name)?.language ?? row.templateLanguage, bodyVariables: details.get(name)?.bodyVariables ?? 0 }));
}

type Existing = { approvedTemplates: string[]; templateLanguage: string; templates: unknown } | null;

function checkTemplates(input: ConnectionInput, existing: Existing): { approvedTemplates?: string[]; templateLanguage?: string; templates?: ApprovedTemplate[] } {
  const out: { approvedTemplates?: string[]; templateLanguage?: string; templates?: ApprovedTemplate[] } = {};
  if (input.templateLanguage != null) out.templateLanguage = languageCode(input.templateLanguage, ['templateLanguage']);
  const fallbackLanguage = out.templateLanguage ?? existing?.templateLanguage ?? 'en';
  let list: ApprovedTemplate[] | null = null;
  if (input.templates != null) {
    list = input.templates.map((t, i) => {
      const name = templateName(t.name, ['templates', String(i), 'name']);
      const language = t.language?.trim() ? languageCode(t.language, ['templates', String(i), 'language']) : fallbackLanguage;
      const bodyVariables = t.bodyVariables ?? 0;
      if (!Number.isInteger(bodyVariables) || bodyVariables < 0 || bodyVariables > MAX_BODY_VARIABLES) {
        throw badTemplates(`The number of body variables ({{1}}, {{2}}…) is 0 to ${MAX_BODY_VARIABLES}`, ['templates', String(i), 'bodyVariables']);
      }
      return { name, language, bodyVariables };
    });
  } else if (input.approvedTemplates != null) {
    // Names only: a template kept from before keeps its details.
    const before = new Map((existing ? approvedTemplatesOf(existing) : []).map((t) => [t.name, t]));
    list = input.approvedTemplates.map((n) => n.trim()).filter(Boolean).map((n) => before.get(n) ?? { name: templateName(n, ['approvedTemplates']), language: fallbackLanguage, bodyVariables: 0 });
  }
  if (list) {
    // One entry per name (the first): a template is sent by its name.
    const seen = new Set<string>();
    const firstOfEach = list.filter((t) => !seen.has(t.name) && seen.add(t.name));
    if (firstOfEach.length > MAX_TEMPLATES) throw badTemplates(`At most ${MAX_TEMPLATES} templates`, [input.templates != null ? 'templates' : 'approvedTemplates']);
    out.templates = firstOfEach;
    out.approvedTemplates = firstOfEach.map((t) => t.name);
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
  const existing = await ctx.prisma.whatsappConnection.findUnique({ where: { tenantId } });
  const templates = checkTemplates(input, existing);
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
