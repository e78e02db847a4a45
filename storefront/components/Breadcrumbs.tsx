import { t } from '../lib/messages';

export interface Crumb {
  name: string;
  href: string;
}

/** Where the page sits in the store; the last crumb is the page itself. */
export function Breadcrumbs({ items }: { items: Crumb[] }) {
  return (
    <nav aria-label={t('nav.breadcrumb')} className="breadcrumbs">
      <ol>
        {items.map((item, i) => (
          <li key={item.href}>
            {i === items.length - 1 ? <span aria-current="page">{item.name}</span> : <a href={item.href}>{item.name}</a>}
          </li>
        ))}
      </ol>
    </nav>
  );
}
