import { sectionPath } from '../../lib/admin/access';
import { t } from '../../lib/messages';
import { Tabs } from './Tabs';

/** Links between the inventory pages; the current one marked. */
export function InventoryTabs({ slug, current }: { slug: string; current: 'levels' | 'movements' | 'alerts' }) {
  const base = sectionPath(slug, 'inventory');
  const tabs = [
    { key: 'levels', href: base, label: t('admin.inventory.levels') },
    { key: 'movements', href: `${base}/movements`, label: t('admin.inventory.movements') },
    { key: 'alerts', href: `${base}/alerts`, label: t('admin.inventory.alerts') },
  ] as const;
  return <Tabs label={t('admin.nav.inventory')} tabs={tabs} current={current} />;
}
