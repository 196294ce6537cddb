const path = require('node:path');

// The web app's unit specs: pure modules (formatting, the offline queue's rules, sign-in helpers),
// compiled by SWC with JSX. What a user sees is tested in a real browser (apps/web-e2e).
module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'web',
  rootDir: __dirname,
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  moduleNameMapper: {},
  setupFiles: [],
  transform: {
    '^.+\\.tsx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
        sourceMaps: 'inline',
      },
    ],
  },
  setupFilesAfterEnv: [path.join(__dirname, '..', '..', 'tools', 'test', 'expect-assertions.js')],
  testMatch: ['**/*.spec.ts', '**/*.spec.tsx'],
};
