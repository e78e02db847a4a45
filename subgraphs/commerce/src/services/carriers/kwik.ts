/**
 * Kwik Delivery (Lagos, decision 0086 amended), as its vendor API documents it
 * (https://apikwik.docs.apiary.io, live https://liveapikwik.docs.apiary.io; the endpoints and status codes
 * are the ones the kwik-node wrapper, github.com/stitchng/kwikng, calls): every call carries the vendor's
 * `access_token` from `POST /vendor_login {domain_name, email, password, api_login: 1}` and the
 * `domain_name`; a quote is `POST /send_payment_for_task` (answer `total_service_charge` in naira), a booking
 * `POST /create_task_via_vendor` (a pickup task and a delivery task joined by `unique_order_id`, our
 * tracking number), reading a booking `GET /view_task_by_relationship_id?unique_order_id=` (its tasks'
 * `job_id`, `job_type` 0 pickup / 1 delivery and `job_status`), cancelling `POST /cancel_vendor_task`
 * with `job_status: 9`. Answers carry `status` 200 on success (100 missing parameter, 101 bad token).
 *
 * Kwik's task callbacks are not signed (nothing in its documentation authenticates them), so a callback is
 * only a hint: we take the `unique_order_id` it names and read that booking's tasks back from Kwik with the
 * tenant's own token; the status we record is the one Kwik answers, never the one in the body. A forged
 * callback can therefore only make us ask Kwik about a booking of this tenant; one naming a booking Kwik
 * does not know for this vendor is refused. Kwik sends no event id, so the event is `<order id>:<status>`:
 * a callback repeating a step is a duplicate (ShipmentEvent's unique key), as with the sandbox.
 */
import { DomainError, ErrorCode } from '@webwaka/kit';
import { signatureInvalidCarrier } from './sandbox';
import type { CarrierAdapter, CarrierEvent, Destination, Recipient, ShipmentStatus } from './carrier';

/** A tenant's Kwik vendor account (sealed at rest with the carrier account) and where its API lives. */
export interface KwikConfig {
  domainName: string;
  email: string;
  password: string;
  /** Kwik's test server for a sandbox vendor account, or its live one (per tenant: Kwik gives each its own). */
  baseUrl: string;
  /** Where the rider collects the parcels: the shop's dispatch point. */
  pickup: { name: string; phone: string; address: string; latitude: number; longitude: number };
}

/** Kwik geocodes nothing: it prices and routes from the recipient's coordinates, name and phone. */
function recipientOf(destination: Destination): Recipient {
  const r = destination.recipient;
  if (!r || !r.name || !r.phone || !r.address || !Number.isFinite(r.latitude) || !Number.isFinite(r.longitude)) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Kwik needs the recipient’s name, phone, address and map position', ['destination']);
  }
  return r;
}

/** Kwik task statuses (its documented codes). */
export const KWIK_JOB_STATUS = { UPCOMING: 0, STARTED: 1, ENDED: 2, FAILED: 3, ARRIVED: 4, UNASSIGNED: 6, ACCEPTED: 7, DECLINE: 8, CANCEL: 9, DELETED: 10 } as const;
const PICKUP_JOB = 0;
const DELIVERY_JOB = 1;

interface KwikTask {
  job_id: number | string;
  job_type: number;
  job_status: number;
}

const carrierFailed = (why: string) => new DomainError(ErrorCode.SERVICE_UNAVAILABLE, `kwik: ${why}`);
/** Kwik answered, and said no (as opposed to being unreachable): on login, the credentials are wrong. */
const carrierRefused = (why: string) => Object.assign(carrierFailed(why), { refusedByKwik: true });

/**
 * One shipment's status from its two Kwik tasks: the delivery task decides once it has moved (started or
 * arrived = out for delivery, ended = delivered, failed, cancelled/deleted); before that a finished pickup
 * task means the rider has the parcel; anything else (unassigned, accepted, declined) is still pending.
 */
export function kwikShipmentStatus(tasks: KwikTask[]): ShipmentStatus {
  const delivery = tasks.find((t) => Number(t.job_type) === DELIVERY_JOB);
  const pickup = tasks.find((t) => Number(t.job_type) === PICKUP_JOB);
  const d = delivery ? Number(delivery.job_status) : -1;
  const p = pickup ? Number(pickup.job_status) : -1;
  if (d === KWIK_JOB_STATUS.ENDED) return 'DELIVERED';
  if (d === KWIK_JOB_STATUS.FAILED) return 'FAILED';
  if (d === KWIK_JOB_STATUS.CANCEL || d === KWIK_JOB_STATUS.DELETED || p === KWIK_JOB_STATUS.CANCEL || p === KWIK_JOB_STATUS.DELETED) return 'CANCELLED';
  if (d === KWIK_JOB_STATUS.STARTED || d === KWIK_JOB_STATUS.ARRIVED) return 'OUT_FOR_DELIVERY';
  if (p === KWIK_JOB_STATUS.ENDED) return 'PICKED_UP';
  return 'PENDING';
}

/** Kwik's timestamps are "YYYY-MM-DD HH:mm:ss" in the vendor's zone; we send and read West Africa Time. */
const watTime = (at: Date) => new Date(at.getTime() + 60 * 60_000).toISOString().slice(0, 19).replace('T', ' ');

export function kwikCarrier(config: KwikConfig, now: () => Date = () => new Date()): CarrierAdapter & { verifyLogin(): Promise<void> } {
  const base = config.baseUrl.replace(/\/+$/, '');
  let session: { accessToken: string; vendorId: number; userId: number } | null = null;

  async function call<T>(method: 'GET' | 'POST', path: string, body: Record<string, unknown> | null, query?: Record<string, string>): Promise<T> {
    const url = `${base}${path}${query ? `?${new URLSearchParams(query)}` : ''}`;
    let res: Response;
    try {
      res = await fetch(url, {
        method,
        headers: { accept: 'application/json', ...(body ? { 'content-type': 'application/json' } : {}) },
        body: body ? JSON.stringify(body) : undefined,
        signal: AbortSignal.timeout(Number(process.env.CARRIER_TIMEOUT_MS ?? 20_000)),
      });
    } catch (e) {
      throw carrierFailed(`unreachable (${(e as Error).message})`);
    }
    type Answer = { status?: number; message?: string; data?: T } | null;
    let answer: Answer;
    try {
      answer = (await res.json()) as Answer;
    } catch {
      throw carrierFailed(`answered ${res.status} with a body that is not JSON`);
    }
    if (!res.ok || !answer || Number(answer.status) !== 200 || answer.data === undefined) throw (answer && typeof answer.status === 'number' ? carrierRefused : carrierFailed)(answer?.message ?? `answered ${res.status}`);
    return answer.data;
  }

  async function login() {
    if (session) return session;
    const data = await call<{ access_token: string; vendor_details: { vendor_id: number; user_id: number } }>('POST', '/vendor_login', { domain_name: config.domainName, email: config.email, password: config.password, api_login: 1 });
    if (!data.access_token || !data.vendor_details) throw carrierFailed('login answered without a token');
    session = { accessToken: data.access_token, vendorId: Number(data.vendor_details.vendor_id), userId: Number(data.vendor_details.user_id) };
    return session;
  }

  /** A call with the vendor's token; a token Kwik no longer accepts is renewed once. */
  async function authed<T>(method: 'GET' | 'POST', path: string, body: Record<string, unknown> | null, query?: Record<string, string>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      const s = await login();
      const auth = { access_token: s.accessToken, domain_name: config.domainName };
      try {
        return await call<T>(method, path, body ? { ...auth, vendor_id: s.vendorId, user_id: s.userId, ...body } : null, query ? { ...auth, ...query } : undefined);
      } catch (e) {
        if (attempt > 0 || !/token/i.test((e as Error).message)) throw e;
        session = null;
      }
    }
  }

  const pickupLeg = (at: Date) => ({ ...config.pickup, time: watTime(at) });
  const deliveryLeg = (r: Recipient, at: Date) => ({ ...r, time: watTime(at), has_return_task: false, is_package_insured: 0 });
  const common = { is_multiple_tasks: 1, has_pickup: 1, has_delivery: 1, timezone: '+60', auto_assignment: 1, layout_type: 0, form_id: 2, payment_method: '131072' };

  async function tasksOf(uniqueOrderId: string): Promise<KwikTask[]> {
    const data = await authed<KwikTask[] | { tasks?: KwikTask[] }>('GET', '/view_task_by_relationship_id', null, { unique_order_id: uniqueOrderId });
    const tasks = Array.isArray(data) ? data : (data.tasks ?? []);
    if (!tasks.length) throw signatureInvalidCarrier('kwik knows no such booking for this vendor');
    return tasks;
  }

  async function quote(destination: Destination, currency: string) {
    if (currency !== 'NGN') throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Kwik delivers in Nigeria and quotes in naira', ['currency']);
    const r = recipientOf(destination);
    const at = now();
    const data = await authed<{ total_service_charge?: number | string; per_task_cost?: number | string }>('POST', '/send_payment_for_task', { ...common, custom_field_template: 'pricing-template', pickup_custom_field_template: 'pricing-template', pickups: [pickupLeg(at)], deliveries: [deliveryLeg(r, at)] });
    const naira = Number(data.total_service_charge ?? data.per_task_cost);
    if (!Number.isFinite(naira) || naira <= 0) throw carrierFailed('quote answered without a price');
    // Naira with kobo as a decimal: rounded to whole kobo once, here.
    return { amount: BigInt(Math.round(naira * 100)), currency: 'NGN', etaHours: 24 };
  }

  return {
    name: 'KWIK',
    /** Logs in once: INVALID_CREDENTIALS when Kwik refuses the e-mail, password or domain; SERVICE_UNAVAILABLE when it cannot be reached. */
    async verifyLogin() {
      session = null;
      try {
        await login();
      } catch (e) {
        if ((e as { refusedByKwik?: boolean }).refusedByKwik) throw new DomainError(ErrorCode.INVALID_CREDENTIALS, `Kwik refused this login (${(e as Error).message.replace(/^kwik: /, '')}): check the e-mail, password and domain name of your Kwik vendor account`, ['email']);
        throw e;
      }
    },
    quote: ({ destination, currency }) => quote(destination, currency),
    async bookPickup({ destination }) {
      const r = recipientOf(destination);
      const at = now();
      // Kwik books at the price it has just quoted for the same route (its create call requires it).
      const price = await quote(destination, 'NGN');
      const naira = Number(price.amount) / 100;
      const data = await authed<{ unique_order_id?: string }>('POST', '/create_task_via_vendor', {
        ...common,
        pickup_delivery_relationship: 0,
        fleet_id: '',
        team_id: '',
        insurance_amount: 0,
        total_no_of_tasks: 1,
        total_service_charge: naira,
        amount: String(naira),
        pickups: [pickupLeg(at)],
        deliveries: [deliveryLeg(r, at)],
      });
      if (typeof data.unique_order_id !== 'string' || !data.unique_order_id) throw carrierFailed('booking answered without an order id');
      return { trackingNumber: data.unique_order_id.slice(0, 100) };
    },
    async cancel(trackingNumber) {
      const tasks = await tasksOf(trackingNumber);
      await authed('POST', '/cancel_vendor_task', { job_id: tasks.map((t) => String(t.job_id)).join(','), job_status: KWIK_JOB_STATUS.CANCEL });
    },
    async verifyWebhook({ rawBody, now: at }): Promise<CarrierEvent> {
      let body: Record<string, unknown>;
      try {
        body = JSON.parse(rawBody.toString('utf8'));
      } catch {
        throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Carrier webhook body is not JSON');
      }
      const named = body.unique_order_id ?? (body.data as Record<string, unknown> | undefined)?.unique_order_id;
      if (typeof named !== 'string' || !/^[A-Za-z0-9_-]{1,100}$/.test(named)) throw signatureInvalidCarrier('callback names no Kwik order');
      // The body is not trusted: the status is what Kwik itself answers for this vendor's booking.
      const status = kwikShipmentStatus(await tasksOf(named));
      return { eventId: `kwik:${named}:${status}`, trackingNumber: named, status, at, note: null, location: null };
    },
  };
}
