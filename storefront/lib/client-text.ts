import { t, type MessageKey } from './messages';

// Client components get their strings as props, picked here on the server: a client component that
// imported lib/messages would ship the whole of messages/en.json (every page's strings) to the browser.
// The key lists are plain data, so a client component can import their types without any JSON.

export type TextOf<K extends readonly MessageKey[]> = Record<K[number], string>;

/** The messages named by `keys`, for one client component. */
export function textFor<const K extends readonly MessageKey[]>(keys: K): TextOf<K> {
  return Object.fromEntries(keys.map((key) => [key, t(key)])) as TextOf<K>;
}

export const SIGN_IN_TEXT = ['signIn.email', 'signIn.password', 'signIn.totp', 'signIn.totpHint', 'signIn.submitting', 'signIn.submit'] as const;
export const SIGN_UP_TEXT = ['shop.signUp.name', 'shop.signUp.email', 'shop.signUp.password', 'shop.signUp.passwordHint', 'shop.signUp.submitting', 'shop.signUp.submit'] as const;
export const VENDOR_APPLICATION_TEXT = [
  'sell.submitted',
  'sell.businessName',
  'sell.legalName',
  'sell.tin',
  'sell.email',
  'sell.phone',
  'sell.address',
  'sell.documents',
  'sell.tinHint',
  'sell.phoneHint',
  'sell.documentsHint',
  'sell.submitting',
  'sell.submit',
] as const;
export const BULK_PRICE_TEXT = [
  'admin.bulk.apply',
  'admin.bulk.chunkFailed',
  'admin.bulk.failures',
  'admin.bulk.finished',
  'admin.bulk.percent',
  'admin.bulk.percentHint',
  'admin.bulk.planSummary',
  'admin.bulk.planTitle',
  'admin.bulk.planning',
  'admin.bulk.preview',
  'admin.bulk.progress',
  'admin.bulk.progressTitle',
  'admin.bulk.stop',
  'admin.bulk.stopped',
  'admin.bulk.title',
  'admin.bulk.truncated',
  'admin.bulk.withoutPrice',
  'admin.error.failed',
] as const;
export const PRODUCT_IMPORT_TEXT = [
  'admin.error.failed',
  'admin.import.alreadyImported',
  'admin.import.check',
  'admin.import.checking',
  'admin.import.chooseFile',
  'admin.import.chunkFailed',
  'admin.import.createdTitle',
  'admin.import.csv.tooLarge',
  'admin.import.errorsTitle',
  'admin.import.failures',
  'admin.import.file',
  'admin.import.fileHint',
  'admin.import.finished',
  'admin.import.formLabel',
  'admin.import.leftOut',
  'admin.import.lineMessage',
  'admin.import.location',
  'admin.import.noStock',
  'admin.import.nothingNew',
  'admin.import.nothingValid',
  'admin.import.pickVendor',
  'admin.import.previewSummary',
  'admin.import.previewTitle',
  'admin.import.progress',
  'admin.import.progressTitle',
  'admin.import.resume',
  'admin.import.start',
  'admin.import.status',
  'admin.import.stop',
  'admin.import.stopped',
  'admin.products.vendor',
  'admin.status.ACTIVE',
  'admin.status.DRAFT',
] as const;
export const TWO_FACTOR_TEXT = [
  'admin.account.begin',
  'admin.account.beginReset',
  'admin.account.password',
  'admin.account.currentCode',
  'admin.account.currentCodeHint',
  'admin.account.scan',
  'admin.account.qrAlt',
  'admin.account.secretLabel',
  'admin.account.newCode',
  'admin.account.confirm',
  'admin.account.working',
  'admin.account.backupTitle',
  'admin.account.backupHint',
  'admin.account.saved',
  'admin.account.continue',
] as const;
