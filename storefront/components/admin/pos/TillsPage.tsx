import type { AdminPosDeviceFieldsFragment } from '../../../gql/graphql';
import { formatDateTime, formatNumber } from '../../../lib/admin/format';
import { registerPosDeviceAction, renewPosPairingCodeAction, revokePosDeviceAction } from '../../../lib/admin/pos-actions';
import { plabel, posPath, pt } from '../../../lib/admin/pos-messages';
import { AdminPosDevicesQuery } from '../../../lib/admin/pos-operations';
import { adminQuery, requireViewer } from '../../../lib/admin/session';
import { t } from '../../../lib/messages';
import { ActionForm } from '../ActionForm';
import { DataTable } from '../DataTable';
import { one } from '../pages/params';
import { PosDoneNotice, PosHeader } from './PosTabs';

type Device = AdminPosDeviceFieldsFragment;

export const tillName = (d: { receiptPrefix: string; name: string }) => pt('tills.name', { prefix: d.receiptPrefix, name: d.name });

/**
 * The tills: each with its location, status, last contact, synced sales, backlog and open conflicts;
 * registering one shows its pairing code once (with where to enter it); a till not yet paired gets a new
 * code; any till can be revoked after a confirmation. Administrators only (pos's managers).
 */
export async function TillsPage({ slug, params }: { slug: string; params: Record<string, string | string[] | undefined> }) {
  await requireViewer(slug, posPath(slug), 'pos');
  const { posDevices, locations } = await adminQuery(slug, AdminPosDevicesQuery, {});
  const places = locations.edges.map((e) => e.node);
  const locationName = new Map(places.map((l) => [l.id, l.name]));
  const active = places.filter((l) => l.active);
  const manageable = posDevices.filter((d) => d.status !== 'REVOKED');
  return (
    <div>
      <PosHeader slug={slug} current="tills" title={pt('title')} />
      <p className="hint">{pt('intro')}</p>
      <PosDoneNotice done={one(params, 'done')} />
      <section aria-labelledby="tills-heading">
        <h2 id="tills-heading">{pt('tills.list')}</h2>
        {posDevices.length === 0 ? <p className="empty">{pt('tills.none')}</p> : <TillsTable slug={slug} devices={posDevices} locationName={locationName} />}
      </section>
      <section className="card" aria-labelledby="register-heading">
        <h2 id="register-heading">{pt('register.title')}</h2>
        {active.length === 0 ? (
          <p>{pt('register.noLocation')}</p>
        ) : (
          <ActionForm
            action={registerPosDeviceAction.bind(null, slug)}
            label={pt('register.title')}
            groups={[
              {
                fields: [
                  { name: 'name', label: pt('register.name'), hint: pt('register.nameHint'), required: true },
                  { name: 'locationId', label: pt('register.location'), hint: pt('register.locationHint'), type: 'select', required: true, options: active.map((l) => ({ value: l.id, label: l.name })) },
                ],
              },
            ]}
            submitLabel={pt('register.submit')}
            pendingLabel={t('admin.saving')}
          />
        )}
        <p className="hint">{pt('register.hint')}</p>
      </section>
      {manageable.length > 0 && (
        <section aria-labelledby="manage-heading">
          <h2 id="manage-heading">{pt('manage.title')}</h2>
          <ul className="pos-cards">
            {manageable.map((d) => (
              <ManageTill key={d.id} slug={slug} device={d} />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function TillsTable({ slug, devices, locationName }: { slug: string; devices: Device[]; locationName: Map<string, string> }) {
  return (
    <DataTable label={pt('tills.list')} testId="pos-tills">
      <thead>
        <tr>
          <th scope="col">{pt('tills.till')}</th>
          <th scope="col">{pt('tills.location')}</th>
          <th scope="col">{pt('tills.status')}</th>
          <th scope="col">{pt('tills.lastSeen')}</th>
          <th scope="col">{pt('tills.sales')}</th>
          <th scope="col">
            <abbr title={pt('tills.backlogHint')}>{pt('tills.backlog')}</abbr>
          </th>
          <th scope="col">{pt('tills.conflicts')}</th>
        </tr>
      </thead>
      <tbody>
        {devices.map((d) => (
          <tr key={d.id} data-till={d.receiptPrefix}>
            <th scope="row">{tillName(d)}</th>
            <td>{locationName.get(d.locationId) ?? pt('tills.unknownLocation')}</td>
            <td data-testid="till-status">{plabel('status', d.status)}</td>
            <td>{d.lastSeenAt ? formatDateTime(d.lastSeenAt) : pt('tills.never')}</td>
            <td className="pos-money">{formatNumber(d.salesCount)}</td>
            <td className="pos-money">{formatNumber(d.backlog)}</td>
            <td className="pos-money">{d.openConflicts > 0 ? <a href={posPath(slug, '/conflicts')}>{formatNumber(d.openConflicts)}</a> : formatNumber(d.openConflicts)}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

/** One till's card: a new pairing code while it waits to be paired; revoking it, confirmed with a tick. */
function ManageTill({ slug, device }: { slug: string; device: Device }) {
  const till = tillName(device);
  const id = `till-${device.id}`;
  const expires = device.pairingExpiresAt ? new Date(device.pairingExpiresAt) : null;
  return (
    <li className="card" aria-labelledby={id} data-testid="pos-manage-till" data-till={device.receiptPrefix}>
      <h3 id={id}>{till}</h3>
      <p>{plabel('status', device.status)}</p>
      {device.status === 'PENDING' && (
        <>
          <p className="hint">
            {pt('manage.pendingHint')} {expires && (expires.getTime() > Date.now() ? pt('manage.expires', { when: formatDateTime(device.pairingExpiresAt!) }) : pt('manage.expired'))}
          </p>
          <ActionForm action={renewPosPairingCodeAction.bind(null, slug, device.id)} label={pt('manage.renewFor', { till })} groups={[]} submitLabel={pt('manage.renew')} pendingLabel={t('admin.saving')} />
        </>
      )}
      <ActionForm
        action={revokePosDeviceAction.bind(null, slug, device.id)}
        label={pt('manage.revokeFor', { till })}
        groups={[
          {
            fields: [{ name: 'confirm', label: pt('manage.revokeConfirm'), type: 'checkboxes', options: [{ value: 'yes', label: pt('manage.revokeConfirmOption', { till }) }], hint: pt('manage.revokeConfirmHint') }],
          },
        ]}
        secondary
        submitLabel={pt('manage.revoke')}
        pendingLabel={t('admin.saving')}
      />
    </li>
  );
}
