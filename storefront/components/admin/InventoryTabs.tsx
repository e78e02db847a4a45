import { sectionPath } from '../../lib/admin/access';
import { getViewer } from '../../lib/admin/session';
import { t } from '../../lib/messages';
import { st } from '../../lib/settings/messages';
import { Tabs } from './Tabs';

type InventoryTab = 'levels' | 'movements' | 'alerts' | 'reorder' | 'locations' | 'channels';

/**
 * Links between the inventory pages; the current one marked. Locations and channels are managers' work
 * (their pages refuse vendors), so only managers are offered them; the viewer is the request's (cached).
 */
export async function InventoryTabs({ slug, current }: { slug: string; current: InventoryTab }) {
  const base = sectionPath(slug, 'inventory');
  const viewer = await getViewer(slug);
  const manager = typeof viewer === 'object' && !!viewer?.access.manager;
  const tabs: { key: InventoryTab; href: string; label: string }[] = [
    { key: 'levels', href: base, label: t('admin.inventory.levels') },
    { key: 'movements', href: `${base}/movements`, label: t('admin.inventory.movements') },
    { key: 'alerts', href: `${base}/alerts`, label: t('admin.inventory.alerts') },
    { key: 'reorder', href: `${base}/reorder`, label: st('reorder.title') },
    ...(manager
      ? [
          { key: 'locations' as const, href: `${base}/locations`, label: st('locations.title') },
          { key: 'channels' as const, href: `${base}/channels`, label: st('channels.title') },
        ]
      : []),
  ];
  return <Tabs label={t('admin.nav.inventory')} tabs={tabs} current={current} />;
}
