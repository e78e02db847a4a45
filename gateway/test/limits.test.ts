/** Query limits as plain functions (rate limits: rate-limit.test.ts). */
import fs from 'node:fs';
import { buildSchema, parse } from 'graphql';
import { API_SCHEMA_FILE } from '../src/supergraph';
import { enforceLimits } from '../src/limits';

const schema = buildSchema(fs.readFileSync(API_SCHEMA_FILE, 'utf8'));
const check = (q: string, vars = {}, limits = { maxDepth: 12, maxCost: 20_000, maxPageSize: 100 }) => () => enforceLimits(schema, parse(q), vars, limits);

describe('enforceLimits', () => {
  it('passes an ordinary query', () => {
    expect(check('{ me { id memberships { role tenant { name } } } }')).not.toThrow();
  });
  it('counts depth through fragments', () => {
    const q = '{ me { ...A } } fragment A on User { memberships { user { memberships { user { id } } } } }';
    expect(check(q, {}, { maxDepth: 5, maxCost: 1e9, maxPageSize: 100 })).toThrow(/depth 6/);
    expect(check(q, {}, { maxDepth: 6, maxCost: 1e9, maxPageSize: 100 })).not.toThrow();
  });
  it('multiplies cost by page sizes, from literals and variables', () => {
    const q = 'query($n: Int) { members(first: $n) { edges { node { id role } } } }';
    const limits = { maxDepth: 12, maxCost: 150, maxPageSize: 100 };
    expect(check(q, { n: 10 }, limits)).not.toThrow();
    expect(check(q, { n: 100 }, limits)).toThrow(/cost/);
  });
  it('caps first and last', () => {
    expect(check('{ members(first: 101) { edges { node { id } } } }')).toThrow(/between 0 and 100/);
    expect(check('query($l: Int) { members(last: $l) { edges { node { id } } } }', { l: 1000 })).toThrow(/got 1000/);
    expect(check('{ members(first: -1) { edges { node { id } } } }')).toThrow();
  });
});
