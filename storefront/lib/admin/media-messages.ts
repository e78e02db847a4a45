import messages from '../../messages/media.en.json';
import { fill } from '../fill';

// The back office's photo upload keeps its English strings in messages/media.en.json.

export type MediaMessageKey = keyof typeof messages;

const table: Record<MediaMessageKey, string> = messages;

/** Look a photo-upload message up and fill `{name}` placeholders. */
export function mt(key: MediaMessageKey, vars?: Record<string, string | number>): string {
  return fill(table[key] ?? key, vars);
}
