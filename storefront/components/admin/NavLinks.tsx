'use client';

import { usePathname } from 'next/navigation';

/** The section links, the current one marked (aria-current) for screen readers and styling. */
export function NavLinks({ links, label }: { links: { href: string; label: string; exact: boolean }[]; label: string }) {
  const pathname = usePathname();
  return (
    <nav className="admin-nav" aria-label={label}>
      <ul>
        {links.map((link) => {
          const current = link.exact ? pathname === link.href : pathname === link.href || pathname.startsWith(`${link.href}/`);
          return (
            <li key={link.href}>
              <a href={link.href} aria-current={current ? 'page' : undefined}>
                {link.label}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
