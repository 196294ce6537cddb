import type { ChildProcess } from 'node:child_process';
import { parseArgs } from 'node:util';
import { databaseTargetToEnv } from '@erqi/shared/data-access-database';
import { kafkaCredentialsEnv } from '@erqi/shared/data-access-events';
import { startNodeProcess, stopProcess, waitForHealthy } from '@erqi/shared/util-process';
import { SERVICE_NODE_OPTIONS } from './service-builds';
import { isPortOpen } from '@erqi/shared/util-tcp-port';
import { readSupergraphConfig } from '../compose/supergraph';
import { ensureKafkaBroker, stopKafkaBroker } from '../kafka/kafka-broker';
import { chooseDatabase } from './database-choice';
import { localKeySource } from './key-source';

const USAGE = `usage: npm run start:cluster -- [--replicas N] [--port-offset K]
  --replicas N      replicas of each subgraph (default 2); replica i of a subgraph on port 4001… + 100·i
  --port-offset K   added to every port (default 0), e.g. 10000: the gateway on 14000, replicas on 14001…
                    (beside an \`npm start\` on 4000)`;

/** Replica i of a subgraph listens on its supergraph port + i × REPLICA_PORT_STEP: 4001, 4101, 4201… */
const REPLICA_PORT_STEP = 100;

function argsOrExit(): { replicas: number; portOffset: number } {
  const { values } = parseArgs({
    options: {
      replicas: { type: 'string' },
      'port-offset': { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const replicas = Number(values.replicas ?? 2);
  if (!Number.isInteger(replicas) || replicas < 1 || replicas > 9) {
    console.error(
      `--replicas must be a whole number from 1 to 9, got "${values.replicas}"\n${USAGE}`,
    );
    process.exit(2);
  }
  const portOffset = Number(values['port-offset'] ?? 0);
  if (!Number.isInteger(portOffset) || portOffset < 0 || portOffset > 60_000) {
    console.error(`--port-offset must be a whole number from 0 to 60000\n${USAGE}`);
    process.exit(2);
  }
  return { replicas, portOffset };
}

interface Replica {
  name: string;
  subgraph: string;
  port: number;
  url: string;
}

/**
 * `npm run start:cluster -- --replicas 2`: N replicas of each subgraph on their own ports, against one
 * database and one broker, and one gateway spreading requests over the healthy replicas. The replicas
 * start together: they take turns to migrate and seed (the start-up lock), share their consumer groups
 * and outbox. A replica that dies is reported and left down, as a crashed pod would be until restarted:
 * the gateway stops sending to it. Ctrl-C stops everything.
 */
async function main(): Promise<void> {
  const { replicas, portOffset } = argsOrExit();
  const gatewayPort = 4000 + portOffset;
  const startedAt = Date.now();
  const { subgraphs } = readSupergraphConfig();
  const all: Replica[] = subgraphs.flatMap((subgraph) =>
    Array.from({ length: replicas }, (_, index) => {
      const port = Number(new URL(subgraph.url).port) + portOffset + index * REPLICA_PORT_STEP;
      return {
        name: `${subgraph.name}#${index + 1}`,
        subgraph: subgraph.name,
        port,
        url: `http://127.0.0.1:${port}/graphql`,
      };
    }),
  );
  for (const port of [gatewayPort, ...all.map((replica) => replica.port)]) {
    if (await isPortOpen('127.0.0.1', port)) {
      console.error(`Port ${port} is already in use: is \`npm start\` running? Stop it first.`);
      process.exit(1);
    }
  }
  const database = await chooseDatabase();
  if (subgraphs.some((subgraph) => database.targetFor(subgraph.name).kind === 'pglite')) {
    console.error(
      `[cluster] replicas share one database server, and ${database.reason} has one owner per folder: set DATABASE_URL or start PostgreSQL`,
    );
    process.exit(1);
  }
  console.log(`[cluster] database: ${database.reason}`);
  const broker = await ensureKafkaBroker();
  const keySource = await localKeySource();

  const children: ChildProcess[] = [];
  let stopping = false;
  const stopAll = async (code: number): Promise<never> => {
    stopping = true;
    await Promise.all([...children].reverse().map((child) => stopProcess(child)));
    if (broker.source === 'started') await stopKafkaBroker();
    process.exit(code);
  };
  process.once('SIGINT', () => void stopAll(0));
  process.once('SIGTERM', () => void stopAll(0));

  try {
    await Promise.all(
      all.map(async (replica) => {
        const child = startNodeProcess(`apps/${replica.subgraph}/src/main.ts`, {
          PORT: String(replica.port),
          SEED_WHEN_EMPTY: 'true',
          NODE_OPTIONS: SERVICE_NODE_OPTIONS,
          ...keySource,
          ...databaseTargetToEnv(database.targetFor(replica.subgraph)),
          KAFKA_BROKERS: broker.brokers.join(','),
          ...kafkaCredentialsEnv(replica.subgraph),
        });
        children.push(child);
        child.once('exit', (code, signal) => {
          if (!stopping)
            console.error(
              `[cluster] ${replica.name} (${replica.url}) stopped (${signal ?? `exit code ${code}`}); the gateway sends its requests to the other replicas`,
            );
        });
        await waitForHealthy(`http://127.0.0.1:${replica.port}/health`, child);
      }),
    );
    const gateway = startNodeProcess('apps/gateway/src/main.ts', {
      PORT: String(gatewayPort),
      NODE_OPTIONS: SERVICE_NODE_OPTIONS,
      ...keySource,
      ...Object.fromEntries(
        subgraphs.map((subgraph) => [
          `${subgraph.name.toUpperCase()}_SUBGRAPH_URL`,
          all
            .filter((replica) => replica.subgraph === subgraph.name)
            .map((replica) => replica.url)
            .join(','),
        ]),
      ),
    });
    children.push(gateway);
    gateway.once('exit', (code) => {
      if (stopping) return;
      console.error(`[cluster] the gateway stopped (exit code ${code}); stopping everything`);
      void stopAll(1);
    });
    await waitForHealthy(`http://127.0.0.1:${gatewayPort}/health`, gateway);
  } catch (error) {
    console.error(
      `[cluster] could not start: ${error instanceof Error ? error.message : String(error)}`,
    );
    await stopAll(1);
  }

  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
  const lines = subgraphs.map(
    (subgraph) =>
      `  ${subgraph.name.padEnd(11)}${all
        .filter((replica) => replica.subgraph === subgraph.name)
        .map((replica) => replica.url)
        .join(', ')}`,
  );
  console.log(`
[cluster] ready in ${seconds} s: ${replicas} replica${replicas === 1 ? '' : 's'} of each subgraph, one gateway
  GraphQL API  http://localhost:${gatewayPort}/graphql
  Health       http://localhost:${gatewayPort}/health
  Kafka        ${broker.brokers.join(',')}
${lines.join('\n')}
Sign in with development tokens (npm run token). Press Ctrl-C to stop.`);
}

void main();
