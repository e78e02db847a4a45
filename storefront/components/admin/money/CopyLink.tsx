'use client';

import { useId, useState } from 'react';

/** A link shown in a read-only field with a button that copies it (the field stays selectable without JavaScript). */
export function CopyLink({ value, label, copyLabel, copiedLabel }: { value: string; label: string; copyLabel: string; copiedLabel: string }) {
  const id = useId();
  const [copied, setCopied] = useState(false);
  async function copy() {
    await navigator.clipboard.writeText(value);
    setCopied(true);
  }
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="text" readOnly value={value} onFocus={(e) => e.currentTarget.select()} />
      <div className="form-actions">
        <button type="button" className="secondary" onClick={copy}>
          {copyLabel}
        </button>
        <span role="status">{copied ? copiedLabel : ''}</span>
      </div>
    </div>
  );
}
