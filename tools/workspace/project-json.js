#!/usr/bin/env node
// Writes project.json, jest.config.js and tsconfig.json for a project, and registers a lib's path alias.
// Usage: node tools/workspace/project-json.js <root> <scope> <type>   e.g. libs/shared/util-errors shared util
const fs = require('node:fs');
const path = require('node:path');

const [root, scope, type] = process.argv.slice(2);
if (!root || !scope || !type) {
  console.error('usage: project-json.js <root> <scope> <type>');
  process.exit(1);
}
const workspace = path.resolve(__dirname, '../..');
const absolute = path.join(workspace, root);
const up = path.relative(absolute, workspace);
const isApp = root.startsWith('apps/');
const name = isApp ? path.basename(root) : root.replace(/^libs\//, '').replace(/\//g, '-');

const write = (file, content) => {
  const target = path.join(absolute, file);
  if (!fs.existsSync(target)) fs.writeFileSync(target, content);
};

write(
  'project.json',
  `${JSON.stringify(
    {
      name,
      $schema: `${up}/node_modules/nx/schemas/project-schema.json`,
      sourceRoot: `${root}/src`,
      projectType: isApp ? 'application' : 'library',
      tags: [`scope:${scope}`, `type:${type}`],
      targets: {
        typecheck: { command: `tsc -p ${root}/tsconfig.json --noEmit` },
        // SWC to dist/${root}/src (see tools/build/build-project.js); nx.json sets its outputs.
        build: { command: `node tools/build/build-project.js ${root}/src` },
        lint: { command: `eslint ${root}` },
        test: {
          command: `NODE_OPTIONS='--experimental-vm-modules --no-warnings=ExperimentalWarning' jest --config ${root}/jest.config.js --passWithNoTests --json --outputFile=tmp/jest-results/${name}.json`,
        },
      },
    },
    null,
    2,
  )}\n`,
);
write(
  'jest.config.js',
  `module.exports = {\n  ...require('${up}/jest.preset.js'),\n  displayName: '${name}',\n  rootDir: __dirname,\n};\n`,
);
write(
  'tsconfig.json',
  `${JSON.stringify(
    {
      extends: `${up}/tsconfig.base.json`,
      compilerOptions: { noEmit: true, types: ['node', 'jest'] },
      include: ['src/**/*.ts', ...(isApp ? ['test/**/*.ts'] : [])],
    },
    null,
    2,
  )}\n`,
);

if (!isApp) {
  const basePath = path.join(workspace, 'tsconfig.base.json');
  const base = JSON.parse(fs.readFileSync(basePath, 'utf8'));
  base.compilerOptions.paths[`@erqi/${root.replace(/^libs\//, '')}`] = [`${root}/src/index.ts`];
  base.compilerOptions.paths = Object.fromEntries(
    Object.entries(base.compilerOptions.paths).sort(),
  );
  fs.writeFileSync(basePath, `${JSON.stringify(base, null, 2)}\n`);
}
console.log(`${name}: ${root} [scope:${scope}, type:${type}]`);
