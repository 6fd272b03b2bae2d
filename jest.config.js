// ESM throughout: @actions/core 3 and @actions/github 9 ship only ES modules.
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: {
    '^@goldenthread/core$': '<rootDir>/packages/core/src/index.ts',
    '^@goldenthread/core/(kube|git|opensearch)$': '<rootDir>/packages/core/src/$1.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1'
  },
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } }, module: { type: 'es6' } }]
  },
  reporters: ['default', '<rootDir>/test/summary-reporter.mjs'],
  testTimeout: 60000
};
