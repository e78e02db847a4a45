'use client';

/** Prints the page (the browser's own dialog; the print stylesheet lays it out on A4). */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => window.print()}>
      {label}
    </button>
  );
}
