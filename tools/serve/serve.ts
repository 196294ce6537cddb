import type { ChildProcess } from 'node:child_process';
import { startNodeProcess, stopProcess, waitForHealthy } from '@erqi/shared/util-process';
import { readSupergraphConfig } from '../compose/supergraph-config';

/** Where each service listens and is reached: the gateway's port and every subgraph's URL. */
export interface ServeAddresses {
  gatewayPort: number;
  subgraphs: Array<{ name: string; url: string }>;
}

/**
 * `GATEWAY_PORT` (else 4000) and, per subgraph, `<NAME>_SUBGRAPH_URL` (the gateway reads the same)
 * else the URL in supergraph.config.json; a subgraph listens on its URL's port.
 */
export function serveAddresses(env: NodeJS.ProcessEnv = process.env): ServeAddresses {
  return {
    gatewayPort: Number(env['GATEWAY_PORT'] ?? 4000),
    subgraphs: readSupergraphConfig().subgraphs.map(({ name, url }) => ({
      name,
      url: env[`${name.toUpperCase()}_SUBGRAPH_URL`] ?? url,
    })),
  };
}

/**
 * `npm run start:prod`: runs the built services (`node dist/apps/<name>/src/main.js`) as `npm start`
 * runs the sources — the four subgraphs, then the gateway once they answer — and stops them all on
 * SIGINT/SIGTERM or when one of them stops. It chooses nothing and starts no broker: the database
 * (`DATABASE_URL`), Kafka (`KAFKA_BROKERS`), identity (`AUTH_*`) and `SEED_WHEN_EMPTY` come from the
 * environment, which every service inherits.
 */
async function main(): Promise<void> {
  const startedAt = Date.now();
  const { gatewayPort, subgraphs } = serveAddresses();
  const children: ChildProcess[] = [];
  let stopping = false;
  const stopAll = async (code: number): Promise<never> => {
    stopping = true;
    await Promise.all([...children].reverse().map((child) => stopProcess(child)));
    process.exit(code);
  };
  process.once('SIGINT', () => void stopAll(0));
  process.once('SIGTERM', () => void stopAll(0));
  const start = (name: string, env: Record<string, string>): ChildProcess => {
    const child = startNodeProcess(`apps/${name}/src/main.js`, env);
    children.push(child);
    child.once('exit', (code) => {
      if (stopping) return;
      console.error(`[serve] ${name} stopped (exit code ${code}); stopping everything`);
      void stopAll(1);
    });
    return child;
  };

  // Only the gateway calls the subgraphs; each subgraph answers from its own data.
  const gatewayUrls = Object.fromEntries(
    subgraphs.map(({ name, url }) => [`${name.toUpperCase()}_SUBGRAPH_URL`, url]),
  );
  try {
    await Promise.all(
      subgraphs.map(async ({ name, url }) => {
        const child = start(name, { PORT: new URL(url).port });
        await waitForHealthy(new URL('/health', url).toString(), child);
      }),
    );
    const gateway = start('gateway', { PORT: String(gatewayPort), ...gatewayUrls });
    await waitForHealthy(`http://127.0.0.1:${gatewayPort}/health`, gateway);
  } catch (error) {
    console.error(
      `[serve] could not start: ${error instanceof Error ? error.message : String(error)}`,
    );
    await stopAll(1);
  }
  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
  console.log(
    `[serve] ready in ${seconds} s: gateway on port ${gatewayPort}; ${subgraphs.map(({ name, url }) => `${name} ${url}`).join(', ')}`,
  );
}

if (require.main === module) void main();
