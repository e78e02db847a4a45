import type { Metadata } from 'next';
import type { StorefrontKind } from '../../lib/tenant';
import { getTransportViewer, getVerificationKey } from '../../lib/transport/data';
import { tt } from '../../lib/transport/messages';
import { pageContext } from '../pages/context';
import { TicketVerifier } from './TicketVerifier';
import './transport.css';

/**
 * The conductor's page: verifies ticket codes with the operator's public key (handed to the page now and
 * kept on the device, so it works offline afterwards) and records boarding for signed-in staff.
 */
export async function ConductorPage({ kind, slug }: { kind: StorefrontKind; slug: string }) {
  const ctx = await pageContext(kind, slug);
  const [key, viewer] = await Promise.all([getVerificationKey(slug), getTransportViewer(slug)]);
  const here = `${ctx.base}/trips/conductor`;
  return (
    <div className="transport">
      <h1>{tt('conductor.title')}</h1>
      <p className="hint">{tt('conductor.intro')}</p>
      {!viewer?.manager && (
        <p className="notice">
          {tt('conductor.boardingNeedsStaff')} <a href={`${ctx.base}/sign-in?next=${encodeURIComponent(here)}`}>{tt('conductor.signIn')}</a>
        </p>
      )}
      <TicketVerifier slug={ctx.tenant.slug} verificationKey={{ operatorId: key.operatorId, keyId: key.keyId, publicKey: key.publicKey }} canBoard={!!viewer?.manager} />
    </div>
  );
}

export const conductorMetadata: Metadata = { title: tt('conductor.title'), robots: { index: false, follow: false } };
