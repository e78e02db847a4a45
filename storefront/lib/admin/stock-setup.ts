// The inventory set-up pages' fixed lists (inventory's enums), shared by pages and actions.

export const LOCATION_KINDS = ['WAREHOUSE', 'SHOP', 'POS_TILL', 'VEHICLE'] as const;
export type LocationKind = (typeof LOCATION_KINDS)[number];

/** Single-vendor storefront, marketplace, point of sale. */
export const STOCK_CHANNELS = ['SVM', 'MVM', 'POS'] as const;
export type StockChannel = (typeof STOCK_CHANNELS)[number];

export const CHANNEL_MODES = ['SHARED', 'ALLOCATED', 'INDEPENDENT'] as const;
export type ChannelMode = (typeof CHANNEL_MODES)[number];
