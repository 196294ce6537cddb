import { collectOutput, startNodeProcess } from '@erqi/shared/util-process';

/**
 * A Kafka broker of our own on `port`, started and stopped through the repository's own tool
 * (`tools/kafka/kafka.ts` with `KAFKA_LOCAL_PORT`), so that it is configured as every other broker of
 * the project is. The shared broker on 9092 is never touched.
 */
export interface PrivateKafka {
  /** Bootstrap addresses, for `KAFKA_BROKERS` and kafkajs' `brokers`. */
  brokers: string[];
  port: number;
  start(): Promise<void>;
  /** A clean stop (SIGTERM, as an operator's would be); its data stays for the next start. */
  stop(): Promise<void>;
}

async function kafkaTool(port: number, command: 'start' | 'stop'): Promise<void> {
  // KAFKA_BROKERS empty: the tool manages the local broker on KAFKA_LOCAL_PORT instead of an external cluster.
  const child = startNodeProcess(
    'tools/kafka/kafka.ts',
    { KAFKA_LOCAL_PORT: String(port), KAFKA_BROKERS: '' },
    { args: [command], quiet: true },
  );
  const output = collectOutput(child);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0)
    throw new Error(`kafka ${command} on port ${port} failed (${code}):\n${output()}`);
}

export function privateKafka(port: number): PrivateKafka {
  if (port === 9092)
    throw new RangeError('9092 is the shared broker: a fault run uses its own port');
  return {
    brokers: [`127.0.0.1:${port}`],
    port,
    start: () => kafkaTool(port, 'start'),
    stop: () => kafkaTool(port, 'stop'),
  };
}
