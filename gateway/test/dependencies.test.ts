/**
 * The gateway runs on @webwaka/protocol alone: neither its installed dependencies nor the modules it loads
 * include the subgraph runtime (Prisma, Pothos, graphql-yoga, Apollo's subgraph library, PGlite). That is
 * why protocol is its own package rather than a subpath of the kit (decision 0032). An
 * `import ... from '@webwaka/kit'` in gateway/src fails here: as an undeclared package (first test),
 * with the kit declared in gateway/package.json as a runtime dependency (second), and once it runs, as
 * runtime modules loaded (third).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const GATEWAY = path.join(ROOT, 'gateway');

/** Packages of the subgraph runtime, by name. */
const RUNTIME_PACKAGE = /^(@prisma\/.+|prisma|@pothos\/.+|graphql-yoga|@apollo\/subgraph|@electric-sql\/.+)$/;
/** The same packages as paths of loaded modules. */
const RUNTIME_MODULE = /[\\/]node_modules[\\/](@prisma[\\/]|prisma[\\/]|@pothos[\\/]|graphql-yoga[\\/]|@apollo[\\/]subgraph[\\/]|@electric-sql[\\/])/;
/** Subgraph source other than the protocol: the kit (and its generated Prisma client) and the capabilities. */
const SUBGRAPH_CODE = /[\\/]subgraphs[\\/](?!protocol[\\/])/;

const gatewaySources = () =>
  fs
    .readdirSync(path.join(GATEWAY, 'src'))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.join(GATEWAY, 'src', f));

/** Where Node finds package `name` from directory `from`: the nearest node_modules up the tree. */
function packageDir(name: string, from: string): string | null {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (fs.existsSync(path.join(candidate, 'package.json'))) return fs.realpathSync(candidate);
    if (dir === path.dirname(dir)) return null;
  }
}

/** Every package installed for the gateway: its dependencies, theirs, and so on (workspace links followed). */
function installedDependencies(): Map<string, string> {
  const found = new Map<string, string>(); // name -> the package that needs it (for the failure message)
  const seen = new Set<string>();
  const queue: { dir: string; name: string }[] = [{ dir: GATEWAY, name: '@webwaka/gateway' }];
  while (queue.length > 0) {
    const { dir, name } = queue.shift()!;
    if (seen.has(dir)) continue;
    seen.add(dir);
    const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
    // Peer dependencies are installed too (npm 7+); an optional one may be absent, which is fine.
    const deps = { ...pkg.peerDependencies, ...pkg.optionalDependencies, ...pkg.dependencies };
    for (const dep of Object.keys(deps)) {
      if (!found.has(dep)) found.set(dep, name);
      const depDir = packageDir(dep, dir);
      if (depDir) queue.push({ dir: depDir, name: dep });
    }
  }
  return found;
}

/** The files `require.cache` holds after a fresh process loads every gateway module but main.ts (which starts it). */
function modulesLoadedByGateway(): string[] {
  const modules = gatewaySources().filter((f) => path.basename(f) !== 'main.ts');
  const probe = `for (const m of ${JSON.stringify(modules)}) require(m); process.stdout.write(JSON.stringify(Object.keys(require.cache)));`;
  const out = execFileSync(process.execPath, ['--require', 'tsx/cjs', '-e', probe], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'silent' },
  });
  return JSON.parse(out);
}

test('gateway/src imports only its own files, Node built-ins and the packages gateway/package.json declares', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(GATEWAY, 'package.json'), 'utf8'));
  const declared = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})]);
  const specifiers = gatewaySources().flatMap((file) =>
    [...fs.readFileSync(file, 'utf8').matchAll(/(?:\bfrom|^import|\bimport\(|\brequire\()\s*['"]([^'"]+)['"]/gm)].map((m) => ({ file, specifier: m[1] })),
  );
  expect(specifiers.length).toBeGreaterThan(20);
  const outside = specifiers.filter(({ file, specifier }) => {
    if (specifier.startsWith('.')) return !path.resolve(path.dirname(file), specifier).startsWith(path.join(GATEWAY, 'src'));
    if (specifier.startsWith('node:') || builtinModules.includes(specifier)) return false;
    const name = specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
    return !declared.has(name);
  });
  expect(outside.map(({ file, specifier }) => `${path.relative(ROOT, file)} imports '${specifier}'`)).toEqual([]);
});

test('the packages installed for the gateway include none of the subgraph runtime', () => {
  const deps = installedDependencies();
  // The walk did reach the gateway's own stack and the protocol, so an empty answer below means something.
  expect(deps.has('@apollo/gateway')).toBe(true);
  expect(deps.has('@webwaka/protocol')).toBe(true);
  expect(deps.has('ioredis')).toBe(true);
  const runtime = [...deps].filter(([name]) => RUNTIME_PACKAGE.test(name) || name === '@webwaka/kit').map(([name, by]) => `${name} (needed by ${by})`);
  expect(runtime).toEqual([]);
});

test('loading the gateway loads none of the subgraph runtime, and no subgraph code but the protocol', () => {
  const loaded = modulesLoadedByGateway();
  expect(loaded).toContain(path.join(GATEWAY, 'src', 'server.ts'));
  expect(loaded.some((f) => f.includes(`${path.sep}@apollo${path.sep}gateway${path.sep}`))).toBe(true);
  expect(loaded.some((f) => f.includes(`${path.sep}subgraphs${path.sep}protocol${path.sep}`))).toBe(true);
  expect(loaded.filter((f) => RUNTIME_MODULE.test(f) || SUBGRAPH_CODE.test(f))).toEqual([]);
}, 60_000);
