import { getViewer } from '../../../lib/admin/session';
import { listingsPath, transportPath } from '../../../lib/admin/transport';
import { t } from '../../../lib/messages';
import { tt } from '../../../lib/transport/messages';
import { Tabs } from '../Tabs';
import '../print.css';
import './transport.css';

/**
 * Links between the transport pages (routes and parks, vehicles, trips, and for administrators park
 * listings); the current one marked.
 */
export async function TransportTabs({ slug, current }: { slug: string; current: 'routes' | 'vehicles' | 'trips' | 'listings' }) {
  const viewer = await getViewer(slug);
  const admin = !!viewer && viewer !== 'expired' && viewer.access.admin;
  const tabs = [
    { key: 'routes', href: transportPath(slug), label: tt('admin.tabs.routes') },
    { key: 'vehicles', href: transportPath(slug, '/vehicles'), label: tt('admin.tabs.vehicles') },
    { key: 'trips', href: transportPath(slug, '/trips'), label: tt('admin.tabs.trips') },
    ...(admin ? [{ key: 'listings', href: listingsPath(slug), label: tt('admin.tabs.listings') } as const] : []),
  ] as const;
  return <Tabs label={t('admin.nav.transport')} tabs={tabs} current={current} />;
}

/** The "done" notice after a form redirected back (`?done=<what>`). */
export function DoneNotice({ done, vars }: { done: string; vars?: Record<string, string> }) {
  const key = `admin.done.${done}`;
  if (!done || !['park', 'created', 'saved', 'fares', 'vehicle', 'trip', 'recurring'].includes(done)) return null;
  return (
    <p role="status" className="notice-ok">
      {tt(key as Parameters<typeof tt>[0], vars)}
    </p>
  );
}
