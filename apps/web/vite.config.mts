import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const template = fileURLToPath(new URL('./src/offline/service-worker.js', import.meta.url));

/**
 * Emits `sw.js`: the service worker with the list of files of this build to keep (the app shell),
 * and a version from their names, so a new build replaces the old cache and an unchanged one keeps it.
 */
export function serviceWorker(): Plugin {
  return {
    name: 'erqi-service-worker',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files = ['/', ...Object.keys(bundle).map((file) => `/${file}`)].sort();
      const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 12);
      const source = readFileSync(template, 'utf8')
        .replace('self.__SHELL_FILES__', JSON.stringify(files))
        .replace('self.__SHELL_VERSION__', JSON.stringify(version));
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}

const here = fileURLToPath(new URL('.', import.meta.url));
/** The gateway `npm start` runs: the dev server passes API calls on to it (one origin, as in production). */
const gateway = process.env['GATEWAY_URL'] ?? 'http://localhost:4000';

export default defineConfig({
  root: here,
  base: '/',
  plugins: [react(), serviceWorker()],
  build: {
    outDir: fileURLToPath(new URL('../../dist/apps/web', import.meta.url)),
    emptyOutDir: true,
    // Phones on a weak signal: split the big libraries so a screen loads only what it needs.
    chunkSizeWarningLimit: 1500,
  },
  server: {
    port: 5173,
    proxy: Object.fromEntries(
      ['/graphql', '/photos', '/app-config.json', '/dev'].map((path) => [path, gateway]),
    ),
  },
});
