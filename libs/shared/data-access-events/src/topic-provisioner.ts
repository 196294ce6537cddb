import {
  type ServiceName,
  type TopicDeclaration,
  topicDeclarationOf,
  topicsOfService,
} from '@erqi/shared/util-event-catalogue';
import type { Logger } from '@erqi/shared/util-logging';
import type { Admin, ITopicConfig, Kafka } from 'kafkajs';

/**
 * Waits until the broker serves every partition of the new topics: in KRaft the controller answers
 * before the broker's metadata has caught up, and a consumer subscribing in that moment is refused.
 */
async function untilServed(admin: Admin, topics: string[], timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (const topic of topics) {
    for (;;) {
      try {
        await admin.fetchTopicOffsets(topic);
        break;
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  }
}

/** A topic the catalogue does not declare: nothing creates or writes it. */
export class UndeclaredTopic extends Error {
  override readonly name = 'UndeclaredTopic';
}

/** The broker settings of a declared topic (replication is left to the broker's default). */
export function topicConfigOf(topic: string, declaration: TopicDeclaration): ITopicConfig {
  const configEntries: Array<{ name: string; value: string }> = [
    { name: 'cleanup.policy', value: declaration.cleanupPolicy },
    { name: 'retention.ms', value: String(declaration.retentionMs ?? -1) },
  ];
  return { topic, numPartitions: declaration.partitions, configEntries };
}

export interface TopicProvisionerOptions {
  kafka: Kafka;
  logger: Logger;
}

/**
 * Creates the topics a service uses, as the topic catalogue declares them, when they are missing (the
 * broker creates none on its own). Remembers what exists, so asking again costs nothing; a topic that
 * exists already is left as it is. Refuses names the catalogue does not declare.
 */
export class TopicProvisioner {
  private readonly known = new Set<string>();
  /** One provisioning at a time: two callers asking for one new topic must not both create it. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: TopicProvisionerOptions) {}

  /** Makes sure every named topic exists; resolves once the new ones have leaders. */
  ensure(topics: readonly string[]): Promise<void> {
    const wanted = [...new Set(topics)].filter((topic) => !this.known.has(topic));
    if (wanted.length === 0) return Promise.resolve();
    const run = this.queue.then(() => this.create(wanted));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** The single topics of the catalogue that `service` writes or reads, and the dead letters of what it reads. */
  ensureServiceTopics(service: ServiceName): Promise<void> {
    return this.ensure(topicsOfService(service));
  }

  /**
   * A broker that is creating topics for several services at once may answer "not yet" for a moment
   * (its metadata lags the controller): try a few times before reporting a failure.
   */
  private async create(topics: string[]): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await this.createOnce(topics);
        return;
      } catch (error) {
        if (error instanceof UndeclaredTopic || attempt >= 5) throw error;
        await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
      }
    }
  }

  private async createOnce(topics: string[]): Promise<void> {
    const declared = topics.map((topic) => {
      const declaration = topicDeclarationOf(topic);
      if (!declaration)
        throw new UndeclaredTopic(
          `${topic} is not declared in the topic catalogue (libs/shared/util-event-catalogue)`,
        );
      return { topic, declaration };
    });
    const admin: Admin = this.options.kafka.admin();
    await admin.connect();
    try {
      const existing = new Set(await admin.listTopics());
      const missing = declared.filter(
        ({ topic }) => !existing.has(topic) && !this.known.has(topic),
      );
      if (missing.length > 0) {
        try {
          // false means another service created them all a moment before: they exist, which is all we need.
          const created = await admin.createTopics({
            topics: missing.map(({ topic, declaration }) => topicConfigOf(topic, declaration)),
            waitForLeaders: true,
          });
          if (created)
            this.options.logger.info(
              `created topics ${missing.map(({ topic }) => topic).join(', ')}`,
            );
          await untilServed(
            admin,
            missing.map(({ topic }) => topic),
          );
        } catch (error) {
          // Some were created by another service at the same moment: fine as long as all exist now.
          const now = new Set(await admin.listTopics());
          if (missing.some(({ topic }) => !now.has(topic))) throw error;
        }
      }
      for (const { topic } of declared) this.known.add(topic);
    } finally {
      await admin.disconnect();
    }
  }
}
