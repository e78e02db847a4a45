/** Error codes are part of the public contract: each one is documented for integrators in docs/api.md. */
import fs from 'node:fs';
import path from 'node:path';
import { ErrorCode } from '../src';

test('every error code is documented in docs/api.md', () => {
  const doc = fs.readFileSync(path.resolve(__dirname, '../../../docs/api.md'), 'utf8');
  const documented = new Set([...doc.matchAll(/^\| ([A-Z_ /]+) \|/gm)].flatMap((m) => m[1].split('/').map((c) => c.trim())));
  expect(Object.values(ErrorCode).filter((c) => !documented.has(c))).toEqual([]);
});
