/**
 * The event contracts (src/events.ts, decision 0033) against the code: every topic has producers and a
 * consumer entry; no source file writes a topic name of its own; each declared consumer's dispatcher
 * registers exactly the topics it is declared to consume (so one consumer per topic), each declared
 * producer records exactly its topics; docs/architecture.md shows the module's table; and the rename
 * migration renames exactly the renamed topics.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { CAPABILITIES, RENAMED_TOPICS, RETIRED_TOPICS, TOPIC_CONTRACTS, TOPICS, topicTable, type Capability, type Topic } from '../src/events';
import { createPrismaClient, openDatabase, recordOutboxEvent, uuidv7, type Database } from '../src';
import { deployMigrations } from '../../../prisma/migrator';
import { ARCHITECTURE_MD, withTopicTable } from '../../../scripts/docs-topics';

const ROOT = path.join(__dirname, '..', '..', '..');
const MODULE = path.join('subgraphs', 'kit', 'src', 'events.ts');
const RENAME_MIGRATION = path.join(ROOT, 'prisma', 'migrations', '20261206165000_rename_outbox_topics', 'migration.sql');
/** What a topic name looks like: `<capability>.<thing>.<what happened>`. */
const TOPIC_SHAPE = new RegExp(`^(${CAPABILITIES.join('|')})\\.[a-z_]+\\.[a-z_]+$`);

const topics = Object.values(TOPICS) as Topic[];
const keyOf = (topic: Topic) => (Object.keys(TOPICS) as (keyof typeof TOPICS)[]).find((k) => TOPICS[k] === topic)!;

function sourceFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'generated' || e.name === 'node_modules' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** Every string a file writes: string literals and the text of template literals (not comments). */
function stringsIn(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) found.push(node.text);
    node.forEachChild(visit);
  };
  visit(source);
  return found;
}

const capabilitySources = (capability: Capability) => sourceFiles(path.join(ROOT, 'subgraphs', capability, 'src'));
const read = (files: string[]) => files.map((f) => fs.readFileSync(f, 'utf8')).join('\n');
const topicsMatching = (code: string, pattern: RegExp) => new Set([...code.matchAll(pattern)].map((m) => TOPICS[m[1] as keyof typeof TOPICS]));

describe('the contracts', () => {
  it.each(topics)('%s has producers, one consumer entry, and a name by the naming rule', (topic) => {
    const c = TOPIC_CONTRACTS[topic];
    const [first] = topic.split('.');
    expect(topic).toMatch(TOPIC_SHAPE);
    expect(keyOf(topic)).toBe(topic.toUpperCase().replace(/\./g, '_'));
    expect(c.producers.length).toBeGreaterThan(0);
    for (const p of c.producers) expect(CAPABILITIES).toContain(p);
    expect(c.does.trim()).not.toBe('');
    expect(CAPABILITIES).toContain(c.consumer);
    if (c.kind === 'event') {
      // Named by its one producer for what happened.
      expect(c.producers).toEqual([first]);
    } else {
      // Named by the one capability it asks.
      expect(c.consumer).toBe(first);
      expect(topic).toMatch(/\.requested$/);
    }
  });
});

describe('the code', () => {
  it('writes no topic name outside kit/src/events.ts', () => {
    const files = [...sourceFiles(path.join(ROOT, 'subgraphs')).filter((f) => f.split(path.sep).includes('src')), ...sourceFiles(path.join(ROOT, 'gateway', 'src'))];
    expect(files.length).toBeGreaterThan(50);
    const strays = files
      .filter((f) => path.relative(ROOT, f) !== MODULE)
      .flatMap((f) => stringsIn(f).filter((s) => TOPIC_SHAPE.test(s) || s in RENAMED_TOPICS).map((s) => `${path.relative(ROOT, f)}: '${s}'`));
    expect(strays).toEqual([]);
  });

  it.each(CAPABILITIES)("%s's dispatcher registers exactly the topics it is declared to consume", (capability) => {
    const registered = topicsMatching(read(capabilitySources(capability)), /\[TOPICS\.([A-Z_]+)\]\s*:/g);
    const declared = new Set(topics.filter((t) => TOPIC_CONTRACTS[t].consumer === capability));
    expect([...registered].sort()).toEqual([...declared].sort());
  });

  it.each(CAPABILITIES)('%s records exactly the topics it is declared to produce', (capability) => {
    const recorded = topicsMatching(read(capabilitySources(capability)), /\btopic:\s*TOPICS\.([A-Z_]+)/g);
    const declared = new Set(topics.filter((t) => TOPIC_CONTRACTS[t].producers.includes(capability)));
    expect([...recorded].sort()).toEqual([...declared].sort());
  });
});

describe('docs/architecture.md', () => {
  it('shows the topic table of the module (`npm run docs:topics` writes it)', () => {
    const page = fs.readFileSync(ARCHITECTURE_MD, 'utf8');
    expect(page).toBe(withTopicTable(page, topicTable()));
  });
});

describe('the rename migration', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openDatabase({ dataDir: 'memory' });
    await deployMigrations(db);
  });
  afterAll(async () => {
    await db?.close();
  });

  it('renames exactly the renamed topics and drops the retired ones, in events already in the outbox', async () => {
    const sql = fs.readFileSync(RENAME_MIGRATION, 'utf8');
    const updates = [...sql.matchAll(/^UPDATE "kit"\."OutboxEvent" SET "topic" = '([^']+)' WHERE "topic" = '([^']+)';$/gm)];
    const deletes = [...sql.matchAll(/^DELETE FROM "kit"\."OutboxEvent" WHERE "topic" = '([^']+)' AND "dispatchedAt" IS NULL;$/gm)];
    expect(sql.match(/^\s*[A-Z]+/gm)?.length).toBe(updates.length + deletes.length); // nothing but these statements
    const renames = Object.fromEntries(updates.map((m) => [m[2], m[1]]));
    expect(renames).toEqual(RENAMED_TOPICS);
    expect(deletes.map((m) => m[1])).toEqual(RETIRED_TOPICS);
    for (const retired of RETIRED_TOPICS) expect(Object.values(TOPICS)).not.toContain(retired);

    const prisma = createPrismaClient(db);
    try {
      const tenantId = uuidv7();
      const old = [...Object.keys(RENAMED_TOPICS), TOPICS.COMMERCE_ORDER_PAID, ...RETIRED_TOPICS];
      for (const topic of old) await prisma.$transaction((tx) => recordOutboxEvent(tx, { tenantId, topic, payload: {} }));
      for (const [statement] of [...updates, ...deletes]) await prisma.$executeRawUnsafe(statement);
      const after = await prisma.outboxEvent.findMany({ where: { tenantId }, orderBy: { id: 'asc' } });
      const kept = old.filter((t) => !RETIRED_TOPICS.includes(t));
      expect(after.map((e) => e.topic)).toEqual(kept.map((t) => RENAMED_TOPICS[t] ?? t));
    } finally {
      await prisma.$disconnect();
    }
  });
});
