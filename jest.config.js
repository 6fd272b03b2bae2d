// ESM throughout: @actions/core 3 and @actions/github 9 ship only ES modules.
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: {
    '^@goldenthread/core$': '<rootDir>/packages/core/src/index.ts',
    '^@goldenthread/core/(kube|git|opensearch)$': '<rootDir>/packages/core/src/$1.ts',
    '^@goldenthread/core/records$': '<rootDir>/packages/core/src/contracts/records.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1'
  },
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } }, module: { type: 'es6' } }]
  },
  reporters: ['default', '<rootDir>/test/summary-reporter.mjs'],
  testTimeout: 60000,
  // The tests wait on servers, intervals and child processes far more than on CPU: three workers
  // on two cores finish the whole run in about half the time of jest's default (cores - 1).
  maxWorkers: 3
};
