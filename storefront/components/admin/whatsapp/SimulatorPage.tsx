import { redirect } from 'next/navigation';
import { t } from '../../../lib/messages';
import { adminQuery, requireViewer } from '../../../lib/admin/session';
import { connectSimulatorAction } from '../../../lib/admin/whatsapp-actions';
import { whatsappPath, wt } from '../../../lib/admin/whatsapp-messages';
import { AdminConversationsQuery, AdminWhatsappConnectionQuery } from '../../../lib/admin/whatsapp-operations';
import { simulatorPhoneNumberId } from '../../../lib/admin/whatsapp-simulator';
import { ActionForm } from '../ActionForm';
import { SimulatorPhone } from './SimulatorPhone';
import './whatsapp.css';

/**
 * The WhatsApp simulator (decision 0075): a phone that writes to the shop as a customer would. Only where
 * the API allows it (the message sandbox is on, never in production); an administrator connects it as the
 * shop's number first.
 */
export async function SimulatorPage({ slug }: { slug: string }) {
  const path = whatsappPath(slug, '/simulator');
  const viewer = await requireViewer(slug, path, 'orders');
  if (!viewer.access.manager) redirect(whatsappPath(slug));
  const { whatsappSimulatorAvailable } = await adminQuery(slug, AdminConversationsQuery, { handler: 'STAFF' });
  if (!whatsappSimulatorAvailable) {
    return (
      <div>
        <h1>{wt('simulator.title')}</h1>
        <p className="hint">{wt('simulator.off')}</p>
      </div>
    );
  }
  const connection = viewer.access.admin ? (await adminQuery(slug, AdminWhatsappConnectionQuery, {})).whatsappConnection : null;
  const connected = connection?.phoneNumberId === simulatorPhoneNumberId(slug);
  return (
    <div>
      <p>
        <a href={whatsappPath(slug)}>{wt('inbox.title')}</a>
      </p>
      <h1>{wt('simulator.title')}</h1>
      <p className="hint">{wt('simulator.intro')}</p>
      {viewer.access.admin &&
        (connected ? (
          <p role="status" data-testid="simulator-connected">
            {wt('simulator.connected', { number: connection!.displayPhoneNumber })}
          </p>
        ) : (
          <>
            <p className="hint">{wt('simulator.notConnected')}</p>
            <ActionForm action={connectSimulatorAction.bind(null, slug)} groups={[]} submitLabel={wt('simulator.connect')} pendingLabel={t('admin.saving')} />
          </>
        ))}
      <SimulatorPhone slug={slug} />
    </div>
  );
}
