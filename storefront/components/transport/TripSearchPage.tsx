import type { Metadata } from 'next';
import { GatewayGraphQLErrors } from '../../lib/gateway';
import type { StorefrontKind } from '../../lib/tenant';
import { routeCities, searchTrips, upcomingTrips, type TripSummary } from '../../lib/transport/data';
import { lagosToday } from '../../lib/transport/format';
import { tt } from '../../lib/transport/messages';
import { pageContext } from '../pages/context';
import { TripFacts } from './TripCard';
import './transport.css';

type SearchParams = Record<string, string | string[] | undefined>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function param(params: SearchParams, name: string): string {
  const value = params[name];
  return (Array.isArray(value) ? value[0] : value)?.trim().slice(0, 100) ?? '';
}

/**
 * Trip search: a plain GET form (origin, destination, date; works without JavaScript) and the trips the
 * gateway finds, earliest first, each linking to its seat map.
 */
export async function TripSearchPage({ kind, slug, searchParams }: { kind: StorefrontKind; slug: string; searchParams: SearchParams }) {
  const ctx = await pageContext(kind, slug);
  const origin = param(searchParams, 'from');
  const destination = param(searchParams, 'to');
  const date = param(searchParams, 'date') || lagosToday();
  const asked = origin !== '' && destination !== '';
  const validDate = DATE.test(date);
  const [cities, found, upcoming] = await Promise.all([
    routeCities(slug),
    asked && validDate
      ? searchTrips(slug, origin, destination, date).catch((error: unknown): TripSummary[] | 'bad' => {
          if (error instanceof GatewayGraphQLErrors && error.errors.some((e) => e.extensions?.code === 'BAD_USER_INPUT')) return 'bad';
          throw error;
        })
      : Promise.resolve(null),
    // Before a search, the next departures: a traveller at the park sees what leaves soon without typing.
    asked ? Promise.resolve(null) : upcomingTrips(slug),
  ]);

  return (
    <div className="transport">
      <h1>{tt('search.title')}</h1>
      <form className="card trip-search" role="search" action={`${ctx.base}/trips`} method="get" aria-label={tt('search.title')}>
        <div className="field">
          <label htmlFor="trip-from">{tt('search.from')}</label>
          <input id="trip-from" name="from" list="trip-origins" defaultValue={origin} required autoComplete="off" />
          <datalist id="trip-origins">
            {cities.origins.map((c) => (
              <option key={c} value={c} />
            ))}
          </datalist>
        </div>
        <div className="field">
          <label htmlFor="trip-to">{tt('search.to')}</label>
          <input id="trip-to" name="to" list="trip-destinations" defaultValue={destination} required autoComplete="off" />
          <datalist id="trip-destinations">
            {cities.destinations.map((c) => (
              <option key={c} value={c} />
            ))}
          </datalist>
        </div>
        <div className="field">
          <label htmlFor="trip-date">{tt('search.date')}</label>
          <input id="trip-date" name="date" type="date" defaultValue={validDate ? date : lagosToday()} required />
        </div>
        <button type="submit" className="button button-primary">
          {tt('search.submit')}
        </button>
      </form>

      {asked && (!validDate || found === 'bad') && (
        <p className="form-error" role="alert">
          {tt('search.invalid')}
        </p>
      )}
      {Array.isArray(found) && (
        <section aria-labelledby="trip-results">
          <h2 id="trip-results">{found.length === 1 ? tt('search.countOne') : tt('search.count', { count: found.length })}</h2>
          {found.length === 0 ? (
            <p className="empty">{tt('search.none')}</p>
          ) : (
            <TripList trips={found} base={ctx.base} />
          )}
        </section>
      )}
      {upcoming && (
        <section aria-labelledby="trip-upcoming">
          <h2 id="trip-upcoming">{tt('search.upcoming')}</h2>
          {upcoming.length === 0 ? <p className="empty">{tt('search.upcomingNone')}</p> : <TripList trips={upcoming} base={ctx.base} />}
        </section>
      )}
    </div>
  );
}

function TripList({ trips, base }: { trips: TripSummary[]; base: string }) {
  return (
    <ul className="trip-list">
      {trips.map((trip) => (
        <li key={trip.id} className="card trip-card">
          <h3>
            <a href={`${base}/trips/${trip.id}`}>{tt('search.tripLink', { code: trip.route.code, origin: trip.route.origin.city, destination: trip.route.destination.city })}</a>
          </h3>
          <TripFacts trip={trip} />
        </li>
      ))}
    </ul>
  );
}

export const tripSearchMetadata: Metadata = { title: tt('search.title'), robots: { index: false, follow: true } };
