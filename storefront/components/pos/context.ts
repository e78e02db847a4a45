// What the till's screens share (its context and the open session), apart from the Till component that
// provides them, so the screens and the till do not import each other.
import type { NewEvent, TillCashier, TillEvent, TillSnapshot } from '../../lib/pos/till';

export interface OpenSession {
  id: string;
  openedAt: string;
  openingFloat: string;
}

export interface TillContext {
  tenant: string;
  snap: TillSnapshot;
  cashier: TillCashier;
  session: OpenSession;
  money: (minor: bigint | string) => string;
  toMinor: (major: string) => string | null;
  record: (event: Omit<NewEvent, 'cashierId' | 'sessionId'>) => Promise<TillEvent>;
}
