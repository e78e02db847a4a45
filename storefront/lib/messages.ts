import en from '../messages/en.json';
import { fill } from './fill';

/** Every user-visible string lives in messages/<locale>.json; only English exists so far. */
export type MessageKey = keyof typeof en;

const messages: Record<MessageKey, string> = en;

/**
 * Look a message up and fill `{name}` placeholders. For server components: a client component gets its
 * strings as props (lib/client-text.ts), or it would ship the whole catalogue.
 */
export function t(key: MessageKey, vars?: Record<string, string | number>): string {
  return fill(messages[key] ?? key, vars);
}

/** True when `key` names a message (used to map gateway error codes onto our own wording). */
export function hasMessage(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(messages, key);
}
