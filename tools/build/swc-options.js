// One SWC setting for Jest and the build: TypeScript to CommonJS with legacy decorators and their
// `design:*` metadata, which type-graphql and TypeORM read at run time (esbuild would drop it).
const { compilerOptions } = require('../../tsconfig.base.json');

/**
 * @param {{ workspaceRoot?: string; sourceMaps?: boolean | 'inline' }} [options] with `workspaceRoot`
 *   (absolute), the `@erqi/...` aliases of tsconfig.base.json are rewritten to relative paths at
 *   compile time, so the built files need no resolver at run time (Jest maps them itself).
 */
function swcOptions({ workspaceRoot, sourceMaps = true } = {}) {
  const aliases = workspaceRoot ? { baseUrl: workspaceRoot, paths: compilerOptions.paths } : {};
  return {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      keepClassNames: true,
      ...aliases,
    },
    module: { type: 'commonjs' },
    sourceMaps,
  };
}

module.exports = { swcOptions };
