import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MANIFESTS_DIR, renderManifests } from './manifests';

/**
 * `npm run k8s:manifests` writes deploy/kubernetes/*.yaml from the typed manifests; with `--check` it
 * writes nothing and exits 1 naming the files that differ (the test does the same).
 */
async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const stale: string[] = [];
  for (const [name, text] of Object.entries(await renderManifests())) {
    const file = join(MANIFESTS_DIR, name);
    const current = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    if (current === text) continue;
    if (check) stale.push(name);
    else {
      writeFileSync(file, text);
      console.log(`wrote deploy/kubernetes/${name}`);
    }
  }
  if (stale.length > 0) {
    console.error(`out of date: ${stale.join(', ')}; run npm run k8s:manifests`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
