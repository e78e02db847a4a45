'use client';

import { useId, useRef, useState, type FormEvent } from 'react';
import type { ImportPreview, ImportProduct, ImportResult, ImportSettings } from '../../lib/admin/product-import';
import { IMPORT_CHUNK_SIZE, MAX_FILE_BYTES } from '../../lib/admin/product-import-limits';
import type { PRODUCT_IMPORT_TEXT, TextOf } from '../../lib/client-text';
import { fill } from '../../lib/fill';

type Option = { value: string; label: string };
type Preview = Extract<ImportPreview, { ok: true }>;
type Created = Extract<ImportResult, { status: 'created' }>;
type Failed = Extract<ImportResult, { status: 'failed' }>;

interface Props {
  /** `textFor(PRODUCT_IMPORT_TEXT)`, picked by the server component that renders this. */
  text: TextOf<typeof PRODUCT_IMPORT_TEXT>;
  /** The preview route: POST the file's text, get an ImportPreview. */
  previewUrl: string;
  /** The back office's products path, for links to the created products. */
  productsBase: string;
  /** Server action bound to the tenant: creates one chunk of products. */
  importChunk: (settings: ImportSettings, products: ImportProduct[]) => Promise<ImportResult[]>;
  /** Vendors to import for (marketplace managers), else null. */
  vendors: Option[] | null;
  /** Active locations to receive the stock column at (managers), else null. */
  locations: Option[] | null;
}

interface Run {
  kind: 'running' | 'stopped' | 'finished';
  settings: ImportSettings;
  products: ImportProduct[];
  processed: number;
  created: Created[];
  failed: Failed[];
}

type Phase = { kind: 'idle' } | { kind: 'checking' } | { kind: 'previewed'; preview: Preview; settings: ImportSettings } | (Run & { skipped: number });

/**
 * Choose a CSV file → preview (products to create, already imported, every row error with its line) →
 * import in chunks of IMPORT_CHUNK_SIZE products, one server action per chunk, with a progress bar, live
 * counts and per-product failures; stop and resume between chunks. A chunk that fails as a whole stops
 * the run; a new preview of the same file skips what was created, so nothing is created twice.
 */
export function ProductImportRunner({ text, previewUrl, productsBase, importChunk, vendors, locations }: Props) {
  const id = useId();
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [error, setError] = useState<string | null>(null);
  const stopRequested = useRef(false);

  async function onPreview(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get('file');
    setError(null);
    if (!(file instanceof File) || file.size === 0) return setError(text['admin.import.chooseFile']);
    if (file.size > MAX_FILE_BYTES) return setError(text['admin.import.csv.tooLarge']);
    const settings: ImportSettings = {
      status: String(form.get('status') ?? 'DRAFT'),
      vendorId: String(form.get('vendorId') ?? '') || null,
      locationId: String(form.get('locationId') ?? '') || null,
    };
    setPhase({ kind: 'checking' });
    try {
      const response = await fetch(previewUrl, { method: 'POST', headers: { 'content-type': 'text/csv; charset=utf-8' }, body: await file.arrayBuffer() });
      const preview = (await response.json()) as ImportPreview;
      if (!preview.ok) {
        setError(preview.message);
        setPhase({ kind: 'idle' });
      } else setPhase({ kind: 'previewed', preview, settings });
    } catch {
      setError(text['admin.error.failed']);
      setPhase({ kind: 'idle' });
    }
  }

  async function run(start: Run, skipped: number) {
    stopRequested.current = false;
    let state: Run = { ...start, kind: 'running' };
    setError(null);
    setPhase({ ...state, skipped });
    while (state.processed < state.products.length) {
      if (stopRequested.current) {
        setPhase({ ...state, kind: 'stopped', skipped });
        return;
      }
      const chunk = state.products.slice(state.processed, state.processed + IMPORT_CHUNK_SIZE);
      let results: ImportResult[];
      try {
        results = await importChunk(state.settings, chunk);
      } catch {
        setError(fill(text['admin.import.chunkFailed'], { processed: state.processed, total: state.products.length }));
        setPhase({ ...state, kind: 'stopped', skipped });
        return;
      }
      state = {
        ...state,
        processed: state.processed + chunk.length,
        created: [...state.created, ...results.filter((r): r is Created => r.status === 'created')],
        failed: [...state.failed, ...results.filter((r): r is Failed => r.status === 'failed')],
      };
      setPhase({ ...state, skipped });
    }
    setPhase({ ...state, kind: 'finished', skipped });
  }

  const busy = phase.kind === 'checking' || phase.kind === 'running';
  const percent = 'processed' in phase ? (phase.products.length === 0 ? 100 : Math.floor((phase.processed * 100) / phase.products.length)) : 0;
  return (
    <div className="bulk-runner">
      <form className="admin-form" onSubmit={onPreview} aria-label={text['admin.import.formLabel']}>
        {error && (
          <p role="alert" className="alert">
            {error}
          </p>
        )}
        <div className="field">
          <label htmlFor={`${id}-file`}>{text['admin.import.file']}</label>
          <input id={`${id}-file`} name="file" type="file" accept=".csv,text/csv" required aria-describedby={`${id}-file-hint`} disabled={busy} />
          <p id={`${id}-file-hint`} className="hint">
            {fill(text['admin.import.fileHint'], { max: '2 MB' })}
          </p>
        </div>
        <div className="field">
          <label htmlFor={`${id}-status`}>{text['admin.import.status']}</label>
          <select id={`${id}-status`} name="status" defaultValue="DRAFT" disabled={busy}>
            <option value="DRAFT">{text['admin.status.DRAFT']}</option>
            <option value="ACTIVE">{text['admin.status.ACTIVE']}</option>
          </select>
        </div>
        {vendors && (
          <div className="field">
            <label htmlFor={`${id}-vendor`}>{text['admin.products.vendor']}</label>
            <select id={`${id}-vendor`} name="vendorId" required defaultValue="" disabled={busy}>
              <option value="" disabled>
                {text['admin.import.pickVendor']}
              </option>
              {vendors.map((v) => (
                <option key={v.value} value={v.value}>
                  {v.label}
                </option>
              ))}
            </select>
          </div>
        )}
        {locations && (
          <div className="field">
            <label htmlFor={`${id}-location`}>{text['admin.import.location']}</label>
            <select id={`${id}-location`} name="locationId" defaultValue={locations[0]?.value ?? ''} disabled={busy}>
              <option value="">{text['admin.import.noStock']}</option>
              {locations.map((l) => (
                <option key={l.value} value={l.value}>
                  {l.label}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="form-actions">
          <button type="submit" className="secondary" disabled={busy}>
            {phase.kind === 'checking' ? text['admin.import.checking'] : text['admin.import.check']}
          </button>
        </div>
      </form>

      {phase.kind === 'previewed' && <PreviewCard text={text} id={id} preview={phase.preview} onImport={() => run({ kind: 'running', settings: phase.settings, products: phase.preview.products, processed: 0, created: [], failed: [] }, phase.preview.present.length)} />}

      {'processed' in phase && (
        <section className="card" aria-labelledby={`${id}-run`}>
          <h2 id={`${id}-run`}>{text['admin.import.progressTitle']}</h2>
          <progress id={`${id}-progress`} aria-labelledby={`${id}-run`} max={100} value={percent} aria-valuenow={percent} aria-valuemin={0} aria-valuemax={100} />
          <p role="status" aria-live="polite" className="bulk-status">
            {fill(text[phase.kind === 'finished' ? 'admin.import.finished' : phase.kind === 'stopped' ? 'admin.import.stopped' : 'admin.import.progress'], {
              processed: phase.processed,
              total: phase.products.length,
              created: phase.created.length,
              skipped: phase.skipped,
              failed: phase.failed.length,
            })}
          </p>
          {phase.kind === 'running' && (
            <button type="button" className="secondary" onClick={() => (stopRequested.current = true)}>
              {text['admin.import.stop']}
            </button>
          )}
          {phase.kind === 'stopped' && (
            <button type="button" onClick={() => run(phase, phase.skipped)}>
              {text['admin.import.resume']}
            </button>
          )}
          {phase.failed.length > 0 && (
            <>
              <h3>{fill(text['admin.import.failures'], { count: phase.failed.length })}</h3>
              <ul className="failures">
                {phase.failed.map((f) => (
                  <li key={f.handle}>
                    <strong>{f.handle}</strong>: {f.message}
                  </li>
                ))}
              </ul>
            </>
          )}
          {phase.created.length > 0 && (
            <>
              <h3>{fill(text['admin.import.createdTitle'], { count: phase.created.length })}</h3>
              <ul>
                {phase.created.map((c) => (
                  <li key={c.productId}>
                    <a href={`${productsBase}/${c.productId}`}>{c.title}</a>
                    {c.stockWarning && <span className="hint"> — {c.stockWarning}</span>}
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

/** What a file would do: counts, the products already imported, and every row error by line. */
function PreviewCard({ text, id, preview, onImport }: { text: Props['text']; id: string; preview: Preview; onImport: () => void }) {
  const variants = preview.products.reduce((n, p) => n + p.variants.length, 0);
  return (
    <section className="card" aria-labelledby={`${id}-preview`}>
      <h2 id={`${id}-preview`}>{text['admin.import.previewTitle']}</h2>
      <p>{fill(text['admin.import.previewSummary'], { products: preview.products.length, variants, rows: preview.rows })}</p>
      {preview.present.length > 0 && (
        <>
          <p>{fill(text['admin.import.alreadyImported'], { count: preview.present.length })}</p>
          <ul>
            {preview.present.map((p) => (
              <li key={p.handle}>
                {p.title} ({p.handle})
              </li>
            ))}
          </ul>
        </>
      )}
      {preview.errors.length > 0 && (
        <>
          <h3>{fill(text['admin.import.errorsTitle'], { count: preview.errors.length })}</h3>
          <p className="hint">{fill(text['admin.import.leftOut'], { count: preview.leftOut.length })}</p>
          <ul className="failures">
            {preview.errors.map((e, i) => (
              <li key={`${e.line}-${i}`}>{fill(text['admin.import.lineMessage'], { line: e.line, message: e.message })}</li>
            ))}
          </ul>
        </>
      )}
      {preview.products.length > 0 ? (
        <button type="button" onClick={onImport}>
          {fill(text['admin.import.start'], { count: preview.products.length })}
        </button>
      ) : (
        <p role="status">{preview.present.length > 0 ? text['admin.import.nothingNew'] : text['admin.import.nothingValid']}</p>
      )}
    </section>
  );
}
