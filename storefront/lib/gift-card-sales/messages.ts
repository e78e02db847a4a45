import messages from '../../messages/gift-card-sales.en.json';

// Gift cards sold as products (decision 0064): the product editor's and the checkout's English strings.

export type GiftCardSalesMessageKey = keyof typeof messages;

const table: Record<GiftCardSalesMessageKey, string> = messages;

/** Look a gift-card-sales message up. */
export const gt = (key: GiftCardSalesMessageKey): string => table[key] ?? key;
