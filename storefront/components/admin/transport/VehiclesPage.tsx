import { transportPath } from '../../../lib/admin/transport';
import { countByClass, VEHICLE_FORM_TEXT, type VehicleFormText } from '../../../lib/admin/seat-grid';
import { createVehicleAction } from '../../../lib/admin/transport-actions';
import { AdminVehiclesQuery } from '../../../lib/admin/transport-operations';
import { adminQuery, requireViewer } from '../../../lib/admin/session';
import { seatClassName, tt, type TransportMessageKey } from '../../../lib/transport/messages';
import { DataTable } from '../DataTable';
import { one } from '../pages/params';
import { DoneNotice, TransportTabs } from './TransportTabs';
import { VehicleForm } from './VehicleForm';

/** The operator's vehicles: registration, name and seats per class; a link to add one. */
export async function VehiclesPage({ slug, params }: { slug: string; params: Record<string, string | string[] | undefined> }) {
  const base = transportPath(slug, '/vehicles');
  await requireViewer(slug, base, 'transport');
  const { vehicles } = await adminQuery(slug, AdminVehiclesQuery, {});
  return (
    <div>
      <div className="page-head">
        <h1>{tt('admin.vehicles.title')}</h1>
        <a className="button" href={`${base}/new`}>
          {tt('admin.vehicles.new')}
        </a>
      </div>
      <TransportTabs slug={slug} current="vehicles" />
      <DoneNotice done={one(params, 'done')} />
      {vehicles.length === 0 ? (
        <p className="empty">{tt('admin.vehicles.none')}</p>
      ) : (
        <DataTable label={tt('admin.vehicles.title')} testId="transport-vehicles">
          <thead>
            <tr>
              <th scope="col">{tt('admin.vehicles.registration')}</th>
              <th scope="col">{tt('admin.vehicles.name')}</th>
              <th scope="col">{tt('admin.vehicles.seats')}</th>
            </tr>
          </thead>
          <tbody>
            {vehicles.map((v) => (
              <tr key={v.id} data-vehicle={v.registration}>
                <th scope="row">{v.registration}</th>
                <td>{v.name}</td>
                <td>
                  {v.seatCount} (
                  {Object.entries(countByClass(v.layout.seats))
                    .map(([c, n]) => `${seatClassName(c)} ${n}`)
                    .join(', ')}
                  )
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </div>
  );
}

/** A new vehicle with its seat layout drawn on the grid editor. */
export async function VehicleNewPage({ slug }: { slug: string }) {
  await requireViewer(slug, transportPath(slug, '/vehicles/new'), 'transport');
  const text = Object.fromEntries(VEHICLE_FORM_TEXT.map((k) => [k, tt(`admin.vehicleForm.${k}` as TransportMessageKey)])) as VehicleFormText;
  return (
    <div>
      <h1>{tt('admin.vehicles.newTitle')}</h1>
      <TransportTabs slug={slug} current="vehicles" />
      <p>
        <a href={transportPath(slug, '/vehicles')}>{tt('admin.vehicles.back')}</a>
      </p>
      <VehicleForm action={createVehicleAction.bind(null, slug)} text={text} />
    </div>
  );
}
