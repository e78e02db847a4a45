// The repository's import graph, read from the source text with the TypeScript parser (nothing is loaded
// or compiled). Every static import, re-export, `import type`, `require('…')`, `import('…')` and
// `typeof import('…')` with a literal specifier becomes an edge; relative specifiers and workspace
// package names (`@webwaka/<name>`, by each package.json's name and main) are resolved to files, anything
// else is a node_modules package and is left out.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export const ROOT = path.resolve(__dirname, '../..');

/** The folders whose files are read, relative to the root. */
const SOURCE_FOLDERS = ['gateway', 'subgraphs', 'storefront', 'scripts', 'bench', 'prisma', 'test'];
const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];
/** Folders that are generated (or installed, or build output), wherever they stand. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.next', 'generated', 'gql', 'migrations', 'test-artifacts', '.turbo']);
/** Extensions tried, in order, for a specifier written without one (and for `.js` written for a `.ts`). */
const RESOLVE_EXTENSIONS = ['.ts', '.tsx', '.d.ts', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs', '.json'];

export interface ImportEdge {
  /** Importing file, relative to the root with forward slashes. */
  from: string;
  /** Imported file, relative to the root. */
  to: string;
  /** The specifier as written. */
  specifier: string;
  /** Erased at compile time (`import type`, `export type … from`, all-type named imports, `typeof import()`). */
  typeOnly: boolean;
}

export interface ImportGraph {
  /** Every source file read, relative to the root. */
  files: string[];
  edges: ImportEdge[];
  /** Relative or workspace specifiers that match no file: a resolver that misses files would hide violations. */
  unresolved: { from: string; specifier: string }[];
}

const toPosix = (p: string) => p.split(path.sep).join('/');

function listSourceFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name)) walk(path.join(dir, entry.name));
      } else if (SOURCE_EXTENSIONS.some((ext) => entry.name.endsWith(ext))) {
        out.push(toPosix(path.relative(ROOT, path.join(dir, entry.name))));
      }
    }
  };
  for (const folder of SOURCE_FOLDERS) if (fs.existsSync(path.join(ROOT, folder))) walk(path.join(ROOT, folder));
  return out.sort();
}

/** Workspace package name → its folder (relative) and entry file (relative to the folder). */
function workspacePackages(): Map<string, { dir: string; main: string }> {
  const packages = new Map<string, { dir: string; main: string }>();
  const dirs = ['gateway', 'storefront', ...fs.readdirSync(path.join(ROOT, 'subgraphs')).map((d) => `subgraphs/${d}`)];
  for (const dir of dirs) {
    const file = path.join(ROOT, dir, 'package.json');
    if (!fs.existsSync(file)) continue;
    const pkg = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string; main?: string; types?: string };
    if (pkg.name) packages.set(pkg.name, { dir, main: pkg.main ?? pkg.types ?? 'index' });
  }
  return packages;
}

const isFile = (rel: string) => {
  const abs = path.join(ROOT, rel);
  return fs.existsSync(abs) && fs.statSync(abs).isFile();
};

/** Node's and bundlers' rules: the path itself, with an extension, a `.js` standing for `.ts`, or a folder's index. */
function resolvePath(rel: string): string | null {
  const candidates = [rel, ...RESOLVE_EXTENSIONS.map((ext) => rel + ext)];
  const jsLike = rel.match(/^(.*)\.(m|c)?jsx?$/);
  if (jsLike) candidates.push(...['.ts', '.tsx', '.mts', '.cts'].map((ext) => jsLike[1] + ext));
  candidates.push(...RESOLVE_EXTENSIONS.map((ext) => `${rel}/index${ext}`));
  for (const c of candidates) {
    const normal = toPosix(path.normalize(c));
    if (isFile(normal)) return normal;
  }
  return null;
}

interface RawImport {
  specifier: string;
  typeOnly: boolean;
}

/** Every literal module specifier in a file, each marked whether only types are taken through it. */
function importsOf(fileName: string, text: string): RawImport[] {
  const kind = fileName.endsWith('x') ? ts.ScriptKind.TSX : fileName.match(/\.[mc]?js$/) ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, kind);
  const found: RawImport[] = [];
  const literal = (node: ts.Node | undefined) => (node && ts.isStringLiteralLike(node) ? node.text : null);
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node)) {
      const specifier = literal(node.moduleSpecifier);
      const clause = node.importClause;
      // `import type {…}`, or `import { type A, type B }` with no default and only type-marked names. A
      // bare `import './x'` runs the module, so it is never type-only.
      const allTypeNames =
        !!clause && !clause.name && !!clause.namedBindings && ts.isNamedImports(clause.namedBindings) && clause.namedBindings.elements.length > 0 && clause.namedBindings.elements.every((e) => e.isTypeOnly);
      if (specifier !== null) found.push({ specifier, typeOnly: !!clause && (clause.isTypeOnly || allTypeNames) });
    } else if (ts.isExportDeclaration(node)) {
      const specifier = literal(node.moduleSpecifier);
      const allTypeNames = !!node.exportClause && ts.isNamedExports(node.exportClause) && node.exportClause.elements.length > 0 && node.exportClause.elements.every((e) => e.isTypeOnly);
      if (specifier !== null) found.push({ specifier, typeOnly: node.isTypeOnly || allTypeNames });
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      const specifier = literal(node.moduleReference.expression);
      if (specifier !== null) found.push({ specifier, typeOnly: node.isTypeOnly });
    } else if (ts.isImportTypeNode(node)) {
      const arg = node.argument;
      const specifier = ts.isLiteralTypeNode(arg) ? literal(arg.literal) : null;
      if (specifier !== null) found.push({ specifier, typeOnly: true });
    } else if (ts.isCallExpression(node) && node.arguments.length >= 1) {
      const isRequire = ts.isIdentifier(node.expression) && node.expression.text === 'require';
      const isDynamicImport = node.expression.kind === ts.SyntaxKind.ImportKeyword;
      const specifier = isRequire || isDynamicImport ? literal(node.arguments[0]) : null;
      if (specifier !== null) found.push({ specifier, typeOnly: false });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

export function buildImportGraph(): ImportGraph {
  const files = listSourceFiles();
  const packages = workspacePackages();
  const edges: ImportEdge[] = [];
  const unresolved: ImportGraph['unresolved'] = [];
  for (const from of files) {
    const text = fs.readFileSync(path.join(ROOT, from), 'utf8');
    for (const { specifier, typeOnly } of importsOf(from, text)) {
      let target: string | null;
      if (specifier.startsWith('.')) {
        target = resolvePath(path.posix.join(path.posix.dirname(from), specifier));
      } else if (specifier.startsWith('@/') && from.startsWith('storefront/')) {
        target = resolvePath(`storefront/${specifier.slice(2)}`); // the storefront's tsconfig path alias
      } else {
        const [scope, name, ...rest] = specifier.split('/');
        const pkg = scope?.startsWith('@') ? packages.get(`${scope}/${name}`) : undefined;
        if (!pkg) continue; // a node_modules package (or node: built-in)
        target = resolvePath(rest.length ? `${pkg.dir}/${rest.join('/')}` : `${pkg.dir}/${pkg.main}`);
      }
      if (target) edges.push({ from, to: target, specifier, typeOnly });
      else unresolved.push({ from, specifier });
    }
  }
  return { files, edges, unresolved };
}
