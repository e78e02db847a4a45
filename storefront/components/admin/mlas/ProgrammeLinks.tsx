import { mt } from '../../../lib/admin/mlas-messages';
import { t } from '../../../lib/messages';
import { Tabs } from '../Tabs';
import { commissionsPath } from './access';

export type ProgrammeTab = 'commissions' | 'agents' | 'models' | 'attribution' | 'profile';

/**
 * The commissions section's pages: managers the affiliate programme (agents, revenue models, attribution);
 * an agent its own profile. Linked from the commissions page, not the main navigation.
 */
export function ProgrammeTabs({ slug, manager, current }: { slug: string; manager: boolean; current: ProgrammeTab }) {
  const tab = (key: ProgrammeTab, label: string) => ({ key, label, href: commissionsPath(slug, key === 'commissions' ? '' : `/${key}`) });
  const tabs = manager
    ? [tab('commissions', t('admin.money.commissions.title')), tab('agents', mt('links.agents')), tab('models', mt('links.models')), tab('attribution', mt('links.attribution'))]
    : [tab('commissions', t('admin.money.commissions.title')), tab('profile', mt('links.profile'))];
  return <Tabs label={mt('links.label')} tabs={tabs} current={current} />;
}

/** The notice after an action redirected back (`?done=`), when the page knows it. */
export function DoneNotice({ text }: { text: string | null }) {
  return text ? (
    <p role="status" className="notice-ok">
      {text}
    </p>
  ) : null;
}
