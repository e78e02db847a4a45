import 'server-only';
import { gatewayUrl } from '../config';
import { gatewayPublicOrigin } from '../shop/payment-url';

/**
 * The gateway's graphql-ws URL as the browser must reach it: GATEWAY_PUBLIC_WS_URL when set (in production
 * the storefront usually reaches the gateway on an internal address the browser cannot), else the gateway's
 * public origin (PUBLIC_GATEWAY_URL, else GATEWAY_URL's) with its scheme turned into ws(s).
 */
export function publicWsUrl(): string {
  const configured = process.env.GATEWAY_PUBLIC_WS_URL?.trim();
  if (configured) return configured;
  const url = new URL(new URL(gatewayUrl()).pathname, gatewayPublicOrigin());
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}

/** How often the seat map polls when its socket is down, and how often a viewer sends a heartbeat. */
export const SEAT_MAP_POLL_MS = Number(process.env.TRANSPORT_SEAT_POLL_MS) > 0 ? Number(process.env.TRANSPORT_SEAT_POLL_MS) : 3_000;
export const PRESENCE_HEARTBEAT_MS = 10_000;
