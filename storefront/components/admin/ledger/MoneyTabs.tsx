import { sectionPath } from '../../../lib/admin/access';
import { mt } from '../../../lib/admin/mlas-messages';
import { ext } from '../../../lib/expenses/messages';
import { invt } from '../../../lib/invoices/messages';
import { Tabs } from '../Tabs';

export type MoneyTab = 'overview' | 'journal' | 'trialBalance' | 'payoutSettings' | 'invoices' | 'expenses';

/** The money section's pages for managers, linked from the money page (not the main navigation). */
export function MoneyTabs({ slug, current }: { slug: string; current: MoneyTab }) {
  const base = sectionPath(slug, 'money');
  const tabs = [
    { key: 'overview' as const, label: mt('money.overview'), href: base },
    { key: 'journal' as const, label: mt('journal.title'), href: `${base}/journal` },
    { key: 'trialBalance' as const, label: mt('trial.title'), href: `${base}/trial-balance` },
    { key: 'payoutSettings' as const, label: mt('payouts.title'), href: `${base}/payout-settings` },
    { key: 'invoices' as const, label: invt('invoices.title'), href: `${base}/invoices` },
    { key: 'expenses' as const, label: ext('title'), href: `${base}/expenses` },
  ];
  return <Tabs label={mt('money.tabs')} tabs={tabs} current={current} />;
}
