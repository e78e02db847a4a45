import en from '../messages/en.json';

/** Every user-visible string lives in messages/<locale>.json; only English exists so far. */
export type MessageKey = keyof typeof en;

const messages: Record<MessageKey, string> = en;

/** Look a message up and fill `{name}` placeholders. Safe to use in server and client components. */
export function t(key: MessageKey, vars?: Record<string, string | number>): string {
  const template = messages[key] ?? key;
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : whole,
  );
}

/** True when `key` names a message (used to map gateway error codes onto our own wording). */
export function hasMessage(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(messages, key);
}
