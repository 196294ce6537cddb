import { ensureKafkaBroker, kafkaBrokerStatus, stopKafkaBroker } from './kafka-broker';

export {
  ensureKafkaBroker,
  kafkaBrokerStatus,
  kafkaBrokers,
  stopKafkaBroker,
} from './kafka-broker';
export type { KafkaBroker, KafkaBrokerOptions, KafkaBrokerStatus } from './kafka-broker';
export { readKafkaVersion } from './kafka-classpath';

/** Exit code of `status` when no broker answers (as in LSB init scripts). */
const EXIT_NOT_RUNNING = 3;

/**
 * `npm run kafka:start|stop|status`: the single-node KRaft broker on 127.0.0.1:9092 that development
 * and the tests use (or the cluster that KAFKA_BROKERS names).
 */
async function main(command: string | undefined): Promise<number> {
  switch (command) {
    case 'start':
      await ensureKafkaBroker();
      return 0;
    case 'stop':
      if (process.env['KAFKA_BROKERS'])
        console.log(`[kafka] KAFKA_BROKERS is set: that cluster is not ours to stop`);
      await stopKafkaBroker();
      return 0;
    case 'status': {
      const status = await kafkaBrokerStatus();
      const where = status.brokers.join(',');
      if (status.external) {
        console.log(
          `[kafka] ${status.running ? 'running' : 'not running'}: the cluster at ${where} (KAFKA_BROKERS)`,
        );
      } else {
        const pid = status.pid
          ? `, pid ${status.pid}`
          : status.running
            ? ', not started by this repository'
            : '';
        console.log(
          `[kafka] ${status.running ? 'running' : 'not running'}: Apache Kafka ${status.version}${pid}, bootstrap ${where}`,
        );
      }
      return status.running ? 0 : EXIT_NOT_RUNNING;
    }
    default:
      console.error('usage: node -r @swc-node/register tools/kafka/kafka.ts <start|stop|status>');
      return 2;
  }
}

if (require.main === module) {
  main(process.argv[2]).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`[kafka] ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
