import { isPortOpen } from '@erqi/shared/util-tcp-port';
import { HOW_TO_GET_JAVA, javaProblem } from '../kafka/java-runtime';
import { ensureKafkaBroker, type KafkaBroker } from '../kafka/kafka-broker';
import { bootstrapPrincipals, credentialsOrNew } from '../kafka/kafka-security';
import { KAFKA_HOST, KAFKA_PORT } from '../kafka/kafka-server-config';

/** The broker `npm start` hands the services; `waiting`: none answers yet and none can start here. */
export interface BrokerChoice {
  brokers: string[];
  source: KafkaBroker['source'] | 'waiting';
}

export interface BrokerChoiceOptions {
  /** Whose JAVA_HOME and PATH decide whether Java is there. @default process.env */
  env?: NodeJS.ProcessEnv;
  /** @default console.log with a `[kafka]` prefix */
  log?: (line: string) => void;
  /**
   * The port asked and handed out when no broker can start (a test's own, where nothing listens yet).
   * @default KAFKA_LOCAL_PORT, else 9092
   */
  localPort?: number;
}

/**
 * KAFKA_BROKERS, or the local broker (reused, or started). Without Java nothing can start it: say how
 * to get Java and hand the services the local address anyway. Their relays keep dispatches in the
 * outbox and retry, so everything waiting is delivered once `npm run kafka:start` brings the broker up.
 */
export async function chooseBroker(options: BrokerChoiceOptions = {}): Promise<BrokerChoice> {
  const env = options.env ?? process.env;
  const log = options.log ?? ((line: string): void => console.log(`[kafka] ${line}`));
  const external = (env['KAFKA_BROKERS'] ?? '').trim().length > 0;
  const port = options.localPort ?? KAFKA_PORT;
  if (!external && !(await isPortOpen(KAFKA_HOST, port))) {
    const problem = await javaProblem(env);
    if (problem) {
      // The services sign in with these once the broker exists: kafka:start formats it with the same users.
      for (const principal of bootstrapPrincipals()) credentialsOrNew(principal);
      const bootstrap = `${KAFKA_HOST}:${port}`;
      for (const line of [
        `${problem}: starting without a broker. Get Java:`,
        ...HOW_TO_GET_JAVA.map((how) => `  ${how}`),
        `then run \`npm run kafka:start\` (or set KAFKA_BROKERS and start again). Until then dispatches wait in each service's outbox; they are all delivered once a broker answers on ${bootstrap}.`,
      ])
        log(line);
      return { brokers: [bootstrap], source: 'waiting' };
    }
  }
  return ensureKafkaBroker({ log });
}
