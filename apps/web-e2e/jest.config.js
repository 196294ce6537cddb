module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'web-e2e',
  rootDir: __dirname,
  testMatch: ['**/*.browser-spec.ts'],
  globalSetup: '<rootDir>/src/support/global-setup.js',
  globalTeardown: '<rootDir>/src/support/global-teardown.js',
  // One system and one browser are shared by the spec files; run them one after another.
  maxWorkers: 1,
  // A browser on a busy two-core machine: a screen may take seconds to draw.
  testTimeout: 120000,
};
