// dependency-cruiser reads the imports of every app (`npm run check:folders`, and the tools project's
// folder-cycles spec in `npm test`). The folder rule itself lives in tools/folder-cycles: dependency-cruiser
// finds cycles between modules, we need them between the folders those modules sit in.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Only an app's own modules make its folder graph; libs are checked by the module-boundary lint rule.
    includeOnly: '^apps/',
    exclude: { path: ['node_modules', '\\.spec\\.ts$', '\\.int-spec\\.ts$', '\\.e2e-spec\\.ts$'] },
    // Type-only imports bind folders as much as value imports do: count them.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.json'] },
  },
};
