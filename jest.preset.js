// Shared Jest settings: SWC compiles TypeScript as the build does (decorator metadata kept for
// type-graphql and TypeORM), and the tsconfig path aliases of our libs resolve to their sources.
const fs = require('node:fs');
const path = require('node:path');
const { compilerOptions } = require('./tsconfig.base.json');
const { swcOptions } = require('./tools/build/swc-options');

const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [
    `^${alias.replace(/[/]/g, '\\/')}$`,
    path.join(__dirname, target),
  ]),
);

// Each project's test target writes a JSON report here for `npm test` to sum up.
fs.mkdirSync(path.join(__dirname, 'tmp', 'jest-results'), { recursive: true });

module.exports = {
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper,
  transform: { '^.+\\.ts$': ['@swc/jest', swcOptions({ sourceMaps: 'inline' })] },
  setupFiles: ['reflect-metadata'],
  setupFilesAfterEnv: [path.join(__dirname, 'tools', 'test', 'expect-assertions.js')],
  testMatch: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts'],
};
