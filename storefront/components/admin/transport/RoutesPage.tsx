import { createParkAction } from '../../../lib/admin/transport-actions';
import { AdminTransportNetworkQuery } from '../../../lib/admin/transport-operations';
import { routePath, transportPath } from '../../../lib/admin/transport';
import { adminQuery, requireViewer } from '../../../lib/admin/session';
import { formatMoney } from '../../../lib/money';
import { seatClassName, tt } from '../../../lib/transport/messages';
import { ActionForm } from '../ActionForm';
import { DataTable } from '../DataTable';
import { t } from '../../../lib/messages';
import { one } from '../pages/params';
import { DoneNotice, TransportTabs } from './TransportTabs';

/**
 * The operator's routes (code, parks, stops, usual fares), each linking to its edit page, and its parks with
 * a form to add one: a route runs from one park to another, so a new operator adds parks first.
 */
export async function RoutesPage({ slug, params }: { slug: string; params: Record<string, string | string[] | undefined> }) {
  const base = transportPath(slug);
  await requireViewer(slug, base, 'transport');
  const { parks, transportRoutes } = await adminQuery(slug, AdminTransportNetworkQuery, {});
  return (
    <div>
      <div className="page-head">
        <h1>{tt('admin.routes.title')}</h1>
        {parks.length >= 2 && (
          <a className="button" href={`${base}/routes/new`}>
            {tt('admin.routes.new')}
          </a>
        )}
      </div>
      <TransportTabs slug={slug} current="routes" />
      <DoneNotice done={one(params, 'done')} />
      {transportRoutes.length === 0 ? (
        <p className="empty">{parks.length >= 2 ? tt('admin.routes.none') : tt('admin.routes.parksFirst')}</p>
      ) : (
        <DataTable label={tt('admin.routes.title')} testId="transport-routes">
          <thead>
            <tr>
              <th scope="col">{tt('admin.routes.code')}</th>
              <th scope="col">{tt('admin.routes.from')}</th>
              <th scope="col">{tt('admin.routes.to')}</th>
              <th scope="col">{tt('admin.routes.stops')}</th>
              <th scope="col">{tt('admin.routes.fares')}</th>
            </tr>
          </thead>
          <tbody>
            {transportRoutes.map((r) => (
              <tr key={r.id} data-route={r.code}>
                <th scope="row">
                  <a href={routePath(slug, r.id)} aria-label={tt('admin.routes.edit', { code: r.code })}>
                    {r.code}
                  </a>
                </th>
                <td>{r.origin.name}</td>
                <td>{r.destination.name}</td>
                <td>{r.stops.length ? r.stops.join(' → ') : tt('admin.routes.direct')}</td>
                <td>
                  {r.fares.length ? (
                    <ul className="fare-list">
                      {r.fares.map((f) => (
                        <li key={f.seatClass}>
                          {seatClassName(f.seatClass)}: {formatMoney(f.price)}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    tt('admin.routes.noFares')
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}

      <section className="card" aria-labelledby="parks" id="parks">
        <h2 id="parks">{tt('admin.parks.title')}</h2>
        <p>{tt('admin.parks.hint')}</p>
        {parks.length === 0 ? (
          <p className="empty">{tt('admin.parks.none')}</p>
        ) : (
          <ul className="plain-list" data-testid="transport-parks">
            {parks.map((p) => (
              <li key={p.id}>
                <strong>{p.name}</strong>, {p.city}
                {p.state ? `, ${p.state}` : ''}
              </li>
            ))}
          </ul>
        )}
        <ActionForm
          action={createParkAction.bind(null, slug)}
          label={tt('admin.parks.add')}
          groups={[
            {
              legend: tt('admin.parks.add'),
              fields: [
                { name: 'name', label: tt('admin.parks.name'), required: true, hint: tt('admin.parks.nameHint') },
                { name: 'city', label: tt('admin.parks.city'), required: true },
                { name: 'state', label: tt('admin.parks.state') },
              ],
            },
          ]}
          submitLabel={tt('admin.parks.submit')}
          pendingLabel={t('admin.saving')}
        />
      </section>
    </div>
  );
}
