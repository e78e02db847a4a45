import { DomainError, ErrorCode } from '@webwaka/protocol';

/**
 * A map position on an address (decision 0090): optional, both or neither, latitude -90..90 and longitude
 * -180..180, stored as numbers. Carriers that route by the map (Kwik) need it; a shopper fills it with
 * "Use my location". Shared by commerce (checkout, shipments) and identity (saved addresses).
 */
export function mapPosition(latitude: number | null | undefined, longitude: number | null | undefined, field: string[]): { latitude: number; longitude: number } | null {
  if (latitude == null && longitude == null) return null;
  const lat = typeof latitude === 'number' ? latitude : Number.NaN;
  const lng = typeof longitude === 'number' ? longitude : Number.NaN;
  if (!Number.isFinite(lat) || lat < -90 || lat > 90) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Latitude is a number from -90 to 90 (Lagos is about 6.5), given with the longitude', [...field.slice(0, -1), 'latitude']);
  if (!Number.isFinite(lng) || lng < -180 || lng > 180) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Longitude is a number from -180 to 180 (Lagos is about 3.4), given with the latitude', [...field.slice(0, -1), 'longitude']);
  return { latitude: lat, longitude: lng };
}
