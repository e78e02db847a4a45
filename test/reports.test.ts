// The reports page's pure parts (storefront/lib/admin/reports.ts): the period from the query string in the
// tenant's zone, decimals from minor units, and CSV cells that a spreadsheet cannot run as formulas.
import { csv, csvCell, decimal, reportKind, reportKinds, reportPeriod, startOfDay, stockGrouping, today } from '../storefront/lib/admin/reports';
import { vendorStatementRows } from '../storefront/lib/expenses/csv';

describe('report periods', () => {
  it('a Lagos day starts at 23:00 UTC the day before (UTC+1, no summer time)', () => {
    expect(startOfDay('2026-03-01', 'Africa/Lagos').toISOString()).toBe('2026-02-28T23:00:00.000Z');
    expect(startOfDay('2026-03-01', 'UTC').toISOString()).toBe('2026-03-01T00:00:00.000Z');
    // A zone with summer time: New York's day starts at 05:00 UTC in winter, 04:00 in summer.
    expect(startOfDay('2026-01-15', 'America/New_York').toISOString()).toBe('2026-01-15T05:00:00.000Z');
    expect(startOfDay('2026-07-15', 'America/New_York').toISOString()).toBe('2026-07-15T04:00:00.000Z');
  });

  it('defaults to the last 30 days by day, ending today in the zone; the end day is included', () => {
    const now = new Date('2026-12-06T23:30:00Z'); // already 7 December in Lagos
    expect(today('Africa/Lagos', now)).toBe('2026-12-07');
    const p = reportPeriod({}, 'Africa/Lagos', now);
    expect(p).toEqual({ from: '2026-11-08', to: '2026-12-07', groupBy: 'DAY', fromInstant: '2026-11-07T23:00:00.000Z', toInstant: '2026-12-07T23:00:00.000Z' });
  });

  it('takes valid dates and groupings, ignores the rest, and never runs backwards', () => {
    expect(reportPeriod({ from: '2026-01-01', to: '2026-01-31', by: 'VENDOR' }, 'UTC')).toMatchObject({ from: '2026-01-01', to: '2026-01-31', groupBy: 'VENDOR', toInstant: '2026-02-01T00:00:00.000Z' });
    expect(reportPeriod({ from: 'yesterday', to: '2026-01-31', by: 'DROP TABLE' }, 'UTC')).toMatchObject({ from: '2026-01-02', groupBy: 'DAY' });
    expect(reportPeriod({ from: '2026-02-10', to: '2026-02-01' }, 'UTC')).toMatchObject({ from: '2026-02-01', to: '2026-02-01' });
  });
});

describe('report kinds', () => {
  it('offers stock where the tenant keeps stock and tickets where it runs trips; sales always, and by default', () => {
    expect(reportKinds(['dashboard', 'orders', 'inventory', 'reports'])).toEqual(['sales', 'stock']);
    expect(reportKinds(['dashboard', 'reports', 'transport'])).toEqual(['sales', 'tickets']);
    expect(reportKinds(['dashboard', 'inventory', 'commissions', 'money', 'reports', 'transport'])).toEqual(['sales', 'stock', 'tickets', 'commissions', 'payouts', 'vat', 'pnl', 'vendors']);
    expect(reportKind('tickets', ['sales', 'tickets'])).toBe('tickets');
    // A report the tenant does not have, or none asked for: the sales report (its first URLs had no ?report=).
    expect(reportKind('tickets', ['sales', 'stock'])).toBe('sales');
    expect(reportKind(undefined, ['sales', 'stock'])).toBe('sales');
    expect(stockGrouping('PRODUCT')).toBe('PRODUCT');
    expect(stockGrouping('DAY')).toBe('LOCATION');
  });
});

describe('CSV', () => {
  it('writes minor units as plain decimals', () => {
    expect(decimal('123456')).toBe('1234.56');
    expect(decimal('5')).toBe('0.05');
    expect(decimal('-250')).toBe('-2.50');
    expect(decimal('0')).toBe('0.00');
    expect(decimal('900719925474099312')).toBe('9007199254740993.12');
  });

  it('quotes commas, quotes and line breaks, and defuses formulas', () => {
    expect(csvCell('Ankara, blue')).toBe('"Ankara, blue"');
    expect(csvCell('6" heels')).toBe('"6"" heels"');
    expect(csvCell('=HYPERLINK("http://evil.example","x")')).toBe(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(csvCell('+2348030000000')).toBe("'+2348030000000");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-5)).toBe('-5');
    expect(csv([['a', 'b'], [1, 'x\ny']])).toBe('a,b\r\n1,"x\ny"\r\n');
  });
});

describe('vendor statement CSV (decision 0082)', () => {
  it('one header row and one row of decimals in major units per currency (decision 0088, amended)', () => {
    const statement = (currency: string, closing: string) => {
      const m = (amount: string) => ({ amount, currency });
      return { vendorId: 'v1', opening: m('2700000'), sales: m('2000000'), refunds: m('200000'), commission: m('180000'), payouts: m('2700000'), adjustments: m('5000'), closing: m(closing) };
    };
    const rows = vendorStatementRows([statement('NGN', '1625000'), statement('GHS', '8800')] as Parameters<typeof vendorStatementRows>[0]);
    expect(csv(rows)).toBe(
      'vendor,opening,sales,refunds,commission,payouts,adjustments,closing,currency\r\nv1,27000.00,20000.00,2000.00,1800.00,27000.00,50.00,16250.00,NGN\r\nv1,27000.00,20000.00,2000.00,1800.00,27000.00,50.00,88.00,GHS\r\n',
    );
  });
});
