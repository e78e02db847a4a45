import type { AdminCategoryTreeQuery } from '../../../gql/graphql';
import { sectionPath } from '../../../lib/admin/access';
import { createCategoryAction, deleteCategoryAction, moveCategoryAction, renameCategoryAction } from '../../../lib/admin/category-actions';
import { AdminCategoryTreeQuery as TreeDocument } from '../../../lib/admin/category-operations';
import { adminQuery, requireViewer } from '../../../lib/admin/session';
import { t } from '../../../lib/messages';
import { ActionForm } from '../ActionForm';
import { one } from './params';

interface Node {
  id: string;
  name: string;
  slug: string;
  position: number;
  children?: Node[];
}

/** Levels the screen shows (its query's depth, as the shop's): parents are offered only above the last one. */
const LEVELS = 3;
const DONE = ['created', 'renamed', 'moved', 'deleted'] as const;
const topLevel = () => ({ value: '', label: t('admin.categories.topLevel') });

/**
 * Parents to choose from, subcategories indented: those at most `deepest` levels down (0: the top level), so
 * what goes under them stays within the levels shown; `except` and everything under it left out (no loops).
 */
function parentOptions(nodes: readonly Node[], except: string | null, deepest: number, depth = 0): { value: string; label: string }[] {
  if (depth > deepest) return [];
  return nodes.filter((n) => n.id !== except).flatMap((n) => [{ value: n.id, label: `${'— '.repeat(depth)}${n.name}` }, ...parentOptions(n.children ?? [], except, deepest, depth + 1)]);
}

/** Levels below a category (0: none). */
const height = (node: Node): number => Math.max(0, ...(node.children ?? []).map((c) => height(c) + 1));

/** One category: its name and slug, up/down among its siblings, an "Edit" disclosure, then its subcategories. */
function CategoryItem({ slug, tree, node, parentId, index, count, depth }: { slug: string; tree: readonly Node[]; node: Node; parentId: string | null; index: number; count: number; depth: number }) {
  const parentField = { name: 'parentId', label: '', type: 'hidden' as const, defaultValue: parentId ?? '' };
  const children = depth < LEVELS - 1 ? (node.children ?? []) : [];
  return (
    <li data-category={node.slug}>
      <div className="category-row">
        <p className="category-name">
          <strong>{node.name}</strong> <span className="hint">/{node.slug}</span>
        </p>
        <div className="button-row">
          {index > 0 && (
            <ActionForm
              action={moveCategoryAction.bind(null, slug, node.id, index - 1)}
              label={t('admin.categories.moveUpOne', { name: node.name })}
              groups={[{ fields: [parentField] }]}
              secondary
              submitLabel={t('admin.categories.moveUp')}
              pendingLabel={t('admin.saving')}
            />
          )}
          {index < count - 1 && (
            <ActionForm
              action={moveCategoryAction.bind(null, slug, node.id, index + 1)}
              label={t('admin.categories.moveDownOne', { name: node.name })}
              groups={[{ fields: [parentField] }]}
              secondary
              submitLabel={t('admin.categories.moveDown')}
              pendingLabel={t('admin.saving')}
            />
          )}
        </div>
      </div>
      <details className="category-edit">
        <summary>{t('admin.categories.editOne', { name: node.name })}</summary>
        <ActionForm
          action={renameCategoryAction.bind(null, slug, node.id)}
          label={t('admin.categories.renameOne', { name: node.name })}
          groups={[{ fields: [{ name: 'name', label: t('admin.categories.name'), defaultValue: node.name, required: true }] }]}
          submitLabel={t('admin.categories.rename')}
          pendingLabel={t('admin.saving')}
        />
        <ActionForm
          action={moveCategoryAction.bind(null, slug, node.id, null)}
          label={t('admin.categories.moveOne', { name: node.name })}
          groups={[{ fields: [{ name: 'parentId', label: t('admin.categories.newParent'), type: 'select', defaultValue: parentId ?? '', options: [topLevel(), ...parentOptions(tree, node.id, LEVELS - 2 - height(node))], hint: t('admin.categories.moveHint') }] }]}
          submitLabel={t('admin.categories.move')}
          pendingLabel={t('admin.saving')}
        />
        <ActionForm
          action={deleteCategoryAction.bind(null, slug, node.id)}
          label={t('admin.categories.deleteOne', { name: node.name })}
          groups={[]}
          secondary
          submitLabel={t('admin.categories.delete')}
          pendingLabel={t('admin.saving')}
        />
      </details>
      {children.length > 0 && (
        <ul className="category-tree">
          {children.map((child, i) => (
            <CategoryItem key={child.id} slug={slug} tree={tree} node={child} parentId={node.id} index={i} count={children.length} depth={depth + 1} />
          ))}
        </ul>
      )}
    </li>
  );
}

/**
 * Products → Categories: the store's category tree, for managers (administrators and staff). Add a category
 * (at the top or under another), and per category: move up or down among its siblings, rename, move under
 * another parent, delete (catalog refuses while it still holds subcategories or products, and says so).
 * One nested list with small forms, so it works on a phone and without JavaScript.
 */
export async function CategoriesPage({ slug, params }: { slug: string; params: Record<string, string | string[] | undefined> }) {
  const path = `${sectionPath(slug, 'products')}/categories`;
  const viewer = await requireViewer(slug, path, 'products');
  if (!viewer.access.manager) {
    return (
      <section className="card narrow">
        <h1>{t('admin.categories.title')}</h1>
        <p>{t('admin.categories.managersOnly')}</p>
      </section>
    );
  }
  const { categories }: AdminCategoryTreeQuery = await adminQuery(slug, TreeDocument, {});
  const tree = categories as Node[];
  const done = one(params, 'done') as (typeof DONE)[number];
  return (
    <div>
      <p>
        <a href={sectionPath(slug, 'products')}>{t('admin.products.back')}</a>
      </p>
      <h1>{t('admin.categories.title')}</h1>
      <p className="hint">{t('admin.categories.intro')}</p>
      {DONE.includes(done) && (
        <p role="status" className="notice-ok">
          {t(`admin.categories.done.${done}`)}
        </p>
      )}
      <section className="card" aria-labelledby="new-category-heading">
        <h2 id="new-category-heading">{t('admin.categories.new')}</h2>
        <ActionForm
          action={createCategoryAction.bind(null, slug)}
          label={t('admin.categories.new')}
          groups={[
            {
              fields: [
                { name: 'name', label: t('admin.categories.name'), required: true, placeholder: 'Ankara fabrics' },
                { name: 'parentId', label: t('admin.categories.parent'), type: 'select', defaultValue: '', options: [topLevel(), ...parentOptions(tree, null, LEVELS - 2)] },
              ],
            },
          ]}
          submitLabel={t('admin.categories.add')}
          pendingLabel={t('admin.saving')}
        />
      </section>
      <section aria-labelledby="category-tree-heading">
        <h2 id="category-tree-heading">{t('admin.categories.tree')}</h2>
        {tree.length === 0 ? (
          <p className="empty">{t('admin.categories.none')}</p>
        ) : (
          <ul className="category-tree" data-testid="category-tree">
            {tree.map((node, i) => (
              <CategoryItem key={node.id} slug={slug} tree={tree} node={node} parentId={null} index={i} count={tree.length} depth={0} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
