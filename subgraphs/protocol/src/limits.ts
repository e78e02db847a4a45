/** The largest page any connection serves; the gateway refuses larger `first`/`last` before planning. */
export const MAX_PAGE_SIZE = 100;
