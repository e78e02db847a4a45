import { sectionPath } from '../../../lib/admin/access';
import { addToCollectionAction, createCollectionAction, removeFromCollectionAction } from '../../../lib/admin/catalog-actions';
import { ct } from '../../../lib/admin/catalog-messages';
import { AdminCollectionQuery, AdminCollectionsQuery } from '../../../lib/admin/catalog-operations';
import { adminQuery, requireViewer } from '../../../lib/admin/session';
import { t } from '../../../lib/messages';
import { ActionForm } from '../ActionForm';
import { ProductPicker } from '../ProductPicker';
import { one, query } from './params';

const SLUG = /^[a-z0-9][a-z0-9-]{0,79}$/;

/**
 * Products → Collections: curated, ordered groups of products (the shop's "featured" row is one), for
 * managers. Create a collection, choose one, add products to its end and take them out (the shop's featured one is
 * open first).
 */
export async function CollectionsPage({ slug, params }: { slug: string; params: Record<string, string | string[] | undefined> }) {
  const base = `${sectionPath(slug, 'products')}/collections`;
  const typed = one(params, 'collection').toLowerCase();
  const q = one(params, 'q');
  const viewer = await requireViewer(slug, `${base}${query({ collection: typed, q })}`, 'products');
  if (!viewer.access.manager) {
    return (
      <section className="card narrow">
        <h1>{ct('collections.title')}</h1>
        <p>{ct('collections.managersOnly')}</p>
      </section>
    );
  }
  const all = (await adminQuery(slug, AdminCollectionsQuery, {})).collections.edges.map((e) => e.node);
  const address = SLUG.test(typed) ? typed : (all.find((c) => c.slug === 'featured') ?? all[0])?.slug;
  const collection = address ? (await adminQuery(slug, AdminCollectionQuery, { slug: address })).collection : null;
  const done = one(params, 'done');
  return (
    <div>
      <p>
        <a href={sectionPath(slug, 'products')}>{t('admin.products.back')}</a>
      </p>
      <h1>{ct('collections.title')}</h1>
      <p className="hint">{ct('collections.intro')}</p>
      {(done === 'created' || done === 'added' || done === 'removed') && (
        <p role="status" className="notice-ok">
          {ct(`collections.done.${done}`)}
        </p>
      )}
      {all.length > 0 && (
        <nav className="tabs" aria-label={ct('collections.all')}>
          <ul>
            {all.map((c) => (
              <li key={c.id}>
                <a href={`${base}${query({ collection: c.slug })}`} aria-current={c.slug === address ? 'page' : undefined}>
                  {c.title}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {collection ? (
        <section className="card" aria-labelledby="collection-heading" data-collection={collection.slug}>
          <h2 id="collection-heading">{collection.title}</h2>
          <p className="hint">
            /{collection.slug}
            {collection.description ? ` · ${collection.description}` : ''}
          </p>
          {collection.entries.edges.length === 0 ? (
            <p className="empty">{ct('collections.empty')}</p>
          ) : (
            <ol className="collection-entries" data-testid="collection-entries">
              {collection.entries.edges.map(({ node }) => (
                <li key={node.product.id}>
                  <a href={`${sectionPath(slug, 'products')}/${node.product.id}`}>{node.product.title}</a>
                  <ActionForm
                    action={removeFromCollectionAction.bind(null, slug, { id: collection.id, slug: collection.slug }, node.product.id)}
                    label={ct('collections.removeOne', { title: node.product.title, collection: collection.title })}
                    groups={[]}
                    secondary
                    submitLabel={ct('collections.remove')}
                    pendingLabel={t('admin.saving')}
                  />
                </li>
              ))}
            </ol>
          )}
          <h3>{ct('collections.add')}</h3>
          <ProductPicker
            slug={slug}
            viewer={viewer}
            q={q}
            action={base}
            hidden={{ collection: collection.slug }}
            row={(product) => (
              <ActionForm
                action={addToCollectionAction.bind(null, slug, { id: collection.id, slug: collection.slug }, product.id)}
                label={ct('collections.addOne', { title: product.title, collection: collection.title })}
                groups={[]}
                secondary
                submitLabel={ct('collections.addButton', { title: product.title })}
                pendingLabel={t('admin.saving')}
              />
            )}
          />
        </section>
      ) : (
        <p className="empty">{ct('collections.none')}</p>
      )}
      <section className="card" aria-labelledby="new-collection-heading">
        <h2 id="new-collection-heading">{ct('collections.new')}</h2>
        <ActionForm
          action={createCollectionAction.bind(null, slug)}
          label={ct('collections.new')}
          groups={[
            {
              fields: [
                { name: 'title', label: ct('collections.name'), required: true, placeholder: 'Eid favourites' },
                { name: 'slug', label: ct('collections.address'), hint: ct('collections.addressHint') },
                { name: 'description', label: ct('collections.description'), type: 'textarea' },
              ],
            },
          ]}
          submitLabel={ct('collections.create')}
          pendingLabel={t('admin.saving')}
        />
      </section>
    </div>
  );
}
