import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ApolloServerPlugin, DocumentStore } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';
import { type DocumentNode, type GraphQLSchema, Kind, parse, specifiedRules, validate } from 'graphql';
import { ErrorCode, createLogger } from '@webwaka/protocol';
import { SUPERGRAPH_DIR } from './supergraph';

/**
 * Persisted (trusted) operations, decision 0038. The storefront's own GraphQL documents are known at build
 * time: `npm run codegen` writes them, by the sha256 of their text, to storefront/gql/persisted-documents.json
 * and copies that file here. The storefront then sends only `extensions.persistedQuery.sha256Hash` (Apollo's
 * APQ wire format), and the gateway
 * - turns a known hash into its text before Apollo sees the request (`middleware`), so everything after
 *   (limits, rate limits, the response cache, the logs) sees the same request as if the text had been sent;
 * - keeps each trusted document parsed and validated in Apollo's document store from startup on, pinned
 *   where the LRU of other documents cannot evict it (`TrustedDocumentStore`): Apollo keys that store by the
 *   sha256 of the query text, which is the trusted hash, so a trusted request never parses or validates.
 * Integrators' queries with text work as before. Clients cannot register documents (Apollo's own automatic
 * persisted queries are off, `persistedQueries: false`): an unknown hash is PERSISTED_QUERY_NOT_FOUND, so
 * the trusted set is exactly what the storefront was built with and no client can fill the store.
 */

const log = createLogger({ service: 'gateway' });

/** Written by `npm run codegen` (codegen.yml, scripts/copy-trusted-documents.js); test/codegen.test.ts keeps it current. */
export const TRUSTED_DOCUMENTS_FILE = path.join(SUPERGRAPH_DIR, 'trusted-documents.json');

/** Query text of the documents other than the trusted ones that Apollo keeps parsed (about Apollo's default 30 MiB of AST). */
const DEFAULT_OTHER_DOCUMENTS_CHARS = 2 * 1024 * 1024;

const TYPICAL_DOCUMENT_CHARS = 1_000;

const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * The trusted documents by the bare hex sha256 of their text. The file's keys are GraphQL-over-HTTP document
 * ids (`sha256:<hex>`); each is checked against its text, because the document store answers a trusted
 * hash with its document whatever text it was asked for, so a hash naming another text must never load.
 */
export function loadTrustedDocuments(file = TRUSTED_DOCUMENTS_FILE): Map<string, string> {
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
  const byHash = new Map<string, string>();
  for (const [id, text] of Object.entries(manifest)) {
    const hash = id.replace(/^sha256:/, '');
    if (hash !== sha256Hex(text)) throw new Error(`${file}: ${id} is not the sha256 of its document; run \`npm run codegen\``);
    byHash.set(hash, text);
  }
  return byHash;
}

let trustedOfThisProcess: Map<string, string> | undefined;
/** The checked-in trusted documents, read once per process (every gateway started in it shares them). */
export const trustedDocuments = () => (trustedOfThisProcess ??= loadTrustedDocuments());

/** Apollo's document-store keys are `<schema hash>:<sha256 of the query text>`. */
const queryHashOf = (key: string) => key.slice(key.lastIndexOf(':') + 1);

/**
 * Apollo's document store (parsed and validated documents; Apollo parses and validates only on a miss):
 * the trusted documents, pinned, and a least-recently-used set of the others bounded by their text's size.
 */
export class TrustedDocumentStore implements DocumentStore {
  private pinned = new Map<string, DocumentNode>();
  private others = new Map<string, { document: DocumentNode; chars: number }>();
  private otherChars = 0;

  constructor(
    private readonly trusted: ReadonlyMap<string, string>,
    private readonly maxOtherChars = DEFAULT_OTHER_DOCUMENTS_CHARS,
  ) {}

  /**
   * Parses and validates every trusted document against the schema being served, once per schema (Apollo
   * calls this before it answers anything). Subscriptions are served over graphql-ws, not through this
   * store, so their documents are left out; a document that does not validate is left to Apollo, which
   * then answers its validation errors as for any query.
   */
  pin(schema: GraphQLSchema): number {
    const pinned = new Map<string, DocumentNode>();
    for (const [hash, text] of this.trusted) {
      const document = parse(text);
      if (document.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION && d.operation === 'subscription')) continue;
      const errors = validate(schema, document, specifiedRules);
      if (errors.length > 0) log.warn('trusted document does not validate against the schema', { hash, error: errors[0].message });
      else pinned.set(hash, document);
    }
    this.pinned = pinned;
    return pinned.size;
  }

  async get(key: string): Promise<DocumentNode | undefined> {
    const trusted = this.pinned.get(queryHashOf(key));
    if (trusted) return trusted;
    const other = this.others.get(key);
    if (!other) return undefined;
    this.others.delete(key); // re-inserted as the most recently used
    this.others.set(key, other);
    return other.document;
  }

  async set(key: string, document: DocumentNode): Promise<void> {
    if (this.pinned.has(queryHashOf(key))) return;
    await this.delete(key);
    // Parsed without locations (Apollo's `parseOptions.noLocation`) a document still counts, as a typical one.
    const chars = document.loc?.source.body.length ?? TYPICAL_DOCUMENT_CHARS;
    this.others.set(key, { document, chars });
    this.otherChars += chars;
    for (const [oldest, { chars: oldestChars }] of this.others) {
      if (this.otherChars <= this.maxOtherChars || oldest === key) break;
      this.others.delete(oldest);
      this.otherChars -= oldestChars;
    }
  }

  async delete(key: string): Promise<boolean> {
    const other = this.others.get(key);
    if (!other) return false;
    this.others.delete(key);
    this.otherChars -= other.chars;
    return true;
  }
}

/** What a request's `query` and `extensions` become, or why it is refused. */
type Resolution =
  | { kind: 'unchanged' }
  | { kind: 'resolved'; query: string; extensions: Record<string, unknown> | undefined }
  | { kind: 'refused'; status: number; code: ErrorCode; message: string };

interface PersistedQueryExtension {
  version?: unknown;
  sha256Hash?: unknown;
}

export class PersistedOperations {
  /** Apollo's `documentStore`; Apollo's own `persistedQueries` must be `false`, so that no client registers a hash. */
  readonly documentStore: TrustedDocumentStore;
  /** Pins the trusted documents whenever Apollo loads the schema, before it answers any request. */
  readonly plugin: ApolloServerPlugin;

  constructor(private readonly trusted: ReadonlyMap<string, string> = trustedDocuments(), maxOtherDocumentChars?: number) {
    const store = (this.documentStore = new TrustedDocumentStore(trusted, maxOtherDocumentChars));
    this.plugin = {
      async serverWillStart() {
        return {
          schemaDidLoadOrUpdate({ apiSchema }) {
            log.info('trusted documents parsed and validated', { count: store.pin(apiSchema) });
          },
        };
      },
    };
  }

  /** The trusted text for a request's `query` and `extensions` (of a POST body or a GET URL). */
  resolve(query: unknown, extensions: unknown): Resolution {
    if (!extensions || typeof extensions !== 'object') return { kind: 'unchanged' }; // Apollo judges the rest
    const { persistedQuery, ...otherExtensions } = extensions as { persistedQuery?: PersistedQueryExtension | null };
    if (persistedQuery === undefined || persistedQuery === null) return { kind: 'unchanged' };
    const rest = Object.keys(otherExtensions).length > 0 ? otherExtensions : undefined;
    const hash = typeof persistedQuery === 'object' ? persistedQuery.sha256Hash : undefined;
    if (typeof persistedQuery !== 'object' || persistedQuery.version !== 1 || typeof hash !== 'string') {
      return { kind: 'refused', status: 400, code: ErrorCode.BAD_USER_INPUT, message: 'persistedQuery needs version 1 and a sha256Hash' };
    }
    if (typeof query === 'string' && query !== '') {
      // A text with its hash (how Apollo clients register a query): run as text if they agree; nothing is
      // registered, since only the trusted documents are ever known by hash.
      if (sha256Hex(query) !== hash) return { kind: 'refused', status: 400, code: ErrorCode.BAD_USER_INPUT, message: 'persistedQuery.sha256Hash is not the sha256 of the query text' };
      return { kind: 'resolved', query, extensions: rest };
    }
    const text = this.trusted.get(hash);
    // The message is the one Apollo clients look for (besides the code) before retrying with the text.
    if (!text) return { kind: 'refused', status: 200, code: ErrorCode.PERSISTED_QUERY_NOT_FOUND, message: 'PersistedQueryNotFound' };
    return { kind: 'resolved', query: text, extensions: rest };
  }

  /** Express middleware, after the JSON body parser and before Apollo's. */
  middleware() {
    return (req: Request, res: Response, next: NextFunction) => {
      const fromUrl = req.method === 'GET';
      const search = new URLSearchParams(fromUrl ? (req.url.split('?')[1] ?? '') : '');
      const params = fromUrl ? { query: search.get('query') ?? undefined, extensions: jsonOrUndefined(search.get('extensions')) } : req.body;
      if (!params || typeof params !== 'object' || Array.isArray(params)) return next();
      const resolution = this.resolve(params.query, params.extensions);
      if (resolution.kind === 'unchanged') return next();
      if (resolution.kind === 'refused') {
        // As Apollo answers its own persisted-query errors: never cached by a proxy, since the next try may differ.
        res.status(resolution.status).set('cache-control', 'private, no-cache, must-revalidate');
        res.json({ errors: [{ message: resolution.message, extensions: { code: resolution.code } }] });
        return;
      }
      if (fromUrl) {
        search.set('query', resolution.query);
        if (resolution.extensions) search.set('extensions', JSON.stringify(resolution.extensions));
        else search.delete('extensions');
        req.url = `${req.url.split('?')[0]}?${search}`;
      } else {
        const { extensions: _, ...body } = params;
        // Apollo refuses an `extensions` key that is present but not an object.
        req.body = resolution.extensions ? { ...body, query: resolution.query, extensions: resolution.extensions } : { ...body, query: resolution.query };
      }
      next();
    };
  }
}

function jsonOrUndefined(text: string | null): unknown {
  if (text === null) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined; // Apollo answers the malformed parameter itself
  }
}
