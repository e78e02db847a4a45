import type { ReactNode } from 'react';

/**
 * A back-office table: in a region that scrolls sideways on narrow screens (focusable, so it scrolls from
 * the keyboard too), named by its label, which is also the table's caption for screen readers.
 */
export function DataTable({ label, testId, children }: { label: string; testId?: string; children: ReactNode }) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={label}>
      <table className="data-table" data-testid={testId}>
        <caption className="visually-hidden">{label}</caption>
        {children}
      </table>
    </div>
  );
}
