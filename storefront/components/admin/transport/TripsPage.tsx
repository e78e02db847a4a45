import type { FieldSpec } from '../../../lib/admin/form-state';
import { formatDateTime } from '../../../lib/admin/format';
import { scheduleRecurringTripsAction, scheduleTripAction } from '../../../lib/admin/transport-actions';
import { AdminTransportNetworkQuery, AdminUpcomingTripsQuery } from '../../../lib/admin/transport-operations';
import { seatClassesOf, transportPath } from '../../../lib/admin/transport';
import { adminQuery, requireViewer } from '../../../lib/admin/session';
import { t } from '../../../lib/messages';
import { formatMoney } from '../../../lib/money';
import { seatClassName, tt } from '../../../lib/transport/messages';
import { ActionForm } from '../ActionForm';
import { DataTable } from '../DataTable';
import { one } from '../pages/params';
import { DoneNotice, TransportTabs } from './TransportTabs';

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** Tomorrow in Lagos, YYYY-MM-DD: the form's first suggestion. */
const tomorrowInLagos = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Africa/Lagos', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Date.now() + 24 * 3600_000));

/**
 * Trips one by one: a form to schedule a departure (route, vehicle, day and time in Lagos, a fare per seat
 * class, blank for the route's usual fare), one to schedule a recurring departure (a trip on chosen weekdays
 * between two days), and the operator's upcoming departures, each with its seats
 * left and a link to its manifest.
 */
export async function TripsPage({ slug, params }: { slug: string; params: Record<string, string | string[] | undefined> }) {
  const base = transportPath(slug, '/trips');
  const viewer = await requireViewer(slug, base, 'transport');
  const [{ transportRoutes, vehicles }, { upcomingTrips }] = await Promise.all([adminQuery(slug, AdminTransportNetworkQuery, {}), adminQuery(slug, AdminUpcomingTripsQuery, {})]);
  // At a motor park the list also holds the operators it lists: the back office shows the tenant's own.
  const trips = upcomingTrips.filter((trip) => trip.operatorId === viewer.tenant.id);
  const which: FieldSpec[] = [
    { name: 'routeId', label: tt('admin.trips.route'), type: 'select', required: true, options: transportRoutes.map((r) => ({ value: r.id, label: `${r.code}: ${r.origin.name} → ${r.destination.name}` })) },
    { name: 'vehicleId', label: tt('admin.trips.vehicle'), type: 'select', required: true, options: vehicles.map((v) => ({ value: v.id, label: `${v.registration} (${v.layout.seats.length})` })) },
  ];
  const time: FieldSpec = { name: 'time', label: tt('admin.trips.time'), type: 'time', required: true, defaultValue: '07:00', hint: tt('admin.trips.timeHint') };
  const fares: FieldSpec[] = seatClassesOf(vehicles).map((c) => ({ name: `fare:${c}`, label: tt('admin.fares.label', { seatClass: seatClassName(c), currency: 'NGN' }), inputMode: 'decimal' as const, hint: tt('admin.trips.fareHint') }));
  const fields: FieldSpec[] = [...which, { name: 'date', label: tt('admin.trips.date'), type: 'date', required: true, defaultValue: tomorrowInLagos() }, time, ...fares];
  const weekdays = WEEKDAYS.map((day, i) => ({ value: String(i + 1), label: tt(`admin.recurring.day.${day}`) }));
  const recurringFields: FieldSpec[] = [
    ...which,
    time,
    { name: 'firstDay', label: tt('admin.recurring.firstDay'), type: 'date', required: true, defaultValue: tomorrowInLagos() },
    { name: 'lastDay', label: tt('admin.recurring.lastDay'), type: 'date', required: true, hint: tt('admin.recurring.lastDayHint') },
    { name: 'weekdays', label: tt('admin.recurring.weekdays'), type: 'checkboxes', options: weekdays, defaultValues: weekdays.map((w) => w.value) },
    ...fares,
  ];
  return (
    <div>
      <h1>{tt('admin.trips.title')}</h1>
      <TransportTabs slug={slug} current="trips" />
      <DoneNotice done={one(params, 'done')} vars={{ count: one(params, 'count'), skipped: one(params, 'skipped') }} />
      <section className="card" aria-labelledby="schedule">
        <h2 id="schedule">{tt('admin.trips.schedule')}</h2>
        {transportRoutes.length === 0 || vehicles.length === 0 ? (
          <p className="empty">{tt('admin.trips.needs')}</p>
        ) : (
          <ActionForm action={scheduleTripAction.bind(null, slug)} label={tt('admin.trips.schedule')} groups={[{ fields }]} submitLabel={tt('admin.trips.submit')} pendingLabel={t('admin.saving')} />
        )}
      </section>
      {transportRoutes.length > 0 && vehicles.length > 0 && (
        <section className="card" aria-labelledby="recurring">
          <h2 id="recurring">{tt('admin.recurring.title')}</h2>
          <p>{tt('admin.recurring.hint')}</p>
          <ActionForm
            action={scheduleRecurringTripsAction.bind(null, slug)}
            label={tt('admin.recurring.title')}
            groups={[{ fields: recurringFields }]}
            submitLabel={tt('admin.recurring.submit')}
            pendingLabel={t('admin.saving')}
          />
        </section>
      )}
      <h2>{tt('admin.trips.upcoming')}</h2>
      {trips.length === 0 ? (
        <p className="empty">{tt('admin.trips.none')}</p>
      ) : (
        <DataTable label={tt('admin.trips.upcoming')} testId="transport-trips">
          <thead>
            <tr>
              <th scope="col">{tt('admin.trips.departure')}</th>
              <th scope="col">{tt('admin.trips.route')}</th>
              <th scope="col">{tt('admin.trips.vehicle')}</th>
              <th scope="col">{tt('admin.trips.seatsLeft')}</th>
              <th scope="col">{tt('admin.routes.fares')}</th>
            </tr>
          </thead>
          <tbody>
            {trips.map((trip) => (
              <tr key={trip.id} data-trip={trip.id}>
                <th scope="row">
                  <a href={`${base}/${trip.id}`} aria-label={tt('admin.trips.manifestOf', { route: trip.route.code, when: formatDateTime(trip.departureAt) })}>
                    {formatDateTime(trip.departureAt)}
                  </a>
                </th>
                <td>
                  {trip.route.code}: {trip.route.origin.name} → {trip.route.destination.name}
                </td>
                <td>{trip.vehicle.registration}</td>
                <td>
                  {trip.availableSeats} / {trip.vehicle.seatCount}
                </td>
                <td>{trip.fares.map((f) => `${seatClassName(f.seatClass)} ${formatMoney(f.price)}`).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </div>
  );
}
