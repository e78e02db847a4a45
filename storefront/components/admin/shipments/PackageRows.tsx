'use client';

import { useId, useState } from 'react';

export interface PackageRow {
  weightGrams: string;
  lengthMm: string;
  widthMm: string;
  heightMm: string;
}

interface Labels {
  legend: string;
  hint: string;
  /** "Package {n}" with {n} filled by the row. */
  packageN: string;
  add: string;
  /** "Remove package {n}". */
  remove: string;
  weight: string;
  length: string;
  width: string;
  height: string;
}

const FIELDS = ['weightGrams', 'lengthMm', 'widthMm', 'heightMm'] as const;
const label = (labels: Labels, f: (typeof FIELDS)[number]) => ({ weightGrams: labels.weight, lengthMm: labels.length, widthMm: labels.width, heightMm: labels.height })[f];

/**
 * The packages of a new shipment (decision 0093): one row per parcel with its weight and size, added and
 * removed on the phone (at most `max`, never fewer than one). Inputs are named `pkg-<n>-<field>`, numbered
 * from 0 in order, which the server action reads back; without JavaScript the first row still posts.
 */
export function PackageRows({ labels, initial, max }: { labels: Labels; initial: PackageRow; max: number }) {
  const id = useId();
  // Keys stay with their rows when one in the middle is removed (the inputs are controlled).
  const [rows, setRows] = useState<{ key: number; values: PackageRow }[]>([{ key: 0, values: initial }]);
  const [nextKey, setNextKey] = useState(1);
  const change = (key: number, field: keyof PackageRow, value: string) => setRows((rs) => rs.map((r) => (r.key === key ? { ...r, values: { ...r.values, [field]: value } } : r)));
  const add = () => {
    setRows((rs) => (rs.length >= max ? rs : [...rs, { key: nextKey, values: { ...(rs[rs.length - 1]?.values ?? initial) } }]));
    setNextKey((k) => k + 1);
  };
  const remove = (key: number) => setRows((rs) => (rs.length <= 1 ? rs : rs.filter((r) => r.key !== key)));
  return (
    <fieldset className="package-rows" data-testid="package-rows">
      <legend>{labels.legend}</legend>
      <p className="hint" id={`${id}-hint`}>
        {labels.hint}
      </p>
      {rows.map((row, index) => {
        const n = String(index + 1);
        return (
          <fieldset key={row.key} className="package-row" data-testid="package-row">
            <legend>{labels.packageN.replace('{n}', n)}</legend>
            <div className="package-fields">
              {FIELDS.map((f) => (
                <div className="field" key={f}>
                  <label htmlFor={`${id}-${row.key}-${f}`}>{label(labels, f)}</label>
                  <input
                    id={`${id}-${row.key}-${f}`}
                    name={`pkg-${index}-${f}`}
                    type="number"
                    inputMode="numeric"
                    min={1}
                    step={1}
                    required
                    value={row.values[f]}
                    onChange={(e) => change(row.key, f, e.target.value)}
                  />
                </div>
              ))}
            </div>
            {rows.length > 1 && (
              <button type="button" className="secondary" onClick={() => remove(row.key)}>
                {labels.remove.replace('{n}', n)}
              </button>
            )}
          </fieldset>
        );
      })}
      {rows.length < max && (
        <button type="button" className="secondary" onClick={add}>
          {labels.add}
        </button>
      )}
    </fieldset>
  );
}
