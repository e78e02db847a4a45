// The import's limits the browser needs too, apart from the import's rules (product-import.ts), which
// word their errors from the message catalogue: the runner (a client component) must not ship it.

export const MAX_FILE_BYTES = 2 * 1024 * 1024;
/** Products per server action call: a steady progress bar, each call well under a few seconds. */
export const IMPORT_CHUNK_SIZE = 5;
