import { adminQuery } from '../admin/session';
import { vendorStatementRows } from './csv';
import { AdminProfitAndLossQuery, AdminReportCurrenciesQuery, AdminVendorStatementQuery } from './operations';

/** The book's profit and loss of a period, one per currency of the book (as its PDF prints a table each, decision 0088), naira first. */
export async function profitAndLossInEachCurrency(slug: string, period: { from: string; to: string }) {
  const { ledgerReportCurrencies } = await adminQuery(slug, AdminReportCurrenciesQuery, {});
  return Promise.all(ledgerReportCurrencies.map((currency) => adminQuery(slug, AdminProfitAndLossQuery, { currency, ...period }).then((r) => r.profitAndLoss)));
}

/**
 * A vendor's statements of a period, one per currency the vendor has (the currencies its PDF prints a table
 * each, decision 0088), naira first; null when the ledger refuses (not the caller's vendor, no such vendor).
 */
export async function vendorStatementsInEachCurrency(slug: string, vendorId: string, period: { from: string; to: string }) {
  try {
    const { ledgerReportCurrencies } = await adminQuery(slug, AdminReportCurrenciesQuery, { vendorId });
    const found = await Promise.all(ledgerReportCurrencies.map((currency) => adminQuery(slug, AdminVendorStatementQuery, { vendorId, currency, ...period })));
    return found.map((f) => f.vendorStatement);
  } catch {
    return null;
  }
}

/** The same as CSV rows, a row per currency. */
export async function vendorStatementCsv(slug: string, vendorId: string, period: { from: string; to: string }): Promise<(string | number)[][] | null> {
  const statements = await vendorStatementsInEachCurrency(slug, vendorId, period);
  return statements ? vendorStatementRows(statements) : null;
}
