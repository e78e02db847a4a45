// The storefront's message catalogues: JSON keeps the last of two equal keys without a word, so a key
// added twice silently changes the first one's text wherever it is used (it once renamed the two-factor
// reset's "Current password" field). Every key appears once.
import fs from 'node:fs';
import path from 'node:path';

const DIR = path.resolve(__dirname, '../storefront/messages');

test.each(fs.readdirSync(DIR).filter((f) => f.endsWith('.json')))('%s names each key once', (file) => {
  const text = fs.readFileSync(path.join(DIR, file), 'utf8');
  const keys = [...text.matchAll(/^\s*"((?:[^"\\]|\\.)*)"\s*:/gm)].map((m) => m[1]);
  const seen = new Set<string>();
  const twice = keys.filter((k) => (seen.has(k) ? true : (seen.add(k), false)));
  expect(twice).toEqual([]);
  expect(keys.length).toBe(Object.keys(JSON.parse(text)).length);
});
