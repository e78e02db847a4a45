/** The sandbox payment provider's page, served by the gateway: what a shopper does there. */
import type { TestStack } from './stack';

/** The shopper presses Pay or Decline on the sandbox page; returns the HTTP status. */
export async function decideOnSandboxPage(s: TestStack, authorizationUrl: string, decision: 'pay' | 'decline'): Promise<number> {
  const base = s.gatewayUrl.replace(/\/graphql$/, '');
  const url = authorizationUrl.startsWith('http') ? authorizationUrl : `${base}${authorizationUrl}`;
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `decision=${decision}`, redirect: 'manual' });
  await res.text();
  return res.status;
}
