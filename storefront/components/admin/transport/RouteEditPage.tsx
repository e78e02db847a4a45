import { notFound } from 'next/navigation';
import type { FieldSpec } from '../../../lib/admin/form-state';
import { koboToNairaInput } from '../../../lib/admin/format';
import { createRouteAction, setRouteFaresAction, updateRouteAction } from '../../../lib/admin/transport-actions';
import { AdminTransportNetworkQuery } from '../../../lib/admin/transport-operations';
import { routePath, seatClassesOf, transportPath } from '../../../lib/admin/transport';
import { adminQuery, requireViewer } from '../../../lib/admin/session';
import { t } from '../../../lib/messages';
import { seatClassName, tt } from '../../../lib/transport/messages';
import { ActionForm } from '../ActionForm';
import { one } from '../pages/params';
import { DoneNotice, TransportTabs } from './TransportTabs';

/**
 * A new route (`routeId` null) or an existing one: its code, its parks and its stops (one per line); an
 * existing route also has its usual fare per seat class (what a new trip on it is offered).
 */
export async function RouteEditPage({ slug, routeId, params }: { slug: string; routeId: string | null; params: Record<string, string | string[] | undefined> }) {
  const path = routeId ? routePath(slug, routeId) : transportPath(slug, '/routes/new');
  await requireViewer(slug, path, 'transport');
  const { parks, transportRoutes, vehicles } = await adminQuery(slug, AdminTransportNetworkQuery, {});
  const route = routeId ? transportRoutes.find((r) => r.id === routeId) : null;
  if (routeId && !route) notFound();
  const parkOptions = parks.map((p) => ({ value: p.id, label: `${p.name} (${p.city})` }));
  const fields: FieldSpec[] = [
    { name: 'code', label: tt('admin.routes.code'), required: true, defaultValue: route?.code, hint: tt('admin.routes.codeHint'), placeholder: 'LOS-ABV' },
    { name: 'originParkId', label: tt('admin.routes.from'), type: 'select', required: true, options: parkOptions, defaultValue: route?.origin.id ?? parks[0]?.id },
    { name: 'destinationParkId', label: tt('admin.routes.to'), type: 'select', required: true, options: parkOptions, defaultValue: route?.destination.id ?? parks[1]?.id },
    { name: 'stops', label: tt('admin.routes.stops'), type: 'textarea', defaultValue: route?.stops.join('\n'), hint: tt('admin.routes.stopsHint') },
  ];
  const heading = route ? tt('admin.routes.editTitle', { code: route.code }) : tt('admin.routes.newTitle');
  const currency = route?.fares[0]?.price.currency ?? 'NGN';
  const classes = seatClassesOf(vehicles, route?.fares.map((f) => f.seatClass));
  return (
    <div>
      <h1>{heading}</h1>
      <TransportTabs slug={slug} current="routes" />
      <p>
        <a href={transportPath(slug)}>{tt('admin.routes.back')}</a>
      </p>
      <DoneNotice done={one(params, 'done')} />
      {parks.length < 2 ? (
        <p className="empty">{tt('admin.routes.parksFirst')}</p>
      ) : (
        <ActionForm
          action={route ? updateRouteAction.bind(null, slug, route.id) : createRouteAction.bind(null, slug)}
          label={heading}
          groups={[{ fields }]}
          submitLabel={route ? tt('admin.routes.save') : tt('admin.routes.create')}
          pendingLabel={t('admin.saving')}
        />
      )}
      {route && (
        <section className="card" aria-labelledby="fares">
          <h2 id="fares">{tt('admin.fares.title')}</h2>
          <p>{tt('admin.fares.hint')}</p>
          <ActionForm
            action={setRouteFaresAction.bind(null, slug, route.id, currency, classes)}
            label={tt('admin.fares.title')}
            groups={[
              {
                fields: classes.map((c) => ({
                  name: `fare:${c}`,
                  label: tt('admin.fares.label', { seatClass: seatClassName(c), currency }),
                  inputMode: 'decimal' as const,
                  defaultValue: koboToNairaInput(route.fares.find((f) => f.seatClass === c)?.price.amount),
                  hint: tt('admin.fares.fieldHint'),
                })),
              },
            ]}
            submitLabel={tt('admin.fares.submit')}
            pendingLabel={t('admin.saving')}
          />
        </section>
      )}
    </div>
  );
}
