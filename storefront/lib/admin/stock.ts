/** Reasons the adjust form offers; RECEIPT goes through receiveStock (goods in), the rest through adjustStock. */
export const ADJUST_REASONS = ['RECEIPT', 'ADJUSTMENT', 'CORRECTION', 'RETURN'] as const;
export type AdjustReason = (typeof ADJUST_REASONS)[number];

/** Reasons in the movement journal, for its filter. */
export const MOVEMENT_REASONS = ['RECEIPT', 'SALE', 'RETURN', 'ADJUSTMENT', 'TRANSFER_OUT', 'TRANSFER_IN', 'CORRECTION'] as const;
