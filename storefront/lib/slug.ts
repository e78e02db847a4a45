/** What a tenant slug may look like; anything else is a 404 without asking the gateway. Cookie-name safe. */
export const SLUG_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;
