import { formatMoney, lowest } from '../../lib/money';
import type { TripSummary } from '../../lib/transport/data';
import { formatDeparture } from '../../lib/transport/format';
import { seatClassName, tt } from '../../lib/transport/messages';

/** What a traveller compares trips by: when, from where to where, on what, for how much, how many seats. */
export function TripFacts({ trip }: { trip: TripSummary }) {
  const from = lowest(trip.fares.map((f) => f.price));
  return (
    <dl className="trip-facts">
      <dt>{tt('trip.departs')}</dt>
      <dd>
        <time dateTime={trip.departureAt}>{formatDeparture(trip.departureAt)}</time>
      </dd>
      <dt>{tt('trip.route')}</dt>
      <dd>
        {tt('trip.fromTo', { origin: `${trip.route.origin.name}, ${trip.route.origin.city}`, destination: `${trip.route.destination.name}, ${trip.route.destination.city}` })}
        {trip.route.stops.length > 0 && <span className="hint"> · {tt('trip.via', { stops: trip.route.stops.join(', ') })}</span>}
      </dd>
      <dt>{tt('trip.operator')}</dt>
      <dd>{trip.operator.name}</dd>
      <dt>{tt('trip.vehicle')}</dt>
      <dd>{trip.vehicle.name}</dd>
      <dt>{tt('trip.fares')}</dt>
      <dd>
        {trip.fares.length > 1 && from
          ? trip.fares.map((f) => `${seatClassName(f.seatClass)} ${formatMoney(f.price)}`).join(' · ')
          : from && formatMoney(from)}
      </dd>
      <dt>{tt('trip.seatsLeft')}</dt>
      <dd>{trip.availableSeats}</dd>
    </dl>
  );
}
