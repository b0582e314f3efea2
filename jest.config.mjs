const transform = {
  '^.+\\.ts$': '<rootDir>/scripts/jest-esbuild-transform.cjs',
  '\\.graphql$': '<rootDir>/scripts/jest-text-transform.cjs'
};
const shared = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts', '.graphql'],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json', 'graphql'],
  transform,
  // node_modules stay untransformed, except the schema's SDL, imported as text.
  transformIgnorePatterns: ['/node_modules/.+\\.(js|mjs|cjs|json)$'],
  moduleNameMapper: {
    '^@octokit/graphql-schema/schema.graphql$': '<rootDir>/node_modules/@octokit/graphql-schema/schema.graphql'
  }
};

export default {
  projects: [
    { ...shared, displayName: 'default', testMatch: ['<rootDir>/__tests__/**/*.test.ts'] },
    {
      ...shared,
      displayName: 'stress',
      testMatch: ['<rootDir>/__tests__/**/*.stress.ts'],
      // A fresh tally before, and the tally printed after (npm run test:stress; docs/STRESS.md).
      globalSetup: '<rootDir>/__tests__/helpers/stress-setup.mjs',
      globalTeardown: '<rootDir>/__tests__/helpers/stress-teardown.mjs'
    }
  ],
  testTimeout: 60000,
  // A server a test forgets to close must not keep CI waiting until its deadline.
  forceExit: true
};
