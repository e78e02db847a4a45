// What client components may import. Each one ships to every browser that loads its page, so the message
// catalogue (messages/en.json, every page's strings, tens of kB and growing) must not come in through
// them: client components get their strings as props (storefront/lib/client-text.ts) or from a small
// message file of their own (transport, error pages). The product page's byte budget is checked in Chromium
// (test/browser/storefront.test.ts); this catches the cause on every page, including the back office.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const STOREFRONT = resolve(__dirname, '../storefront');
const SKIP = new Set(['node_modules', '.next', 'gql', 'public']);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (SKIP.has(entry.name)) return [];
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sources(path) : /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const clientComponents = sources(STOREFRONT).filter((file) => /^\s*['"]use client['"]/.test(readFileSync(file, 'utf8')));
/** Runtime imports (type-only imports are erased and ship nothing). */
const runtimeImports = (file: string) => [...readFileSync(file, 'utf8').matchAll(/^import (?!type )[^;]*? from '([^']+)';/gms)].map((m) => m[1]);

/** A relative import as a file of the storefront (null for packages and JSON). */
function resolveImport(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(from), specifier);
  return [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((candidate) => existsSync(candidate)) ?? null;
}

/** The chains by which a file pulls in the catalogue, following the storefront's own modules. */
function catalogueChains(file: string, seen = new Set<string>()): string[] {
  if (seen.has(file)) return [];
  seen.add(file);
  return runtimeImports(file).flatMap((specifier) => {
    if (/messages\/en\.json$/.test(specifier)) return [specifier];
    const next = resolveImport(file, specifier);
    return next ? catalogueChains(next, seen).map((chain) => `${relative(STOREFRONT, next)} → ${chain}`) : [];
  });
}

it('finds the client components, and sees the catalogue behind lib/messages', () => {
  expect(clientComponents.length).toBeGreaterThan(5);
  expect(catalogueChains(join(STOREFRONT, 'lib/messages.ts'))).toEqual(['../messages/en.json']);
});

it.each(clientComponents.map((file) => [relative(STOREFRONT, file)]))('%s does not pull in the message catalogue', (file) => {
  expect(catalogueChains(join(STOREFRONT, file))).toEqual([]);
});
