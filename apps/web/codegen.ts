import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types and Apollo hooks for every operation in the app's `*.graphql` files, from the API schema
 * `npm run compose` writes beside them (the composed supergraph as clients see it).
 * `npm run codegen` rewrites; the typecheck target fails when the committed output is stale.
 */
const config: CodegenConfig = {
  schema: 'apps/web/src/graphql/schema.graphql',
  // The shell itself has no operation; features bring theirs.
  ignoreNoDocuments: true,
  documents: ['apps/web/src/**/*.graphql', '!apps/web/src/graphql/schema.graphql'],
  generates: {
    'apps/web/src/graphql/generated.ts': {
      plugins: ['typescript-operations', 'typescript-react-apollo'],
      config: {
        withHooks: true,
        withComponent: false,
        withHOC: false,
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: true },
        scalars: { DateTime: 'string', ID: 'string' },
        useTypeImports: true,
      },
    },
  },
};

module.exports = config;
