'use client';

import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { boardTicketAction, ticketStatusAction, type BoardResult } from '../../lib/transport/actions';
import { formatDeparture } from '../../lib/transport/format';
import { tt } from '../../lib/transport/messages';
import { importVerificationKey, verifyTicketQr, type TicketPayload } from '../../lib/transport/verify';

interface VerificationKey {
  operatorId: string;
  keyId: string;
  publicKey: string;
}

interface Props {
  slug: string;
  /** The operator's key as the server gave it now (the device keeps it for when it is offline). */
  verificationKey: VerificationKey | null;
  canBoard: boolean;
}

interface PendingBoarding {
  qr: string;
  scannedAt: string;
}

type Check =
  /** `statusKnown`: the API (or this device) confirmed it has not boarded; false when that could not be asked. */
  | { kind: 'valid'; payload: TicketPayload; statusKnown: boolean }
  /** Genuine, but it boarded already: at `boardedAt` (from the API), or on this device (null). */
  | { kind: 'boarded'; payload: TicketPayload; boardedAt: string | null }
  | { kind: 'invalid'; reason: 'MALFORMED' | 'BAD_SIGNATURE' | 'OTHER_OPERATOR' }
  | { kind: 'noKey' };

const keyStorage = (slug: string) => `ww_ticket_key_${slug}`;
const boardingStorage = (slug: string) => `ww_boardings_${slug}`;
/** Ticket ids this device boarded (sent or queued), so a second showing is caught offline too. */
const boardedStorage = (slug: string) => `ww_boarded_${slug}`;
const MAX_REMEMBERED_BOARDINGS = 2000;

function rememberBoarded(slug: string, ticketId: string) {
  const ids = readJson<string[]>(boardedStorage(slug), []).filter((id) => id !== ticketId);
  ids.push(ticketId);
  localStorage.setItem(boardedStorage(slug), JSON.stringify(ids.slice(-MAX_REMEMBERED_BOARDINGS)));
}

function readJson<T>(key: string, fallback: T): T {
  try {
    return (JSON.parse(localStorage.getItem(key) ?? 'null') as T) ?? fallback;
  } catch {
    return fallback;
  }
}

/**
 * Checks a scanned or pasted ticket code on the device (WebCrypto Ed25519, lib/transport/verify.ts: the
 * subgraph's format exactly), with no network. Boarding is recorded through the API when online; scans
 * made offline wait on the device and are sent with the time they were scanned when the network returns
 * (the API boards a ticket once, so a resend is harmless).
 */
export function TicketVerifier({ slug, verificationKey, canBoard }: Props) {
  const [key, setKey] = useState<VerificationKey | null>(verificationKey);
  const [code, setCode] = useState('');
  const [check, setCheck] = useState<Check | null>(null);
  const [checkedCode, setCheckedCode] = useState('');
  const [boarding, setBoarding] = useState<string | null>(null);
  const [queued, setQueued] = useState(0);

  useEffect(() => {
    if (verificationKey) localStorage.setItem(keyStorage(slug), JSON.stringify(verificationKey));
    else setKey(readJson<VerificationKey | null>(keyStorage(slug), null));
    setQueued(readJson<PendingBoarding[]>(boardingStorage(slug), []).length);
  }, [slug, verificationKey]);

  const describe = useCallback((result: BoardResult): string => {
    switch (result.status) {
      case 'BOARDED':
        return tt('conductor.boardedNow');
      case 'ALREADY_BOARDED':
        return result.boardedAt ? tt('conductor.alreadyBoardedAt', { time: formatDeparture(result.boardedAt) }) : tt('conductor.alreadyBoarded');
      case 'REFUSED':
        return result.message;
      case 'UNSENT':
        return tt('conductor.queued');
    }
  }, []);

  /** Sends scans saved while offline, oldest first; stops at the first that cannot be sent. */
  const flush = useCallback(async () => {
    let pending = readJson<PendingBoarding[]>(boardingStorage(slug), []);
    while (pending.length > 0) {
      let result: BoardResult;
      try {
        result = await boardTicketAction(slug, pending[0].qr, pending[0].scannedAt);
      } catch {
        break;
      }
      if (result.status === 'UNSENT') break;
      pending = pending.slice(1);
      localStorage.setItem(boardingStorage(slug), JSON.stringify(pending));
    }
    setQueued(pending.length);
  }, [slug]);

  useEffect(() => {
    if (!canBoard) return;
    window.addEventListener('online', flush);
    if (navigator.onLine) void flush();
    return () => window.removeEventListener('online', flush);
  }, [canBoard, flush]);

  const verify = async (event: FormEvent) => {
    event.preventDefault();
    setBoarding(null);
    const qr = code.trim();
    setCheckedCode(qr);
    if (!key) return setCheck({ kind: 'noKey' });
    const cryptoKey = await importVerificationKey(key.publicKey);
    if (!cryptoKey) return setCheck({ kind: 'noKey' });
    const result = await verifyTicketQr(qr, cryptoKey);
    if (!result.valid) return setCheck({ kind: 'invalid', reason: result.reason });
    if (result.payload.op !== key.operatorId) return setCheck({ kind: 'invalid', reason: 'OTHER_OPERATOR' });
    // A genuine signature does not say whether the ticket already boarded: ask the API (staff), and fall
    // back to what this device itself boarded when offline.
    const status = canBoard && navigator.onLine ? await ticketStatusAction(slug, result.payload.tid).catch(() => ({ status: 'UNKNOWN' as const })) : { status: 'UNKNOWN' as const };
    if (status.status === 'BOARDED') return setCheck({ kind: 'boarded', payload: result.payload, boardedAt: status.boardedAt });
    if (status.status === 'UNKNOWN' && readJson<string[]>(boardedStorage(slug), []).includes(result.payload.tid)) {
      return setCheck({ kind: 'boarded', payload: result.payload, boardedAt: null });
    }
    setCheck({ kind: 'valid', payload: result.payload, statusKnown: status.status === 'NOT_BOARDED' });
  };

  const board = async () => {
    const scan = { qr: checkedCode, scannedAt: new Date().toISOString() };
    if (check?.kind === 'valid') rememberBoarded(slug, check.payload.tid);
    const queue = () => {
      const pending = [...readJson<PendingBoarding[]>(boardingStorage(slug), []), scan];
      localStorage.setItem(boardingStorage(slug), JSON.stringify(pending));
      setQueued(pending.length);
      setBoarding(tt('conductor.queued'));
    };
    if (!navigator.onLine) return queue();
    let result: BoardResult;
    try {
      result = await boardTicketAction(slug, scan.qr, scan.scannedAt);
    } catch {
      return queue();
    }
    if (result.status === 'UNSENT') return queue();
    setBoarding(describe(result));
  };

  return (
    <section className="card verifier" aria-labelledby="verifier-heading">
      <h2 id="verifier-heading">{tt('conductor.check')}</h2>
      {!key && <p className="form-error">{tt('conductor.noKey')}</p>}
      <form onSubmit={verify}>
        <div className="field">
          <label htmlFor="ticket-code">{tt('conductor.codeLabel')}</label>
          <textarea id="ticket-code" value={code} onChange={(e) => setCode(e.target.value)} rows={4} spellCheck={false} autoComplete="off" required />
          <p className="hint">{tt('conductor.codeHint')}</p>
        </div>
        <button type="submit" className="button button-primary">
          {tt('conductor.verify')}
        </button>
      </form>
      <div aria-live="polite" data-testid="verification">
        {check?.kind === 'valid' && (
          <div className="verdict verdict-valid" data-verdict="valid">
            <p>
              <strong>{tt('conductor.valid')}</strong>
            </p>
            <p>{tt('conductor.validDetails', { name: check.payload.name, seat: check.payload.seat, departure: formatDeparture(check.payload.dep) })}</p>
            {!check.statusKnown && <p className="hint">{tt('conductor.statusUnknown')}</p>}
            {canBoard && (
              <button type="button" className="button" onClick={board}>
                {tt('conductor.board')}
              </button>
            )}
            {boarding && <p data-testid="boarding">{boarding}</p>}
          </div>
        )}
        {check?.kind === 'boarded' && (
          <div className="verdict verdict-invalid" data-verdict="boarded" role="alert">
            <p>
              <strong>{tt('conductor.boardedVerdict')}</strong>
            </p>
            <p>{check.boardedAt ? tt('conductor.boardedVerdictAt', { time: formatDeparture(check.boardedAt) }) : tt('conductor.boardedVerdictHere')}</p>
            <p>{tt('conductor.validDetails', { name: check.payload.name, seat: check.payload.seat, departure: formatDeparture(check.payload.dep) })}</p>
          </div>
        )}
        {check?.kind === 'invalid' && (
          <div className="verdict verdict-invalid" data-verdict="invalid" role="alert">
            <p>
              <strong>{tt('conductor.invalid')}</strong>
            </p>
            <p>{tt(`conductor.reason.${check.reason}`)}</p>
          </div>
        )}
        {check?.kind === 'noKey' && (
          <p className="form-error" role="alert">
            {tt('conductor.noKey')}
          </p>
        )}
      </div>
      {queued > 0 && <p className="hint">{tt('conductor.waiting', { count: queued })}</p>}
    </section>
  );
}
