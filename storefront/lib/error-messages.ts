import errors from '../messages/errors.en.json';

/**
 * The error pages' strings, in a message file of their own: the error boundaries are client components
 * loaded on every page, and importing messages/en.json there would ship the whole catalogue (tens of kB,
 * growing with every feature) to every browser.
 */
export const errorText: Readonly<typeof errors> = errors;
