import { t } from '../../../lib/messages';
import { plabel, posPath, pt } from '../../../lib/admin/pos-messages';
import { Tabs } from '../Tabs';
import '../print.css';
import './pos.css';

type PosTab = 'tills' | 'cashiers' | 'sessions' | 'conflicts' | 'receipts';

/** The point-of-sale section's heading and the links between its pages; the current one marked. */
export function PosHeader({ slug, current, title }: { slug: string; current: PosTab; title: string }) {
  const tabs = [
    { key: 'tills', href: posPath(slug), label: pt('tabs.tills') },
    { key: 'cashiers', href: posPath(slug, '/cashiers'), label: pt('tabs.cashiers') },
    { key: 'sessions', href: posPath(slug, '/sessions'), label: pt('tabs.sessions') },
    { key: 'conflicts', href: posPath(slug, '/conflicts'), label: pt('tabs.conflicts') },
    { key: 'receipts', href: posPath(slug, '/receipts'), label: pt('tabs.receipts') },
  ] as const;
  return (
    <>
      <h1>{title}</h1>
      <div className="no-print">
        <Tabs label={t('admin.nav.pos')} tabs={tabs} current={current} />
      </div>
    </>
  );
}

const DONE = ['revoked', 'cashierAdded', 'cashierSaved', 'deactivated', 'reactivated', 'resolved', 'receipts'];

/** The "done" notice after a form redirected back (`?done=<what>`). */
export function PosDoneNotice({ done }: { done: string }) {
  if (!DONE.includes(done)) return null;
  return (
    <p role="status" className="notice-ok">
      {plabel('done', done)}
    </p>
  );
}
