/**
 * The shop assistant that answers a WhatsApp conversation (decision 0075), run from the outbox once per
 * stored inbound message. Every step uses commerce's own services as a web shopper would: a guest cart held
 * by its token in the conversation, `checkout` with an idempotency key named after the message (a repeat
 * gets the same order), the tenant's payment provider's page as the payment link. So an order by chat is an
 * ordinary order: the same stock reservations, ledger postings, messages and back-office pages.
 * - A message older than the newest one already handled (webhooks arrive out of order) is kept for the
 *   inbox but not acted on: the conversation's state follows the customer's latest word.
 * - While staff hold the conversation the bot is quiet.
 * - The inbound message is marked handled, the conversation's state saved and the replies queued (one
 *   idempotency key each: `<wamid>:<n>`) in one transaction; a second run finds it handled and does nothing.
 * - The order belongs to the shop's customer account of the chat's number (decision 0081): identity finds
 *   or makes it as a first sign-in by code would, and checkout runs as that customer, so the order shows
 *   in their account on the web. The cart stays a guest cart held by its token until then.
 * - At most `WHATSAPP_MAX_UNPAID_ORDERS` (3) orders of one chat may await payment at once; the next
 *   checkout is answered, not placed. Only the ways of paying the shop enabled are offered (decision 0076).
 * - Pay on delivery (decision 0085) is offered when the shop takes it and the order's total, priced as
 *   checkout prices it, is within the shop's maximum (checkout's own rule); the order is confirmed unpaid
 *   exactly as a web one (stock committed, never expires) and counts toward the unpaid limit until collected.
 * - USSD and mobile money (decision 0087, amended): the bank or network is picked from a list of the shop's
 *   provider's (checkout's own lists, at most 9 a page plus "More"); the wallet is the chat's own number,
 *   the one Meta signed, so nobody types a phone and no prompt reaches a number that did not ask.
 * - A declined or expired USSD or mobile-money charge is told in the chat (payments.ts, outbound.ts) with
 *   "Try again", another bank or network, or another way to pay: a new charge for the same order, never a
 *   new order, and only for an order this chat placed that still awaits payment (decision 0087, amended).
 */
import { anonymousActor, DomainError, logger, TOPICS, uuidv7, type Peers, type PrismaClient, type TopicEvent } from '@webwaka/kit';
import { addCartLine, findCart, updateCartLine } from '../carts';
import { awaitingPayment, checkout, checkWalletPrompts, payOnDeliveryAllows } from '../checkout';
import { startPayment } from '../payments';
import { priceOrder } from '../pricing';
import type { ServiceContext } from '../context';
import { customerForPhone } from '../peers';
import type { PaymentMethod } from '../providers/provider';
import { salesChannel } from '../tenant';
import { mobileMoneyNetworkFor, mobileMoneyNetworksFor, ussdBankFor, USSD_BANKS, walletPhone, type MobileMoneyNetwork } from '../providers/direct-charges';
import { settingsFor, zoneFor, type Address } from '../settings';
import { cloudApiMessage, readable, sendCloudApiMessage, type Choice, type Reply } from './cloud-api';
import { open } from './connection';
import { eraseConversationFromChat } from './privacy';
import { chargeRetryReply, rememberShopName, sendQueued } from './outbound';
import { money, priceLines, productById, productsInCategory, searchShop, topCategories } from './shop';
import { LANGUAGES, textsFor, type Language } from './texts';
import { envInt } from './webhook';

export interface BotDeps {
  prisma: PrismaClient;
  peers: Peers;
  eventsRecorded: () => void;
}

interface BotState {
  cartToken?: string | null;
  address?: Address | null;
  addresses?: Address[];
  email?: string | null;
  shippingMethod?: string | null;
}

type Step = 'START' | 'ADDRESS' | 'EMAIL' | 'CONFIRM' | 'ERASE';

interface Turn {
  replies: Reply[];
  step: Step;
  state: BotState;
  language: string;
  handler?: 'BOT' | 'STAFF';
  orderId?: string;
  /** The customer confirmed "delete my data": the conversation is erased instead of saved (decision 0085). */
  erase?: boolean;
}

const GREETINGS = /^(hi|hello|hey|menu|start|good (morning|afternoon|evening)|howfa|how far)\b/i;
const ERASE_REQUEST = /^(please )?(delete|erase|remove|comot) my (data|chat|chats|messages|details)[.!]?$/i;
const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,190}\.[a-z]{2,}$/i;

/** Orders of one chat that may await payment at once (the web's per-customer limit applies as well). */
export const maxUnpaidChatOrders = () => envInt('WHATSAPP_MAX_UNPAID_ORDERS', 3);

/** The ways of paying a chat can offer, in the order its buttons show them. */
const CHAT_PAYMENTS: { choice: string; method: PaymentMethod }[] = [
  { choice: 'pay:link', method: 'CARD' },
  { choice: 'pay:transfer', method: 'BANK_TRANSFER' },
  { choice: 'pay:delivery', method: 'PAY_ON_DELIVERY' },
  { choice: 'pay:ussd', method: 'USSD' },
  { choice: 'pay:momo', method: 'MOBILE_MONEY' },
];

/** WhatsApp lists hold 10 rows: a page of banks keeps one for "More". */
const BANKS_PER_PAGE = 9;

/** Whether the chat's own number can hold this network's wallet (its country's number). */
const walletIsChatNumber = (waId: string, network: MobileMoneyNetwork) => {
  try {
    return walletPhone(`+${waId}`, network) === `+${waId}`;
  } catch {
    return false;
  }
};

/** How many of this chat's orders await payment now (the chat's number at this shop). */
async function unpaidChatOrders(ctx: ServiceContext, conversationId: string): Promise<number> {
  const recent = await ctx.prisma.conversationOrder.findMany({ where: { conversationId, tenantId: ctx.tenantId! }, orderBy: { createdAt: 'desc' }, take: 50, select: { orderId: true } });
  if (recent.length === 0) return 0;
  return ctx.prisma.order.count({ where: { ...awaitingPayment(ctx.tenantId!), id: { in: recent.map((r) => r.orderId) } } });
}

/** One customer message, handled once; the outbox calls it (at least once) for each stored message. */
export const onWhatsappMessage = (deps: BotDeps) => async (event: TopicEvent<typeof TOPICS.COMMERCE_WHATSAPP_MESSAGE_RECEIVED>) => {
  await handleInbound(deps, event.payload.messageId);
  await sendQueued(deps, { conversationId: event.payload.conversationId });
};

export async function handleInbound(deps: BotDeps, messageId: string): Promise<void> {
  const { prisma } = deps;
  const msg = await prisma.conversationMessage.findUnique({ where: { id: messageId }, include: { conversation: true } });
  if (!msg || msg.direction !== 'IN' || msg.status !== 'QUEUED') return;
  const conv = msg.conversation;
  if (conv.lastInboundSentAt && msg.sentAt < conv.lastInboundSentAt) {
    await prisma.conversationMessage.updateMany({ where: { id: msg.id, status: 'QUEUED' }, data: { status: 'SKIPPED' } });
    return;
  }
  if (conv.handler === 'STAFF') {
    await prisma.$transaction([
      prisma.conversationMessage.updateMany({ where: { id: msg.id, status: 'QUEUED' }, data: { status: 'DONE' } }),
      prisma.conversation.update({ where: { id: conv.id }, data: { lastInboundSentAt: msg.sentAt } }),
    ]);
    return;
  }
  const payload = msg.payload as { choiceId?: string | null };
  const ctx: ServiceContext = { prisma, peers: deps.peers, actor: anonymousActor(conv.tenantId), tenantId: conv.tenantId, requestId: `whatsapp-${msg.id}`, ip: null, eventsRecorded: deps.eventsRecorded };
  let turn: Turn;
  try {
    turn = await converse(ctx, { id: conv.id, waId: conv.waId, customerName: conv.customerName, step: conv.step as Step, state: conv.state as BotState, language: conv.language }, { choiceId: payload.choiceId ?? null, text: msg.text.trim() }, msg.waMessageId!);
  } catch (e) {
    // A peer that did not answer: the outbox tries again later (nothing was saved for this message).
    logger.warn('whatsapp bot: turn failed', { conversationId: conv.id, error: String(e) });
    throw e;
  }
  if (turn.erase) {
    // The conversation goes, this message with it: nothing is left to mark handled or to queue a reply in, so
    // the goodbye is sent straight away and kept nowhere (a crash in between loses only the goodbye).
    await eraseConversationFromChat(ctx, conv.waId);
    deps.eventsRecorded();
    await sendUnrecorded(prisma, conv.tenantId, conv.waId, turn.replies);
    return;
  }
  await prisma.$transaction(async (tx) => {
    const claimed = await tx.conversationMessage.updateMany({ where: { id: msg.id, status: 'QUEUED' }, data: { status: 'DONE' } });
    if (claimed.count === 0) return;
    await tx.conversation.update({
      where: { id: conv.id },
      data: { step: turn.step, state: turn.state as object, language: turn.language, lastInboundSentAt: msg.sentAt, ...(turn.handler ? { handler: turn.handler } : {}) },
    });
    const now = Date.now();
    await tx.conversationMessage.createMany({
      data: turn.replies.map((r, i) => ({
        id: uuidv7(),
        tenantId: conv.tenantId,
        conversationId: conv.id,
        direction: 'OUT' as const,
        idempotencyKey: `${msg.waMessageId}:${i}`,
        kind: r.kind,
        text: readable(r),
        payload: cloudApiMessage(conv.waId, r) as object,
        sentAt: new Date(now + i),
      })),
      skipDuplicates: true,
    });
    if (turn.orderId) await tx.conversationOrder.createMany({ data: [{ orderId: turn.orderId, tenantId: conv.tenantId, conversationId: conv.id }], skipDuplicates: true });
  });
}

interface ConvView {
  id: string;
  waId: string;
  customerName?: string | null;
  step: Step;
  state: BotState;
  language: string;
}

/** Decides the replies to one message (reads, and the cart or checkout change it asks for). */
export async function converse(ctx: ServiceContext, conv: ConvView, input: { choiceId: string | null; text: string }, waMessageId: string): Promise<Turn> {
  const tenantId = ctx.tenantId!;
  const t = textsFor(conv.language);
  const shop = await salesChannel(ctx, tenantId);
  rememberShopName(tenantId, shop.name);
  const state: BotState = { ...conv.state };
  const turn = (replies: Reply[], step: Step = 'START', extra: Partial<Turn> = {}): Turn => ({ replies, step, state, language: conv.language, ...extra });
  const choice = input.choiceId ?? '';
  const word = input.text.toLowerCase();

  const menu = (language = conv.language): Reply => {
    const l = textsFor(language);
    return {
      kind: 'list',
      text: l.greeting(shop.name),
      button: l.menu,
      rows: [
        { id: 'browse', title: l.browse },
        { id: 'cart', title: l.cart },
        { id: 'human', title: l.human },
        { id: 'lang:en', title: l.english },
        { id: 'lang:pcm', title: l.pidgin },
      ],
    };
  };

  const cartLines = async () => {
    const cart = state.cartToken ? await findCart(ctx, state.cartToken) : null;
    if (!cart || cart.status !== 'ACTIVE') return { cart: null, lines: [] };
    const rows = await ctx.prisma.cartLine.findMany({ where: { cartId: cart.id, tenantId }, orderBy: { id: 'asc' } });
    return { cart, lines: await priceLines(ctx, tenantId, shop.channel, cart.currency, rows.map((r) => ({ variantId: r.variantId, quantity: r.quantity }))) };
  };
  const total = (lines: { total: bigint }[]) => lines.reduce((s, l) => s + l.total, 0n);
  const itemsText = (lines: { quantity: number; title: string; total: bigint }[], currency: string) => lines.map((l) => `${l.quantity} × ${l.title} — ${money(l.total, currency)}`).join('\n');

  const showCart = async (): Promise<Turn> => {
    const { cart, lines } = await cartLines();
    if (!cart || lines.length === 0) return turn([{ kind: 'text', text: t.emptyCart }]);
    return turn([
      {
        kind: 'buttons',
        text: t.cartSummary(itemsText(lines, cart.currency), money(total(lines), cart.currency)),
        buttons: [
          { id: 'checkout', title: t.checkout },
          { id: 'change', title: t.changeCart },
          { id: 'browse', title: t.keepShopping },
        ],
      },
    ]);
  };

  const productList = (what: string, products: Awaited<ReturnType<typeof searchShop>>): Reply =>
    products.length === 0 ? { kind: 'text', text: t.noProducts(what) } : { kind: 'list', text: t.products(what), button: t.see, rows: products.map((p) => ({ id: `prod:${p.id}`, title: p.title })) };

  const askForAddress = (): Turn => {
    const saved = state.addresses ?? [];
    if (saved.length === 0) return turn([{ kind: 'text', text: t.askAddress }], 'ADDRESS');
    return turn(
      [{ kind: 'list', text: t.pickAddress, button: t.choose, rows: [...saved.map((a, i) => ({ id: `addr:${i}`, title: a.line1, description: `${a.name}, ${a.city}, ${a.region}` })), { id: 'addr:new', title: t.newAddress }] }],
      'ADDRESS',
    );
  };

  const useAddress = async (address: Address): Promise<Turn> => {
    const zone = await zoneFor(ctx.prisma, tenantId, address);
    const rate = zone?.rates.slice().sort((a, b) => (a.amount < b.amount ? -1 : a.amount > b.amount ? 1 : 0))[0];
    if (!rate) return turn([{ kind: 'text', text: t.noDelivery(address.region) }], 'ADDRESS');
    state.address = address;
    state.shippingMethod = rate.method;
    if (!state.email) return turn([{ kind: 'text', text: t.askEmail }], 'EMAIL');
    return confirm();
  };

  const confirm = async (intro?: string, without?: PaymentMethod): Promise<Turn> => {
    const settings = await settingsFor(ctx, tenantId);
    const { cart, lines } = await cartLines();
    if (!cart || lines.length === 0) return turn([{ kind: 'text', text: t.emptyCart }]);
    const a = state.address!;
    // Priced as checkout will price it (delivery and tax included), so the total shown is the one to pay.
    let priced;
    try {
      priced = await priceOrder(ctx, { tenantId, channel: shop.channel, currency: cart.currency, lines: lines.map((l) => ({ variantId: l.variantId, quantity: l.quantity })), address: a, shippingMethod: state.shippingMethod!, couponCode: null, customerUserId: null, email: state.email ?? null });
    } catch (e) {
      if (e instanceof DomainError) return turn([{ kind: 'text', text: t.checkoutFailed(e.message) }]);
      throw e;
    }
    const hasChoices = (method: PaymentMethod) =>
      method === 'PAY_ON_DELIVERY' ? payOnDeliveryAllows(settings, priced.total)
      : method === 'USSD' ? USSD_BANKS[settings.paymentProvider].length > 0
      : method === 'MOBILE_MONEY' ? mobileMoneyNetworksFor(settings.paymentProvider, cart.currency).length > 0
      : true;
    const offered = CHAT_PAYMENTS.filter((p) => p.method !== without && settings.paymentMethods.includes(p.method) && hasChoices(p.method));
    const choices = [...offered.map((p) => ({ id: p.choice, title: payTitle(p.method) })), { id: 'cancel', title: t.cancel }];
    const body = (intro ? `${intro}\n\n` : '') + t.confirm(`${itemsText(lines, cart.currency)}\n${t.totalWithDelivery}: ${money(priced.total, cart.currency)}`, `${a.name}, ${a.line1}, ${a.city}, ${a.region}`);
    // WhatsApp shows at most three reply buttons: more ways to pay go in a list.
    const reply: Reply = choices.length <= 3 ? { kind: 'buttons', text: body, buttons: choices } : { kind: 'list', text: body, button: t.choosePayment, rows: choices };
    return turn([reply], 'CONFIRM');
  };
  const payTitle = (method: PaymentMethod) => ({ CARD: t.payLink, BANK_TRANSFER: t.payTransfer, PAY_ON_DELIVERY: t.payOnDelivery, USSD: t.payUssd, MOBILE_MONEY: t.payMobileMoney })[method as string] ?? method;

  // Anywhere in the conversation: the person's own erasure (decision 0085), asked to confirm first.
  if (choice === 'erase' || (!choice && ERASE_REQUEST.test(word))) {
    return turn([{ kind: 'buttons', text: t.eraseAsk(shop.name), buttons: [{ id: 'erase:yes', title: t.eraseYes }, { id: 'erase:no', title: t.eraseNo }] }], 'ERASE');
  }
  if (choice === 'erase:yes' && conv.step === 'ERASE') return turn([{ kind: 'text', text: t.erased(shop.name) }], 'START', { erase: true });
  if (choice === 'erase:no' || choice === 'erase:yes') return turn([{ kind: 'text', text: t.eraseKept }]);
  if (choice === 'menu' || (!choice && GREETINGS.test(word))) return turn([menu()]);
  if (choice.startsWith('lang:') || (!choice && (word === 'pidgin' || word === 'english'))) {
    const language: Language = choice === 'lang:pcm' || word === 'pidgin' ? 'pcm' : 'en';
    return { ...turn([{ kind: 'text', text: textsFor(language).language }]), language: LANGUAGES.includes(language) ? language : 'en' };
  }
  if (choice === 'human' || (!choice && /^(agent|person|human|talk to a person|customer care)$/.test(word))) return turn([{ kind: 'text', text: t.handedOver(shop.name) }], 'START', { handler: 'STAFF' });
  if (choice === 'cart' || (!choice && word === 'cart')) return showCart();
  if (choice === 'browse') {
    const categories = await topCategories(ctx, tenantId);
    if (categories.length === 0) return turn([{ kind: 'text', text: t.noCategories }]);
    return turn([{ kind: 'list', text: t.categories, button: t.choose, rows: categories.map((c) => ({ id: `cat:${c.id}`, title: c.name })) }]);
  }
  if (choice.startsWith('cat:')) {
    const products = await productsInCategory(ctx, tenantId, choice.slice(4));
    return turn([productList(input.text, products)]);
  }
  if (choice.startsWith('prod:')) {
    const product = await productById(ctx, tenantId, choice.slice(5));
    if (!product) return turn([{ kind: 'text', text: t.noProducts(input.text) }]);
    const priced = await priceLines(ctx, tenantId, shop.channel, shop.currency, product.variants.slice(0, 10).map((v) => ({ variantId: v.id, quantity: 1 })));
    const sellable = priced.filter((p) => p.sellable);
    if (sellable.length === 0) return turn([{ kind: 'text', text: t.notSellable(priced[0]?.reason ?? product.title) }]);
    if (sellable.length === 1) {
      const v = sellable[0]!;
      return turn([
        {
          kind: 'buttons',
          imageUrl: product.imageUrl,
          text: `${product.title}\n${money(v.total, shop.currency)}`,
          buttons: [
            { id: `add:${v.variantId}`, title: t.addToCart },
            { id: 'cart', title: t.cart },
            { id: 'browse', title: t.keepShopping },
          ],
        },
      ]);
    }
    const titles = new Map(product.variants.map((v) => [v.id, v.title]));
    const card: Reply[] = product.imageUrl ? [{ kind: 'image', imageUrl: product.imageUrl, caption: product.title }] : [];
    return turn([...card, { kind: 'list', text: product.title, button: t.addToCart, rows: sellable.map((v): Choice => ({ id: `add:${v.variantId}`, title: titles.get(v.variantId) ?? v.title, description: money(v.total, shop.currency) })) }]);
  }
  if (choice.startsWith('add:') || choice.startsWith('inc:')) {
    try {
      const cart = await addCartLine(ctx, { cartToken: state.cartToken ?? null, variantId: choice.slice(4), quantity: 1 });
      state.cartToken = cart.token;
    } catch (e) {
      if (e instanceof DomainError) return turn([{ kind: 'text', text: t.notSellable(e.message) }]);
      throw e;
    }
    const { cart, lines } = await cartLines();
    const added = lines.find((l) => l.variantId === choice.slice(4));
    return turn([
      {
        kind: 'buttons',
        text: t.added(added?.title ?? input.text, lines.reduce((n, l) => n + l.quantity, 0), money(total(lines), cart?.currency ?? shop.currency)),
        buttons: [
          { id: 'checkout', title: t.checkout },
          { id: 'browse', title: t.keepShopping },
          { id: 'cart', title: t.cart },
        ],
      },
    ]);
  }
  if (choice === 'change') {
    const { lines } = await cartLines();
    if (lines.length === 0) return turn([{ kind: 'text', text: t.emptyCart }]);
    return turn([{ kind: 'list', text: t.changeCart, button: t.choose, rows: lines.map((l) => ({ id: `line:${l.variantId}`, title: l.title, description: `× ${l.quantity}` })) }]);
  }
  if (choice.startsWith('line:')) {
    const { lines } = await cartLines();
    const line = lines.find((l) => l.variantId === choice.slice(5));
    if (!line) return showCart();
    return turn([
      {
        kind: 'buttons',
        text: t.lineOptions(line.title, line.quantity),
        buttons: [
          { id: `inc:${line.variantId}`, title: t.addOne },
          { id: `dec:${line.variantId}`, title: t.removeOne },
          { id: `rm:${line.variantId}`, title: t.remove },
        ],
      },
    ]);
  }
  if (choice.startsWith('dec:') || choice.startsWith('rm:')) {
    const variantId = choice.slice(choice.indexOf(':') + 1);
    const { lines } = await cartLines();
    const line = lines.find((l) => l.variantId === variantId);
    if (line && state.cartToken) await updateCartLine(ctx, { cartToken: state.cartToken, variantId, quantity: choice.startsWith('rm:') ? 0 : line.quantity - 1 });
    return showCart();
  }
  const unpaidLimitReached = async () => {
    const limit = maxUnpaidChatOrders();
    return limit > 0 && (await unpaidChatOrders(ctx, conv.id)) >= limit ? limit : 0;
  };
  if (choice === 'checkout' || (!choice && word === 'checkout')) {
    const { lines } = await cartLines();
    if (lines.length === 0) return turn([{ kind: 'text', text: t.emptyCart }]);
    const limit = await unpaidLimitReached();
    if (limit) return turn([{ kind: 'text', text: t.tooManyUnpaid(limit) }]);
    return askForAddress();
  }
  if (choice === 'cancel') return turn([{ kind: 'text', text: t.cancelled }]);
  if (choice.startsWith('addr:')) {
    if (choice === 'addr:new') return turn([{ kind: 'text', text: t.askAddress }], 'ADDRESS');
    const saved = state.addresses?.[Number(choice.slice(5))];
    return saved ? useAddress(saved) : askForAddress();
  }
  /** A checkout the customer asked for, placed as a web one is; `details` are the USSD bank or the wallet's network. */
  const place = async (method: PaymentMethod, details: { ussdBank?: string; mobileMoneyNetwork?: string } = {}): Promise<Turn> => {
    const { cart, lines } = await cartLines();
    if (!cart || lines.length === 0 || !state.address || !state.email || !state.shippingMethod) return turn([{ kind: 'text', text: t.emptyCart }]);
    const limit = await unpaidLimitReached();
    if (limit) return turn([{ kind: 'text', text: t.tooManyUnpaid(limit) }]);
    try {
      // The order is the customer's own: checkout runs as the shop's customer account of this number.
      const customerId = await customerForPhone(ctx, tenantId, `+${conv.waId}`, conv.customerName ?? state.address.name);
      const asCustomer: ServiceContext = customerId ? { ...ctx, actor: { ...anonymousActor(tenantId), kind: 'user', userId: customerId, roles: ['CUSTOMER'] } } : ctx;
      const placed = await checkout(asCustomer, {
        cartToken: state.cartToken,
        idempotencyKey: `whatsapp:${waMessageId}`,
        email: state.email,
        phone: `+${conv.waId}`,
        shippingAddress: state.address,
        shippingMethod: state.shippingMethod,
        paymentMethod: method,
        ...(method === 'USSD' ? { ussdBank: details.ussdBank } : {}),
        // The wallet is the chat's own number (Meta signed it): a prompt reaches only the person asking.
        ...(method === 'MOBILE_MONEY' ? { mobileMoneyNetwork: details.mobileMoneyNetwork, mobileMoneyPhone: `+${conv.waId}` } : {}),
      });
      // A pay-on-delivery order is committed at once: stock gone by then cancels it (payments.ts).
      const order = method === 'PAY_ON_DELIVERY' ? await ctx.prisma.order.findUniqueOrThrow({ where: { id: placed.order.id } }) : placed.order;
      const kept = [state.address, ...(state.addresses ?? []).filter((a) => a.line1 !== state.address!.line1)].slice(0, 3);
      state.addresses = kept;
      state.cartToken = null;
      if (order.status === 'CANCELLED') return turn([{ kind: 'text', text: t.checkoutFailed(t.soldOut) }], 'START', { orderId: order.id });
      return turn([paymentReply(order, method, placed.payment)], 'START', { orderId: order.id });
    } catch (e) {
      if (e instanceof DomainError) return turn([{ kind: 'text', text: t.checkoutFailed(e.message) }]);
      throw e;
    }
  };
  /** A page of the provider's banks; `forOrder`: the rows pay again for that order instead of placing one. */
  const ussdBanks = async (offset: number, forOrder?: string): Promise<Turn> => {
    const settings = await settingsFor(ctx, tenantId);
    const banks = USSD_BANKS[settings.paymentProvider];
    const row = (code: string) => (forOrder ? `reussd:${forOrder}:${code}` : `ussd:${code}`);
    const page = banks.slice(offset, offset + BANKS_PER_PAGE).map((b) => ({ id: row(b.code), title: b.name }));
    const next = offset + BANKS_PER_PAGE;
    const more = next < banks.length ? [{ id: forOrder ? `retry-bank:${forOrder}:${next}` : `ussd-more:${next}`, title: t.moreBanks }] : [];
    return turn([{ kind: 'list', text: t.pickBank, button: t.choose, rows: [...page, ...more] }], forOrder ? 'START' : 'CONFIRM');
  };
  /** Networks whose wallets the chat's number can hold; none: say so and offer the other ways to pay. */
  const walletNetworks = async () => {
    const settings = await settingsFor(ctx, tenantId);
    const { cart } = await cartLines();
    const all = mobileMoneyNetworksFor(settings.paymentProvider, cart?.currency ?? shop.currency);
    return { all, usable: all.filter((n) => walletIsChatNumber(conv.waId, n)) };
  };
  const walletMismatch = (all: readonly MobileMoneyNetwork[]) => confirm(t.walletNotThisNumber(`+${conv.waId}`, [...new Set(all.map((n) => `+${n.dialCode}`))].join(', ')), 'MOBILE_MONEY');

  /**
   * "Try again", another bank or network, or another way to pay, for an order of this chat still awaiting
   * payment: a new charge with checkout's own checks (the provider's lists, the wallet is this number, the
   * per-wallet prompt limit), never a new order. The unpaid-orders limit is not touched: no order is added.
   */
  const payAgain = async (action: string, orderId: string, arg: string | null): Promise<Turn> => {
    const link = await ctx.prisma.conversationOrder.findFirst({ where: { orderId, conversationId: conv.id, tenantId } });
    const order = link ? await ctx.prisma.order.findFirst({ where: { id: orderId, tenantId } }) : null;
    if (!order) return turn([{ kind: 'text', text: t.notUnderstood }]);
    if (order.status !== 'PENDING_PAYMENT' || order.expiresAt.getTime() <= Date.now()) return turn([{ kind: 'text', text: t.notRetryable(order.number) }]);
    const settings = await settingsFor(ctx, tenantId);
    const last = await ctx.prisma.payment.findFirst({ where: { orderId, tenantId }, orderBy: { createdAt: 'desc' } });
    const allNetworks = mobileMoneyNetworksFor(settings.paymentProvider, order.currency);
    const networks = () => allNetworks.filter((n) => walletIsChatNumber(conv.waId, n));
    const notThisNumber = () => turn([{ kind: 'text', text: t.retryFailed(order.number, t.walletNotThisNumber(`+${conv.waId}`, [...new Set(allNetworks.map((n) => `+${n.dialCode}`))].join(', '))) }]);
    const networkList = () => {
      const usable = networks();
      if (usable.length === 0) return notThisNumber();
      return turn([{ kind: 'list', text: t.pickNetwork(`+${conv.waId}`), button: t.choose, rows: usable.slice(0, 10).map((n) => ({ id: `remomo:${orderId}:${n.code}`, title: n.name })) }]);
    };
    if (action === 'retry-bank') return ussdBanks(Math.max(0, Math.floor(Number(arg)) || 0), orderId);
    if (action === 'retry-net') return networkList();
    if (action === 'retry-other') {
      const ways = CHAT_PAYMENTS.filter((p) => p.method !== 'PAY_ON_DELIVERY' && settings.paymentMethods.includes(p.method))
        .filter((p) => (p.method === 'USSD' ? USSD_BANKS[settings.paymentProvider].length > 0 : p.method === 'MOBILE_MONEY' ? networks().length > 0 : true));
      const rows = ways.map((p) => ({ id: `repay:${orderId}:${p.method}`, title: payTitle(p.method) }));
      return turn([rows.length <= 3 ? { kind: 'buttons', text: t.retryHow(order.number), buttons: rows } : { kind: 'list', text: t.retryHow(order.number), button: t.choosePayment, rows }]);
    }
    if (action === 'repay' && arg === 'USSD') return ussdBanks(0, orderId);
    if (action === 'repay' && arg === 'MOBILE_MONEY') return networkList();
    // What to charge: "Try again" repeats the last payment's way; the others name it.
    const method: PaymentMethod | undefined =
      action === 'reussd' ? 'USSD' : action === 'remomo' ? 'MOBILE_MONEY' : action === 'repay' ? CHAT_PAYMENTS.find((p) => p.method === arg)?.method : ((last?.method ?? 'CARD') as PaymentMethod);
    if (!method) return turn([{ kind: 'text', text: t.notUnderstood }]);
    // Pay on delivery is decided at checkout (its maximum, stock committed at once), not as a retry.
    if (method === 'PAY_ON_DELIVERY' || !settings.paymentMethods.includes(method)) return turn([chargeRetryReply(conv.language, order, method === 'USSD' ? 'USSD' : 'MOBILE_MONEY', t.retryFailed(order.number, payTitle(method)))]);
    try {
      let phoneCharge = {};
      if (method === 'USSD') phoneCharge = { ussdBank: ussdBankFor(settings.paymentProvider, action === 'reussd' ? arg : last?.ussdBank).code };
      if (method === 'MOBILE_MONEY') {
        const network = mobileMoneyNetworkFor(settings.paymentProvider, action === 'remomo' ? arg : last?.mobileMoneyNetwork, order.currency);
        // The wallet is this chat's own number, as at checkout; and no more prompts waiting on it than checkout allows.
        if (!walletIsChatNumber(conv.waId, network)) return notThisNumber();
        await checkWalletPrompts(ctx, tenantId, `+${conv.waId}`);
        phoneCharge = { mobileMoneyNetwork: network.code, mobileMoneyPhone: `+${conv.waId}` };
      }
      // A charge still waiting comes back instead of a new one (one prompt at a time): say what it is.
      const paid = await startPayment(ctx, tenantId, orderId, null, undefined, { method, phoneCharge });
      return turn([paymentReply(order, paid.method as PaymentMethod, paid)]);
    } catch (e) {
      if (e instanceof DomainError) return turn([{ kind: 'text', text: t.retryFailed(order.number, e.message) }]);
      throw e;
    }
  };

  /** What to do to pay: the link, the account to transfer to, the code to dial or the prompt to approve; a charge that did not start offers to retry. */
  function paymentReply(
    order: { id: string; number: string; total: bigint; currency: string; expiresAt: Date },
    method: PaymentMethod,
    p: { status: string; failureReason: string | null; amount: bigint; authorizationUrl: string | null; bankAccountNumber: string | null; bankName: string | null; bankAccountName: string | null; ussdCode: string | null; chargeInstruction: string | null } | null | undefined,
  ): Reply {
    const total = money(order.total, order.currency);
    if ((method === 'USSD' || method === 'MOBILE_MONEY') && p?.status !== 'PENDING' && p?.status !== 'SUCCEEDED') return chargeRetryReply(conv.language, order, method, t.chargeNotStarted(order.number));
    const text =
      method === 'PAY_ON_DELIVERY' ? t.placedOnDelivery(order.number, money(p?.amount ?? order.total, order.currency))
      : method === 'BANK_TRANSFER' && p?.bankAccountNumber ? t.placedTransfer(order.number, total, p.bankName ?? '', p.bankAccountNumber, p.bankAccountName ?? '', lagosTime(order.expiresAt))
      : method === 'USSD' && p?.ussdCode ? t.placedUssd(order.number, total, p.ussdCode)
      : (method === 'MOBILE_MONEY' || method === 'USSD') && p?.chargeInstruction ? t.placedMobileMoney(order.number, total, p.chargeInstruction, p.authorizationUrl)
      : p?.status === 'FAILED' ? t.retryFailed(order.number, p.failureReason ?? payTitle(method))
      : t.placed(order.number, total, p?.authorizationUrl ?? '');
    return { kind: 'text', text };
  }

  // Paying again for an order this chat placed whose charge failed (decision 0087, amended).
  const retry = /^(retry|retry-bank|retry-net|retry-other|reussd|remomo|repay):([0-9a-f-]{36})(?::([\w-]{1,40}))?$/i.exec(choice);
  if (retry) return payAgain(retry[1]!.toLowerCase(), retry[2]!.toLowerCase(), retry[3] ?? null);

  const payment = CHAT_PAYMENTS.find((p) => p.choice === choice);
  if (payment?.method === 'USSD') return ussdBanks(0);
  if (choice.startsWith('ussd-more:')) return ussdBanks(Math.max(0, Math.floor(Number(choice.slice(10))) || 0));
  if (choice.startsWith('ussd:')) return place('USSD', { ussdBank: choice.slice(5) });
  if (payment?.method === 'MOBILE_MONEY') {
    const { all, usable } = await walletNetworks();
    // None at all (the method was switched off since): checkout's own refusal says why.
    if (all.length === 0) return place('MOBILE_MONEY');
    if (usable.length === 0) return walletMismatch(all);
    return turn([{ kind: 'list', text: t.pickNetwork(`+${conv.waId}`), button: t.choose, rows: usable.slice(0, 10).map((n) => ({ id: `momo:${n.code}`, title: n.name })) }], 'CONFIRM');
  }
  if (choice.startsWith('momo:')) {
    const { all, usable } = await walletNetworks();
    const code = choice.slice(5);
    // An old or forged row for a network this number cannot hold is answered, not charged (an unknown one
    // is checkout's to refuse: PAYMENT_DETAILS_INVALID).
    if (all.some((n) => n.code === code) && !usable.some((n) => n.code === code)) return walletMismatch(all);
    return place('MOBILE_MONEY', { mobileMoneyNetwork: code });
  }
  if (payment) return place(payment.method);

  // Typed answers to the question asked
  if (!choice && conv.step === 'ADDRESS') {
    const parts = input.text.split(',').map((p) => p.trim()).filter(Boolean);
    if (parts.length < 4 || parts.some((p) => p.length > 200)) return turn([{ kind: 'text', text: t.badAddress }], 'ADDRESS');
    const address: Address = { name: parts[0]!, line1: parts[1]!, line2: parts.length > 4 ? parts.slice(2, -2).join(', ') : null, city: parts[parts.length - 2]!, region: parts[parts.length - 1]!, country: 'NG', phone: `+${conv.waId}` };
    return useAddress(address);
  }
  if (!choice && conv.step === 'EMAIL') {
    if (!EMAIL.test(input.text)) return turn([{ kind: 'text', text: t.badEmail }], 'EMAIL');
    state.email = input.text.toLowerCase();
    return confirm();
  }
  if (!choice && input.text.length >= 2) return turn([productList(input.text, await searchShop(ctx, tenantId, input.text))]);
  return turn([{ kind: 'text', text: t.notUnderstood }]);
}

/** Replies of a conversation that no longer exists (it was just erased): posted once, stored nowhere. */
async function sendUnrecorded(prisma: PrismaClient, tenantId: string, waId: string, replies: Reply[]) {
  const row = await prisma.whatsappConnection.findUnique({ where: { tenantId } });
  if (!row) return;
  const conn = open(row);
  for (const r of replies) {
    const outcome = await sendCloudApiMessage(conn, cloudApiMessage(waId, r));
    if (!outcome.ok) logger.warn('whatsapp bot: goodbye after erasure not sent', { tenantId, error: outcome.error });
  }
}

/** A time as a Nigerian customer reads it (Lagos time), e.g. "7 Dec, 14:30". */
const lagosTime = (at: Date | null) =>
  at ? at.toLocaleString('en-GB', { timeZone: 'Africa/Lagos', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }) : '';
