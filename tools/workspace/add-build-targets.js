#!/usr/bin/env node
// Turns a project whose `build` is still the old `tsc --noEmit` check into `typecheck` (that check)
// plus `build` (SWC to dist/, tools/build/build-project.js). Idempotent; for projects made before the
// build existed. End-to-end projects get no build: nothing runs them from dist/.
// Usage: node tools/workspace/add-build-targets.js
const fs = require('node:fs');
const path = require('node:path');

const workspace = path.resolve(__dirname, '../..');

function projectFiles(folder) {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    if (!entry.isDirectory() || entry.name === 'node_modules') return [];
    const file = path.join(folder, entry.name, 'project.json');
    return fs.existsSync(file) ? [file] : projectFiles(path.join(folder, entry.name));
  });
}

for (const file of [
  ...projectFiles(path.join(workspace, 'apps')),
  ...projectFiles(path.join(workspace, 'libs')),
]) {
  const project = JSON.parse(fs.readFileSync(file, 'utf8'));
  const build = project.targets?.build;
  if (!build || !/^tsc .*--noEmit$/.test(build.command ?? '')) continue;
  const root = path.relative(workspace, path.dirname(file));
  const rest = { ...project.targets };
  delete rest.build;
  const targets = { typecheck: { command: build.command } };
  if (!(project.tags ?? []).includes('type:e2e'))
    targets.build = { command: `node tools/build/build-project.js ${root}/src` };
  project.targets = { ...targets, ...rest };
  fs.writeFileSync(file, `${JSON.stringify(project, null, 2)}\n`);
  console.log(`${project.name}: typecheck${targets.build ? ' + build' : ''}`);
}
