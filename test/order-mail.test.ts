/**
 * Issue 15's "a shopper gets an e-mail and an SMS for an order in the embedded default", end to end: a
 * guest checks out with a phone and pays on the sandbox page; commerce asks notifications in the PAID
 * transaction; notifications sends over real SMTP to the local mail sink and over HTTP to the Termii
 * sandbox. What arrives names the shop, the order and its total, and links to the order page.
 */
import { startStack, type TestStack } from './support/stack';
import { checkout, checkoutInput, decideOnSandboxPage, guestCart, makeProduct, payload, tenantId, waitFor } from '../subgraphs/commerce/test/support';

let s: TestStack;

beforeAll(async () => {
  s = await startStack({ demoProducts: 5 });
}, 180_000);
afterAll(() => s?.stop());

test('a paid order reaches the shopper by e-mail (SMTP) and by SMS (Termii sandbox)', async () => {
  const shop = await tenantId(s.stack.prisma, 'ade-fashion');
  const product = await makeProduct(s.stack.prisma, shop, { price: 1_075_000n, stock: 5 });
  const token = await guestCart(s, 'ade-fashion', [{ variantId: product.variantId, quantity: 2 }]);
  const placed = payload(await checkout(s, 'ade-fashion', checkoutInput(token, { email: 'Bisi@Example.ng', phone: '+234 802 555 0101' })), 'checkout');
  await decideOnSandboxPage(s, placed.payment.authorizationUrl, 'pay');
  const number = placed.order.number as string;

  const received = (await waitFor(async () => {
    const rows = await s.stack.prisma.sandboxMessage.findMany({ where: { to: { in: ['bisi@example.ng', '+2348025550101'] } }, orderBy: { channel: 'asc' } });
    return rows.length === 2 ? rows : null;
  }, 30_000))!;
  const [mail, sms] = received;
  expect(mail).toMatchObject({ channel: 'EMAIL', provider: 'smtp', to: 'bisi@example.ng', subject: `Your order ${number} is confirmed` });
  expect(mail!.text).toContain('Ade Fashion House');
  expect(mail!.text).toContain(`/s/ade-fashion/orders/${placed.order.id}`);
  expect(mail!.html).toContain('<a href=');
  expect(sms).toMatchObject({ channel: 'SMS', provider: 'termii', to: '+2348025550101' });
  expect(sms!.text).toContain(number);
  expect(sms!.text).toMatch(/₦\d/);
  // The delivery log has both, one message per channel however often the outbox delivers: the e-mail sent,
  // the SMS delivered (the sandbox reports it as Termii would).
  const log = (await waitFor(async () => {
    const rows = await s.stack.prisma.message.findMany({ where: { tenantId: shop, requestKey: { contains: placed.order.id } } });
    return rows.some((m) => m.channel === 'SMS' && m.status === 'DELIVERED') ? rows : null;
  }, 30_000))!;
  expect(log.map((m) => [m.channel, m.status]).sort()).toEqual([
    ['EMAIL', 'SENT'],
    ['SMS', 'DELIVERED'],
  ]);
});
