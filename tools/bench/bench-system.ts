import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { writeDevelopmentJwks } from '@erqi/shared/util-auth';
import { findFreePort } from '@erqi/shared/util-tcp-port';

// What the benches that run the built system share: a span sink, which pid serves which port, one key set.

const root = join(__dirname, '..', '..');

/** An OTLP/HTTP endpoint that answers every export and keeps nothing: tracing's cost, not a collector's. */
export async function startSpanSink(): Promise<{
  url: string;
  exports: () => number;
  server: Server;
}> {
  let exports = 0;
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      exports += 1;
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  const port = await findFreePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${port}`, exports: () => exports, server };
}

/**
 * The built services sign their service tokens with the development key set beside them (dist/.data);
 * the bench's tokens and the JWKS file every service trusts come from the repository's. One key set for both.
 */
export async function shareDevelopmentKeys(): Promise<void> {
  await writeDevelopmentJwks();
  const from = join(root, '.data', 'auth');
  const to = join(root, 'dist', '.data', 'auth');
  mkdirSync(to, { recursive: true });
  for (const file of readdirSync(from)) copyFileSync(join(from, file), join(to, file));
}
