import messages from '../../messages/rider-location.en.json';
import { fill } from '../fill';

// Live rider location's strings (decision 0089), in their own file like shipments'.

export type RiderLocationMessageKey = keyof typeof messages;

const table: Record<RiderLocationMessageKey, string> = messages;

export function rl(key: RiderLocationMessageKey, vars?: Record<string, string | number>): string {
  return fill(table[key] ?? key, vars);
}
