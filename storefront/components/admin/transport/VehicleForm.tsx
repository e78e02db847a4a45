'use client';

import { useId, useState } from 'react';
import type { FormState } from '../../../lib/admin/form-state';
import { countByClass, defaultGrid, labels, layoutOf, MAX_COLUMNS, MAX_ROWS, paint, resize, SEAT_CLASSES, type Cell, type Numbering, type SeatGrid, type VehicleFormText } from '../../../lib/admin/seat-grid';
import { useActionForm } from '../useActionForm';


const fill = (template: string, vars: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (whole, k: string) => (k in vars ? String(vars[k]) : whole));

/**
 * A new vehicle: registration, name and its seat layout, drawn on a grid. The operator sets rows and
 * columns, where the aisle runs and how seats are numbered, picks a tool (a standard seat, a premium seat, no
 * seat) and taps cells; labels follow from the grid. The layout goes to the server action as JSON in a
 * hidden field (the API checks it again). Every cell is a labelled button, so it works by keyboard and
 * screen reader as well as by touch.
 */
export function VehicleForm({ action, text }: { action: (previous: FormState, formData: FormData) => Promise<FormState>; text: VehicleFormText }) {
  const { state, formAction, pending, alertRef, onSubmit } = useActionForm(action);
  const [grid, setGrid] = useState<SeatGrid>(defaultGrid);
  const [tool, setTool] = useState<Cell>('PREMIUM');
  const id = useId();

  const names = labels(grid);
  const layout = layoutOf(grid);
  const counts = countByClass(layout.seats);
  const className = (c: string) => text[`class.${c}` as keyof VehicleFormText] ?? c;
  const summary = fill(text.summary, { count: layout.seats.length, classes: Object.entries(counts).map(([c, n]) => `${className(c)} ${n}`).join(', ') || '—' });
  const columnsTemplate = Array.from({ length: grid.columns }, (_, i) => (grid.aisleAfterColumn === i + 1 ? 'minmax(2.25rem, 3rem) 1.25rem' : 'minmax(2.25rem, 3rem)')).join(' ');

  const field = (name: 'registration' | 'name', hint: string) => {
    const error = state.fieldErrors[name];
    return (
      <div className="field">
        <label htmlFor={`${id}-${name}`}>{text[name]}</label>
        <input
          id={`${id}-${name}`}
          name={name}
          required
          autoComplete="off"
          defaultValue={state.values[name] ?? ''}
          aria-invalid={error ? true : undefined}
          aria-describedby={[error ? `${id}-${name}-error` : '', `${id}-${name}-hint`].filter(Boolean).join(' ')}
        />
        {error && (
          <p id={`${id}-${name}-error`} className="field-error">
            {error}
          </p>
        )}
        <p id={`${id}-${name}-hint`} className="hint">
          {hint}
        </p>
      </div>
    );
  };

  return (
    <form className="admin-form vehicle-form" action={formAction} onSubmit={onSubmit} aria-label={text.submit}>
      {state.status === 'error' && state.message && (
        <p ref={alertRef} tabIndex={-1} role="alert" className="alert">
          {state.message}
        </p>
      )}
      {field('registration', text.registrationHint)}
      {field('name', text.nameHint)}

      <fieldset>
        <legend>{text.grid}</legend>
        <div className="grid-settings">
          <div className="field">
            <label htmlFor={`${id}-rows`}>{text.rows}</label>
            <input id={`${id}-rows`} type="number" inputMode="numeric" min={1} max={MAX_ROWS} value={grid.rows} onChange={(e) => setGrid((g) => resize(g, Number(e.target.value) || 1, g.columns))} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-columns`}>{text.columns}</label>
            <input id={`${id}-columns`} type="number" inputMode="numeric" min={1} max={MAX_COLUMNS} value={grid.columns} onChange={(e) => setGrid((g) => resize(g, g.rows, Number(e.target.value) || 1))} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-aisle`}>{text.aisle}</label>
            <select id={`${id}-aisle`} value={grid.aisleAfterColumn ?? ''} onChange={(e) => setGrid((g) => ({ ...g, aisleAfterColumn: e.target.value ? Number(e.target.value) : null }))}>
              <option value="">{text.aisleNone}</option>
              {Array.from({ length: grid.columns - 1 }, (_, i) => (
                <option key={i + 1} value={i + 1}>
                  {fill(text.aisleAfter, { column: i + 1 })}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-numbering`}>{text.numbering}</label>
            <select id={`${id}-numbering`} value={grid.numbering} onChange={(e) => setGrid((g) => ({ ...g, numbering: e.target.value as Numbering }))}>
              <option value="letters">{text.numberingLetters}</option>
              <option value="numbers">{text.numberingNumbers}</option>
            </select>
          </div>
        </div>
      </fieldset>

      <fieldset className="seat-tools">
        <legend>{text.tool}</legend>
        {[...SEAT_CLASSES, null].map((c) => (
          <label key={c ?? 'none'} className="choice">
            <input type="radio" name="seat-tool" value={c ?? ''} checked={tool === c} onChange={() => setTool(c)} /> {c ? className(c) : text.toolNone}
          </label>
        ))}
      </fieldset>

      <div className="field">
        <p id={`${id}-layout-label`} className="label">
          {text.layout}
        </p>
        {state.fieldErrors.layout && (
          <p id={`${id}-layout-error`} className="field-error">
            {state.fieldErrors.layout}
          </p>
        )}
        <p id={`${id}-layout-hint`} className="hint">
          {text.layoutHint}
        </p>
        <div className="seat-grid-scroll">
          <div className="seat-grid" role="group" aria-labelledby={`${id}-layout-label`} aria-describedby={`${id}-layout-hint`} style={{ gridTemplateColumns: columnsTemplate }} data-testid="seat-grid">
            {grid.cells.flatMap((line, i) =>
              line.flatMap((cell, j) => {
                const row = i + 1;
                const column = j + 1;
                const label = names.get(`${row}:${column}`);
                const button = (
                  <button
                    key={`${row}:${column}`}
                    type="button"
                    className={`seat-cell seat-${cell ? cell.toLowerCase() : 'none'}`}
                    data-cell={`${row}:${column}`}
                    data-kind={cell ?? 'NONE'}
                    aria-label={cell && label ? fill(text.seat, { label, seatClass: className(cell) }) : fill(text.noSeat, { row, column })}
                    onClick={() => setGrid((g) => paint(g, row, column, tool))}
                  >
                    {label ?? ''}
                  </button>
                );
                return grid.aisleAfterColumn === column ? [button, <span key={`${row}:aisle`} className="seat-aisle" aria-hidden="true" />] : [button];
              }),
            )}
          </div>
        </div>
        <p className="hint" aria-live="polite" data-testid="seat-summary">
          {summary}
        </p>
      </div>
      <input type="hidden" name="layout" value={JSON.stringify(layout)} />
      <div className="form-actions">
        <button type="submit" disabled={pending} aria-busy={pending || undefined}>
          {pending ? text.pending : text.submit}
        </button>
      </div>
    </form>
  );
}
