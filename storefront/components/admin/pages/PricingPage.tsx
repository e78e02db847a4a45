import type { AdminPriceListFieldsFragment, AdminPricingProductQuery } from '../../../gql/graphql';
import { sectionPath } from '../../../lib/admin/access';
import type { FormState } from '../../../lib/admin/form-state';
import { ct, ctOr } from '../../../lib/admin/catalog-messages';
import { formatDateTime, formatKobo, formatNumber } from '../../../lib/admin/format';
import { priceKind, CHANNELS } from '../../../lib/admin/pricing';
import { createPriceListAction, removePriceAction, removePriceListAction, setListPriceAction, setSalePriceAction, setTierPriceAction } from '../../../lib/admin/pricing-actions';
import { AdminPriceListsQuery, AdminPricingProductQuery as ProductDocument } from '../../../lib/admin/pricing-operations';
import { adminQuery, requireViewer, type Viewer } from '../../../lib/admin/session';
import { t } from '../../../lib/messages';
import { ActionForm } from '../ActionForm';
import { ProductPicker } from '../ProductPicker';
import { one, query } from './params';

const ID_PATTERN = /^[0-9a-f-]{36}$/i;
const DONE = ['listCreated', 'listRemoved', 'saleSet', 'tierSet', 'listPriceSet', 'priceRemoved'] as const;

type PriceList = AdminPriceListFieldsFragment;
type Product = NonNullable<AdminPricingProductQuery['productById']>;
type Variant = Product['variants'][number];

/** "1 Dec 2026, 00:00 – 8 Dec 2026, 00:00", "From …", "Until …" or "Always". */
function windowText(startsAt: string | null | undefined, endsAt: string | null | undefined): string {
  if (startsAt && endsAt) return ct('pricing.window', { from: formatDateTime(startsAt), until: formatDateTime(endsAt) });
  if (startsAt) return ct('pricing.from', { from: formatDateTime(startsAt) });
  if (endsAt) return ct('pricing.until', { until: formatDateTime(endsAt) });
  return ct('pricing.always');
}

const channelName = (channel: string | null | undefined) => (channel ? ctOr(`pricing.channel.${channel}`, channel) : ct('pricing.channel.all'));
const amountField = () => ({ name: 'amount', label: ct('pricing.amount'), required: true, inputMode: 'decimal' as const, placeholder: '12500' });
const unitsField = (required: boolean) => ({ name: 'minQuantity', label: ct('pricing.minQuantity'), required, inputMode: 'numeric' as const, defaultValue: required ? '' : '1' });

/** A row's "Remove": a form of its own, named for what it removes. */
function RemoveButton({ action, label }: { action: (previous: FormState, formData: FormData) => Promise<FormState>; label: string }) {
  return <ActionForm action={action} label={label} groups={[]} secondary submitLabel={ct('pricing.remove')} pendingLabel={t('admin.saving')} />;
}

/** The tenant's price lists with a remove button each, and the form for a new one (managers only). */
function PriceLists({ slug, lists }: { slug: string; lists: readonly PriceList[] }) {
  return (
    <>
      {lists.length === 0 ? (
        <p className="empty">{ct('pricing.noLists')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table" data-testid="price-lists">
            <caption className="visually-hidden">{ct('pricing.lists')}</caption>
            <thead>
              <tr>
                <th scope="col">{ct('pricing.col.name')}</th>
                <th scope="col">{ct('pricing.col.applies')}</th>
                <th scope="col">{ct('pricing.col.when')}</th>
                <th scope="col" className="num">
                  {ct('pricing.priority')}
                </th>
                <th scope="col">
                  <span className="visually-hidden">{ct('pricing.removeList')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {lists.map((list) => (
                <tr key={list.id} data-price-list={list.name}>
                  <th scope="row">
                    {list.name} <span className="hint">{list.currency}</span>
                  </th>
                  <td>
                    {channelName(list.channel)} · {list.customerGroup ?? ct('pricing.everyone')}
                  </td>
                  <td>{windowText(list.startsAt, list.endsAt)}</td>
                  <td className="num">{formatNumber(list.priority)}</td>
                  <td>
                    <RemoveButton action={removePriceListAction.bind(null, slug, list.id)} label={ct('pricing.removeListOne', { name: list.name })} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <details className="card">
        <summary>{ct('pricing.newList')}</summary>
        <ActionForm
          action={createPriceListAction.bind(null, slug)}
          label={ct('pricing.newList')}
          groups={[
            {
              fields: [
                { name: 'name', label: ct('pricing.listName'), required: true, placeholder: 'Wholesale' },
                { name: 'currency', label: ct('pricing.currency'), defaultValue: 'NGN', required: true },
                { name: 'channel', label: ct('pricing.channel'), type: 'select', defaultValue: '', options: [{ value: '', label: ct('pricing.channel.all') }, ...CHANNELS.map((c) => ({ value: c, label: channelName(c) }))] },
                { name: 'customerGroup', label: ct('pricing.customerGroup'), hint: ct('pricing.customerGroupHint') },
                { name: 'priority', label: ct('pricing.priority'), defaultValue: '0', inputMode: 'numeric', hint: ct('pricing.priorityHint') },
              ],
            },
            {
              legend: ct('pricing.col.when'),
              fields: [
                { name: 'startsOn', label: ct('pricing.startsOn'), type: 'date', hint: ct('pricing.windowHint') },
                { name: 'endsOn', label: ct('pricing.endsOn'), type: 'date' },
              ],
            },
          ]}
          submitLabel={ct('pricing.createList')}
          pendingLabel={t('admin.saving')}
        />
      </details>
    </>
  );
}

/** One variant: its price rows (each removable) and the forms for a sale, a quantity price and a list price. */
function VariantPrices({ slug, productId, variant, lists }: { slug: string; productId: string; variant: Variant; lists: readonly PriceList[] }) {
  const listName = new Map(lists.map((l) => [l.id, l.name]));
  const nairaLists = lists.filter((l) => l.currency === 'NGN');
  const kindName = (row: Variant['prices'][number]) => {
    const kind = priceKind(row);
    return kind === 'list' ? ct('pricing.kind.list', { name: listName.get(row.priceListId ?? '') ?? '—' }) : ct(`pricing.kind.${kind}`);
  };
  return (
    <section className="card" aria-labelledby={`variant-${variant.id}`} data-variant={variant.sku}>
      <h3 id={`variant-${variant.id}`}>{ct('pricing.variant', { sku: variant.sku, title: variant.title })}</h3>
      {variant.prices.length === 0 ? (
        <p className="empty">{ct('pricing.noPrices')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{ct('pricing.variant', { sku: variant.sku, title: variant.title })}</caption>
            <thead>
              <tr>
                <th scope="col">{ct('pricing.col.kind')}</th>
                <th scope="col" className="num">
                  {ct('pricing.col.fromQuantity')}
                </th>
                <th scope="col">{ct('pricing.col.when')}</th>
                <th scope="col" className="num">
                  {ct('pricing.col.amount')}
                </th>
                <th scope="col">
                  <span className="visually-hidden">{ct('pricing.remove')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {variant.prices.map((row) => (
                <tr key={row.id} data-price-kind={priceKind(row)}>
                  <th scope="row">{kindName(row)}</th>
                  <td className="num">{formatNumber(row.minQuantity)}</td>
                  <td>{windowText(row.startsAt, row.endsAt)}</td>
                  <td className="num">{formatKobo(row.amount.amount, row.amount.currency)}</td>
                  <td>
                    <RemoveButton action={removePriceAction.bind(null, slug, productId, row.id)} label={ct('pricing.removeOne', { kind: kindName(row), sku: variant.sku, count: row.minQuantity })} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <details>
        <summary>{ct('pricing.saleOne', { sku: variant.sku })}</summary>
        <p className="hint">{ct('pricing.saleHint')}</p>
        <ActionForm
          action={setSalePriceAction.bind(null, slug, productId, variant.id)}
          label={ct('pricing.saleOne', { sku: variant.sku })}
          groups={[
            {
              fields: [
                amountField(),
                { name: 'startsOn', label: ct('pricing.startsOn'), type: 'date', required: true, hint: ct('pricing.windowHint') },
                { name: 'endsOn', label: ct('pricing.endsOn'), type: 'date', required: true },
              ],
            },
          ]}
          submitLabel={ct('pricing.setSale')}
          pendingLabel={t('admin.saving')}
        />
      </details>
      <details>
        <summary>{ct('pricing.tierOne', { sku: variant.sku })}</summary>
        <ActionForm
          action={setTierPriceAction.bind(null, slug, productId, variant.id)}
          label={ct('pricing.tierOne', { sku: variant.sku })}
          groups={[{ fields: [{ ...unitsField(true), hint: ct('pricing.tierHint') }, amountField()] }]}
          submitLabel={ct('pricing.setTier')}
          pendingLabel={t('admin.saving')}
        />
      </details>
      {nairaLists.length > 0 && (
        <details>
          <summary>{ct('pricing.listPriceOne', { sku: variant.sku })}</summary>
          <ActionForm
            action={setListPriceAction.bind(null, slug, productId, variant.id)}
            label={ct('pricing.listPriceOne', { sku: variant.sku })}
            groups={[{ fields: [{ name: 'listId', label: ct('pricing.list'), type: 'select', required: true, options: nairaLists.map((l) => ({ value: l.id, label: l.name })) }, amountField(), unitsField(false)] }]}
            submitLabel={ct('pricing.setListPrice')}
            pendingLabel={t('admin.saving')}
          />
        </details>
      )}
    </section>
  );
}

/** The chosen product's prices, or why not: unknown, or (for a vendor) another vendor's product. */
async function ProductPrices({ slug, viewer, productId, lists }: { slug: string; viewer: Viewer; productId: string; lists: readonly PriceList[] }) {
  const product = ID_PATTERN.test(productId) ? (await adminQuery(slug, ProductDocument, { id: productId })).productById : null;
  if (!product) return <p className="empty">{ct('pricing.notFound')}</p>;
  // Server-side, as the API decides too: a vendor prices its own products only.
  if (!viewer.access.manager && product.vendor.id !== viewer.access.vendor?.id) {
    return (
      <p role="alert" className="alert">
        {ct('pricing.notYours')}
      </p>
    );
  }
  return (
    <div>
      <h2 id="product-prices-heading">{ct('pricing.priceOne', { title: product.title })}</h2>
      <p className="hint">{ct('pricing.soldBy', { vendor: product.vendor.name })}</p>
      {product.variants.map((variant) => (
        <VariantPrices key={variant.id} slug={slug} productId={product.id} variant={variant} lists={lists} />
      ))}
    </div>
  );
}

/**
 * Products → Prices: a product's prices (regular, sales with a start and an end, quantity prices, list
 * prices), for managers and for a vendor on its own products; the tenant's price lists (per channel and
 * customer group), for managers. Small forms in one column, so it works on a phone and without JavaScript.
 */
export async function PricingPage({ slug, params }: { slug: string; params: Record<string, string | string[] | undefined> }) {
  const base = `${sectionPath(slug, 'products')}/pricing`;
  const productId = one(params, 'product');
  const q = one(params, 'q');
  const viewer = await requireViewer(slug, `${base}${query({ product: productId, q })}`, 'products');
  const lists = viewer.access.manager ? (await adminQuery(slug, AdminPriceListsQuery, {})).priceLists.edges.map((e) => e.node) : [];
  const done = one(params, 'done') as (typeof DONE)[number];
  return (
    <div>
      <p>
        <a href={sectionPath(slug, 'products')}>{t('admin.products.back')}</a>
      </p>
      <h1>{ct('pricing.title')}</h1>
      <p className="hint">{ct('pricing.intro')}</p>
      {DONE.includes(done) && (
        <p role="status" className="notice-ok">
          {ct(`pricing.done.${done}`)}
        </p>
      )}
      <section aria-labelledby="product-prices-heading">
        {productId ? (
          <>
            <ProductPrices slug={slug} viewer={viewer} productId={productId} lists={lists} />
            <p>
              <a href={base}>{ct('pricing.otherProduct')}</a>
            </p>
          </>
        ) : (
          <>
            <h2 id="product-prices-heading">{ct('pricing.products')}</h2>
            <p className="hint">{ct('pricing.choose')}</p>
            <ProductPicker slug={slug} viewer={viewer} q={q} action={base} row={(product) => <a href={`${base}${query({ product: product.id })}`}>{product.title}</a>} />
          </>
        )}
      </section>
      <section aria-labelledby="price-lists-heading">
        <h2 id="price-lists-heading">{ct('pricing.lists')}</h2>
        {viewer.access.manager ? (
          <>
            <p className="hint">{ct('pricing.listsHint')}</p>
            <PriceLists slug={slug} lists={lists} />
          </>
        ) : (
          <p>{ct('pricing.listsManagersOnly')}</p>
        )}
      </section>
    </div>
  );
}
