// One jest run for the whole monorepo. TypeScript goes through @swc/jest (fast, no type-check: `npm run
// typecheck` does that). Projects keep unit tests and the slower process-level suites apart.
const swc = ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } }, module: { type: 'commonjs' } }];
const common = {
  transform: { '^.+\\.(t|j)sx?$': swc },
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
};
module.exports = {
  // Suites boot the whole graph (seven subgraphs, migrations, demo data) in beforeAll; on a busy 2-core
  // machine that can take most of a minute.
  testTimeout: 120_000,
  projects: [
    { ...common, displayName: 'kit', testMatch: ['<rootDir>/subgraphs/kit/test/**/*.test.ts'] },
    { ...common, displayName: 'protocol', testMatch: ['<rootDir>/subgraphs/protocol/test/**/*.test.ts'] },
    { ...common, displayName: 'identity', testMatch: ['<rootDir>/subgraphs/identity/test/**/*.test.ts'] },
    { ...common, displayName: 'catalog', testMatch: ['<rootDir>/subgraphs/catalog/test/**/*.test.ts'] },
    { ...common, displayName: 'inventory', testMatch: ['<rootDir>/subgraphs/inventory/test/**/*.test.ts'] },
    { ...common, displayName: 'commerce', testMatch: ['<rootDir>/subgraphs/commerce/test/**/*.test.ts'] },
    { ...common, displayName: 'ledger', testMatch: ['<rootDir>/subgraphs/ledger/test/**/*.test.ts'] },
    { ...common, displayName: 'mlas', testMatch: ['<rootDir>/subgraphs/mlas/test/**/*.test.ts'] },
    { ...common, displayName: 'transport', testMatch: ['<rootDir>/subgraphs/transport/test/**/*.test.ts'] },
    { ...common, displayName: 'pos', testMatch: ['<rootDir>/subgraphs/pos/test/**/*.test.ts'] },
    { ...common, displayName: 'notifications', testMatch: ['<rootDir>/subgraphs/notifications/test/**/*.test.ts'] },
    { ...common, displayName: 'gateway', testMatch: ['<rootDir>/gateway/test/**/*.test.ts'] },
    { ...common, displayName: 'prisma', testMatch: ['<rootDir>/prisma/test/**/*.test.ts'] },
    { ...common, displayName: 'system', testMatch: ['<rootDir>/test/**/*.test.ts'] },
  ],
};
