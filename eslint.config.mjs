import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier/flat';
import tseslint from 'typescript-eslint';

export default [
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '.nx/**',
      '.data/**',
      'tmp/**',
      '**/jest.config.js',
      'jest.preset.js',
      // Written by GraphQL Code Generator (npm run codegen), checked by the web typecheck.
      'apps/web/src/graphql/generated.ts',
    ],
  },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { '@nx': nx },
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          banTransitiveDependencies: true,
          allow: [],
          depConstraints: [
            // An app is the top of its tree: nothing may import it. Its tests may use testing libs (see below for runtime files).
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: [
                'type:feature',
                'type:data-access',
                'type:util',
                'type:testing',
              ],
            },
            // Tools and end-to-end tests drive the apps from outside (processes, HTTP), never by import.
            {
              sourceTag: 'type:tool',
              onlyDependOnLibsWithTags: [
                'type:feature',
                'type:data-access',
                'type:util',
                'type:testing',
              ],
            },
            {
              sourceTag: 'type:e2e',
              onlyDependOnLibsWithTags: [
                'type:feature',
                'type:data-access',
                'type:util',
                'type:testing',
              ],
            },
            {
              sourceTag: 'type:feature',
              onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:util'],
            },
            {
              sourceTag: 'type:data-access',
              onlyDependOnLibsWithTags: ['type:data-access', 'type:util'],
            },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
            // Test support builds on anything but apps; nothing but tests builds on it.
            {
              sourceTag: 'type:testing',
              onlyDependOnLibsWithTags: [
                'type:testing',
                'type:feature',
                'type:data-access',
                'type:util',
              ],
            },
            // A domain's own libs are its own; `visibility:public` marks the few any scope may read (a domain's
            // published vocabulary, e.g. libs/appeal/util-contract, which events, fixtures and other services speak).
            {
              sourceTag: 'scope:shared',
              onlyDependOnLibsWithTags: ['scope:shared', 'visibility:public'],
            },
            {
              sourceTag: 'scope:grid',
              onlyDependOnLibsWithTags: ['scope:shared', 'scope:grid', 'visibility:public'],
            },
            {
              sourceTag: 'scope:enterprise',
              onlyDependOnLibsWithTags: ['scope:shared', 'scope:enterprise', 'visibility:public'],
            },
            {
              sourceTag: 'scope:appeal',
              onlyDependOnLibsWithTags: ['scope:shared', 'scope:appeal', 'visibility:public'],
            },
            {
              sourceTag: 'scope:volunteer',
              onlyDependOnLibsWithTags: ['scope:shared', 'scope:volunteer', 'visibility:public'],
            },
            {
              sourceTag: 'scope:gateway',
              onlyDependOnLibsWithTags: ['scope:shared', 'scope:gateway', 'visibility:public'],
            },
            {
              sourceTag: 'scope:tools',
              onlyDependOnLibsWithTags: ['scope:shared', 'scope:tools', 'visibility:public'],
            },
            // The browser app stands alone: it speaks to the platform over HTTP only, never by import.
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web'] },
            {
              sourceTag: 'scope:e2e',
              onlyDependOnLibsWithTags: ['scope:shared', 'visibility:public'],
            },
          ],
        },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
      ],
    },
  },
  {
    // Testing libs (libs/<scope>/testing-*) are for tests only: a service, a runtime tool (start, seed,
    // benches, token) or a non-testing lib that imported one would ship test support into production.
    files: ['**/*.ts'],
    ignores: [
      '**/*.spec.ts',
      '**/*.int-spec.ts',
      '**/*.e2e-spec.ts',
      'apps/*/test/**',
      'apps/e2e/**',
      'apps/web-e2e/**',
      'libs/*/testing-*/**',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@erqi/*/testing-*'],
              message:
                'Testing libs are for tests only; take what runtime code needs from a non-testing lib.',
            },
          ],
        },
      ],
    },
  },
  {
    // Plain CommonJS scripts (the test runner, Jest configs) load with require().
    files: ['**/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  // Last: turns off every rule that is about layout, which Prettier owns, so the two never disagree.
  prettier,
];
