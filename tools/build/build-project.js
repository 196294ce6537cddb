#!/usr/bin/env node
// A project's `build`: compiles its TypeScript (specs and test folders left out) with SWC to
// dist/<same path>.js, so dist/ mirrors the repository: a built file finds a lib, a migration or
// a file it reads beside itself (`__dirname`) where the source did.
// Usage: node tools/build/build-project.js <source folder or file>... [--copy <file>]...
//   (paths relative to the workspace) e.g.
//   node tools/build/build-project.js apps/gateway/src --copy apps/gateway/supergraph.graphql
const fs = require('node:fs');
const path = require('node:path');
const { transformFileSync } = require('@swc/core');
const { swcOptions } = require('./swc-options');

const workspaceRoot = path.join(__dirname, '..', '..');
const distRoot = path.join(workspaceRoot, 'dist');
const SKIPPED = /(\.spec|\.int-spec|\.e2e-spec|\.d)\.ts$/;

function sourceFiles(folder) {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory())
      return entry.name === 'test' || entry.name === '__generated__' ? [] : sourceFiles(file);
    return entry.name.endsWith('.ts') && !SKIPPED.test(entry.name) ? [file] : [];
  });
}

function main() {
  const args = process.argv.slice(2);
  const copies = args.filter((_, i) => args[i - 1] === '--copy');
  const sources = args.filter((arg, i) => arg !== '--copy' && args[i - 1] !== '--copy');
  if (sources.length === 0) {
    console.error('usage: build-project.js <source folder or file>... [--copy <file>]...');
    process.exit(1);
  }
  const files = sources.flatMap((source) => {
    const absolute = path.join(workspaceRoot, source);
    if (!fs.statSync(absolute).isDirectory()) return [absolute];
    // A file deleted from the sources must not live on in dist/.
    fs.rmSync(path.join(distRoot, source), { recursive: true, force: true });
    return sourceFiles(absolute);
  });
  const options = swcOptions({ workspaceRoot });
  for (const file of files) {
    const target = path.join(distRoot, path.relative(workspaceRoot, file)).replace(/\.ts$/, '.js');
    const { code, map } = transformFileSync(file, {
      ...options,
      outputPath: target,
      sourceFileName: path.relative(path.dirname(target), file),
    });
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, `${code}\n//# sourceMappingURL=${path.basename(target)}.map\n`);
    if (map) fs.writeFileSync(`${target}.map`, map);
  }
  for (const file of copies) {
    fs.mkdirSync(path.dirname(path.join(distRoot, file)), { recursive: true });
    fs.copyFileSync(path.join(workspaceRoot, file), path.join(distRoot, file));
  }
  console.log(
    `built ${files.length} files of ${sources.join(', ')} (into dist/ at the same paths)${copies.length ? `; copied ${copies.join(', ')}` : ''}`,
  );
}

main();
