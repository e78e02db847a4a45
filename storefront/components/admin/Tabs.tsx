/** Links between the pages of one back-office section, in a labelled navigation; the current one marked. */
export function Tabs<K extends string>({ label, tabs, current }: { label: string; tabs: readonly { key: K; href: string; label: string }[]; current: K }) {
  return (
    <nav className="tabs" aria-label={label}>
      <ul>
        {tabs.map((tab) => (
          <li key={tab.key}>
            <a href={tab.href} aria-current={tab.key === current ? 'page' : undefined}>
              {tab.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
