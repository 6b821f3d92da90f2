// Integration specs: the whole API over real HTTP on a real, migrated PostgreSQL (see test-global-setup.mjs).
module.exports = {
  displayName: 'api-integration',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.integration-spec.ts'],
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json', diagnostics: { ignoreCodes: [151002] } }],
  },
  moduleFileExtensions: ['ts', 'js', 'html'],
  globalSetup: '<rootDir>/test-global-setup.mjs',
  globalTeardown: '<rootDir>/test-global-teardown.mjs',
  testTimeout: 60_000,
  coverageDirectory: '../../coverage/apps/api-integration',
};
