/**
 * `npm run docs:topics`: writes the topic table of docs/architecture.md from kit's events.ts (decision 0033).
 * subgraphs/kit/test/events.test.ts fails while the page shows another table.
 */
import fs from 'node:fs';
import path from 'node:path';
import { topicTable } from '../subgraphs/kit/src/events';

export const ARCHITECTURE_MD = path.join(__dirname, '..', 'docs', 'architecture.md');
const START = '<!-- topics: written by `npm run docs:topics` from subgraphs/kit/src/events.ts -->';
const END = '<!-- /topics -->';

/** The page with its topic table (between the markers) replaced by `table`. */
export function withTopicTable(page: string, table: string): string {
  const from = page.indexOf(START);
  const to = page.indexOf(END);
  if (from < 0 || to < from) throw new Error(`docs/architecture.md has no topic table markers (${START} ... ${END})`);
  return page.slice(0, from + START.length) + '\n' + table + '\n  ' + page.slice(to);
}

if (require.main === module) {
  const page = fs.readFileSync(ARCHITECTURE_MD, 'utf8');
  const next = withTopicTable(page, topicTable());
  if (next !== page) fs.writeFileSync(ARCHITECTURE_MD, next);
  console.log(next === page ? 'docs/architecture.md: topic table already up to date' : 'docs/architecture.md: topic table written');
}
