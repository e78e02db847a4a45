'use client';

import { useId, useRef, useState, type FormEvent } from 'react';
import { CHUNK_SIZE, type BulkPriceItem, type BulkPricePlan, type BulkPriceResult } from '../../lib/admin/bulk-price';
import type { BULK_PRICE_TEXT, TextOf } from '../../lib/client-text';
import { fill } from '../../lib/fill';

interface Props {
  /** `textFor(BULK_PRICE_TEXT)`, picked by the server component that renders this. */
  text: TextOf<typeof BULK_PRICE_TEXT>;
  /** Server action bound to the tenant and the selection: which variants the change would touch. */
  plan: (percent: string) => Promise<BulkPricePlan>;
  /** Server action bound to the tenant: applies one chunk and reports each variant. */
  applyChunk: (percent: string, chunk: BulkPriceItem[]) => Promise<BulkPriceResult[]>;
  /** What is selected, in words (e.g. "3 selected products" or "Category: Fashion"). */
  selectionLabel: string;
}

type Phase =
  | { kind: 'idle' }
  | { kind: 'planning' }
  | { kind: 'planned'; percent: string; plan: Extract<BulkPricePlan, { ok: true }> }
  | { kind: 'running' | 'finished' | 'stopped'; percent: string; total: number; processed: number; done: number; failures: Extract<BulkPriceResult, { message: string }>[] };

/**
 * Runs a bulk price change in chunks of CHUNK_SIZE variants, one server action per chunk, showing progress
 * (a <progress> and a polite live region) and every variant that could not be changed. A chunk that fails
 * as a whole (network, server) stops the run; what was done stays done and a second run of the same plan
 * skips it (applyBulkPriceChunk recognises prices already changed).
 */
export function BulkPriceRunner({ text, plan, applyChunk, selectionLabel }: Props) {
  const id = useId();
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [error, setError] = useState<string | null>(null);
  const stopRequested = useRef(false);

  async function onPlan(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const percent = String(new FormData(event.currentTarget).get('percent') ?? '');
    setError(null);
    setPhase({ kind: 'planning' });
    try {
      const result = await plan(percent);
      if (!result.ok) {
        setError(result.message);
        setPhase({ kind: 'idle' });
      } else setPhase({ kind: 'planned', percent, plan: result });
    } catch {
      setError(text['admin.error.failed']);
      setPhase({ kind: 'idle' });
    }
  }

  async function run(percent: string, items: BulkPriceItem[]) {
    stopRequested.current = false;
    let state = { kind: 'running' as const, percent, total: items.length, processed: 0, done: 0, failures: [] as Extract<BulkPriceResult, { message: string }>[] };
    setPhase(state);
    for (let start = 0; start < items.length; start += CHUNK_SIZE) {
      if (stopRequested.current) {
        setPhase({ ...state, kind: 'stopped' });
        return;
      }
      const chunk = items.slice(start, start + CHUNK_SIZE);
      let results: BulkPriceResult[];
      try {
        results = await applyChunk(percent, chunk);
      } catch {
        setError(fill(text['admin.bulk.chunkFailed'], { processed: state.processed, total: state.total }));
        setPhase({ ...state, kind: 'stopped' });
        return;
      }
      const failures = results.filter((r): r is Extract<BulkPriceResult, { message: string }> => r.status === 'changed' || r.status === 'failed');
      state = { ...state, processed: state.processed + chunk.length, done: state.done + results.length - failures.length, failures: [...state.failures, ...failures] };
      setPhase(state);
    }
    setPhase({ ...state, kind: 'finished' });
  }

  const progressId = `${id}-progress`;
  return (
    <div className="bulk-runner">
      <form className="admin-form" onSubmit={onPlan} aria-label={text['admin.bulk.title']}>
        <p>{selectionLabel}</p>
        {error && (
          <p role="alert" className="alert">
            {error}
          </p>
        )}
        <div className="field">
          <label htmlFor={`${id}-percent`}>{text['admin.bulk.percent']}</label>
          <input id={`${id}-percent`} name="percent" type="text" inputMode="decimal" required aria-describedby={`${id}-percent-hint`} disabled={phase.kind === 'running'} />
          <p id={`${id}-percent-hint`} className="hint">
            {text['admin.bulk.percentHint']}
          </p>
        </div>
        <div className="form-actions">
          <button type="submit" className="secondary" disabled={phase.kind === 'planning' || phase.kind === 'running'}>
            {phase.kind === 'planning' ? text['admin.bulk.planning'] : text['admin.bulk.preview']}
          </button>
        </div>
      </form>

      {phase.kind === 'planned' && (
        <section className="card" aria-labelledby={`${id}-plan`}>
          <h2 id={`${id}-plan`}>{text['admin.bulk.planTitle']}</h2>
          <p>{fill(text['admin.bulk.planSummary'], { variants: phase.plan.items.length, products: phase.plan.products, percent: phase.percent })}</p>
          {phase.plan.withoutPrice > 0 && <p className="hint">{fill(text['admin.bulk.withoutPrice'], { count: phase.plan.withoutPrice })}</p>}
          {phase.plan.truncated && <p className="hint">{fill(text['admin.bulk.truncated'], { count: phase.plan.items.length })}</p>}
          {phase.plan.items.length > 0 && (
            <button type="button" onClick={() => run(phase.percent, phase.plan.items)}>
              {fill(text['admin.bulk.apply'], { count: phase.plan.items.length })}
            </button>
          )}
        </section>
      )}

      {(phase.kind === 'running' || phase.kind === 'finished' || phase.kind === 'stopped') && (
        <section className="card" aria-labelledby={`${id}-run`}>
          <h2 id={`${id}-run`}>{text['admin.bulk.progressTitle']}</h2>
          <label htmlFor={progressId} className="visually-hidden">
            {text['admin.bulk.progressTitle']}
          </label>
          <progress id={progressId} max={phase.total} value={phase.processed} />
          <p role="status" aria-live="polite" className="bulk-status">
            {phase.kind === 'finished'
              ? fill(text['admin.bulk.finished'], { done: phase.done, failed: phase.failures.length, total: phase.total })
              : phase.kind === 'stopped'
                ? fill(text['admin.bulk.stopped'], { processed: phase.processed, total: phase.total })
                : fill(text['admin.bulk.progress'], { processed: phase.processed, total: phase.total })}
          </p>
          {phase.kind === 'running' && (
            <button type="button" className="secondary" onClick={() => (stopRequested.current = true)}>
              {text['admin.bulk.stop']}
            </button>
          )}
          {phase.failures.length > 0 && (
            <>
              <h3>{fill(text['admin.bulk.failures'], { count: phase.failures.length })}</h3>
              <ul className="failures">
                {phase.failures.map((f) => (
                  <li key={f.variantId}>
                    <strong>{f.sku}</strong>: {f.message}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
    </div>
  );
}
