/**
 * USSD and mobile money (decision 0087): what each provider documents it can charge, and the shopper's
 * choices checked against it before anything is reserved. A USSD charge names the shopper's bank (the
 * provider's own code for it) and answers with a code to dial; a mobile-money charge names a network or
 * wallet and the phone that approves it. Both then settle like a card: the provider's signed webhook
 * triggers a verify by our reference (payments.ts), so nothing here decides an order's fate.
 * Lists follow the providers' documentation: Paystack's USSD `type`s and `mobile_money.provider`s,
 * Flutterwave's USSD `account_bank` codes and its mobile-money charge types with their `network`s.
 * Stripe has neither. The sandbox offers Nigerian banks and wallets in any currency.
 */
import { DomainError, ErrorCode } from '@webwaka/kit';
import type { ProviderName } from './provider';

export interface UssdBank {
  /** What the provider wants: Paystack's USSD type (737), Flutterwave's bank code (058). */
  code: string;
  name: string;
}

export interface MobileMoneyNetwork {
  /** Ours, stable: Paystack's provider (mtn, mpesa), Flutterwave's charge type and network (mobile_money_ghana:MTN). */
  code: string;
  name: string;
  /** The only currency the network takes; null: any (the sandbox). */
  currency: string | null;
  /** The country's calling code: a local number (0...) is read in this country. */
  dialCode: string;
  /** How the provider wants the number: local (0551234987) or international digits without + (254700000000). */
  phoneFormat: 'local' | 'international';
}

const PAYSTACK_USSD: UssdBank[] = [
  { code: '737', name: 'GTBank (*737#)' },
  { code: '919', name: 'UBA (*919#)' },
  { code: '822', name: 'Sterling Bank (*822#)' },
  { code: '966', name: 'Zenith Bank (*966#)' },
];

const FLUTTERWAVE_USSD: UssdBank[] = [
  { code: '044', name: 'Access Bank' },
  { code: '050', name: 'Ecobank' },
  { code: '070', name: 'Fidelity Bank' },
  { code: '011', name: 'First Bank of Nigeria' },
  { code: '214', name: 'FCMB' },
  { code: '058', name: 'GTBank' },
  { code: '030', name: 'Heritage Bank' },
  { code: '082', name: 'Keystone Bank' },
  { code: '221', name: 'Stanbic IBTC Bank' },
  { code: '232', name: 'Sterling Bank' },
  { code: '032', name: 'Union Bank' },
  { code: '033', name: 'UBA' },
  { code: '215', name: 'Unity Bank' },
  { code: '035', name: 'Wema Bank' },
  { code: '057', name: 'Zenith Bank' },
];

/** The sandbox's banks: their real short codes, so its "Dial *737*000*1234#" reads like the real thing. */
export const SANDBOX_USSD: UssdBank[] = [
  { code: '737', name: 'GTBank (*737#)' },
  { code: '901', name: 'Access Bank (*901#)' },
  { code: '894', name: 'First Bank (*894#)' },
  { code: '919', name: 'UBA (*919#)' },
  { code: '966', name: 'Zenith Bank (*966#)' },
];

const PAYSTACK_MOBILE_MONEY: MobileMoneyNetwork[] = [
  { code: 'mtn', name: 'MTN Mobile Money (Ghana)', currency: 'GHS', dialCode: '233', phoneFormat: 'local' },
  { code: 'atl', name: 'AirtelTigo Money (Ghana)', currency: 'GHS', dialCode: '233', phoneFormat: 'local' },
  { code: 'vod', name: 'Telecel Cash (Ghana)', currency: 'GHS', dialCode: '233', phoneFormat: 'local' },
  { code: 'mpesa', name: 'M-Pesa (Kenya)', currency: 'KES', dialCode: '254', phoneFormat: 'international' },
];

const FLUTTERWAVE_MOBILE_MONEY: MobileMoneyNetwork[] = [
  { code: 'mobile_money_ghana:MTN', name: 'MTN Mobile Money (Ghana)', currency: 'GHS', dialCode: '233', phoneFormat: 'local' },
  { code: 'mobile_money_ghana:VODAFONE', name: 'Telecel Cash (Ghana)', currency: 'GHS', dialCode: '233', phoneFormat: 'local' },
  { code: 'mobile_money_ghana:TIGO', name: 'AirtelTigo Money (Ghana)', currency: 'GHS', dialCode: '233', phoneFormat: 'local' },
  { code: 'mpesa', name: 'M-Pesa (Kenya)', currency: 'KES', dialCode: '254', phoneFormat: 'international' },
  { code: 'mobile_money_uganda:MTN', name: 'MTN Mobile Money (Uganda)', currency: 'UGX', dialCode: '256', phoneFormat: 'local' },
  { code: 'mobile_money_uganda:AIRTEL', name: 'Airtel Money (Uganda)', currency: 'UGX', dialCode: '256', phoneFormat: 'local' },
];

export const SANDBOX_MOBILE_MONEY: MobileMoneyNetwork[] = [
  { code: 'mtn-momo', name: 'MTN MoMo', currency: null, dialCode: '234', phoneFormat: 'local' },
  { code: 'airtel-smartcash', name: 'Airtel SmartCash', currency: null, dialCode: '234', phoneFormat: 'local' },
  { code: 'opay', name: 'OPay', currency: null, dialCode: '234', phoneFormat: 'local' },
  { code: 'palmpay', name: 'PalmPay', currency: null, dialCode: '234', phoneFormat: 'local' },
];

export const USSD_BANKS: Record<ProviderName, readonly UssdBank[]> = { SANDBOX: SANDBOX_USSD, PAYSTACK: PAYSTACK_USSD, FLUTTERWAVE: FLUTTERWAVE_USSD, STRIPE: [] };

export const MOBILE_MONEY_NETWORKS: Record<ProviderName, readonly MobileMoneyNetwork[]> = { SANDBOX: SANDBOX_MOBILE_MONEY, PAYSTACK: PAYSTACK_MOBILE_MONEY, FLUTTERWAVE: FLUTTERWAVE_MOBILE_MONEY, STRIPE: [] };

/** The networks a checkout in this currency may use (a network takes one currency; the sandbox's any). */
export const mobileMoneyNetworksFor = (provider: ProviderName, currency: string | null) =>
  MOBILE_MONEY_NETWORKS[provider].filter((n) => n.currency === null || currency === null || n.currency === currency);

const invalid = (message: string, field: string) => new DomainError(ErrorCode.PAYMENT_DETAILS_INVALID, message, [field]);

/** The shopper's bank for a USSD charge: one the provider lists (PAYMENT_DETAILS_INVALID otherwise). */
export function ussdBankFor(provider: ProviderName, code: string | null | undefined): UssdBank {
  const bank = USSD_BANKS[provider].find((b) => b.code === (code ?? '').trim());
  if (!bank) throw invalid('Choose your bank from the list to pay by USSD', 'ussdBank');
  return bank;
}

/** The network for a mobile-money charge: one the provider lists for the order's currency. */
export function mobileMoneyNetworkFor(provider: ProviderName, code: string | null | undefined, currency: string): MobileMoneyNetwork {
  const network = mobileMoneyNetworksFor(provider, currency).find((n) => n.code === (code ?? '').trim());
  if (!network) throw invalid('Choose your mobile-money network or wallet from the list', 'mobileMoneyNetwork');
  return network;
}

/**
 * The wallet's phone in E.164, read in the network's country: 0803 123 4567 on a Nigerian wallet is
 * +2348031234567, 0551 234 987 on a Ghanaian one +233551234987. A number of another country cannot hold
 * that network's wallet, so it is refused (PAYMENT_DETAILS_INVALID) rather than charged and declined.
 */
export function walletPhone(raw: string | null | undefined, network: MobileMoneyNetwork): string {
  const compact = (raw ?? '').trim().replace(/[\s().-]/g, '');
  const cc = network.dialCode;
  let national: string | null = null;
  if (/^0\d{8,10}$/.test(compact)) national = compact.slice(1);
  else if (compact.startsWith(`+${cc}`)) national = compact.slice(cc.length + 1);
  else if (compact.startsWith(cc) && compact.length >= cc.length + 8) national = compact.slice(cc.length);
  if (!national || !/^[1-9]\d{7,9}$/.test(national)) throw invalid(`Enter the wallet's phone number, such as 0803 123 4567 or +${cc} ...`, 'mobileMoneyPhone');
  return `+${cc}${national}`;
}

/** The number as the provider wants it (see MobileMoneyNetwork.phoneFormat). */
export function providerPhone(e164: string, network: MobileMoneyNetwork): string {
  return network.phoneFormat === 'international' ? e164.slice(1) : `0${e164.slice(network.dialCode.length + 1)}`;
}
