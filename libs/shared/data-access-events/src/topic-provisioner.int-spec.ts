import type { Logger } from '@erqi/shared/util-logging';
import { randomUUID } from 'node:crypto';
import {
  departmentAcknowledgementTopic,
  GRID_CELL_REGISTRY_TOPIC,
} from '@erqi/shared/util-event-catalogue';
import { ConfigResourceTypes, type Admin, type Kafka } from 'kafkajs';
import { createKafkaClient } from './kafka-client';
import { TopicProvisioner, UndeclaredTopic } from './topic-provisioner';

/** Keeps the lines: what a provisioning logs is part of what it does. */
function collectingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const keep = (message: string): void => void lines.push(message);
  const logger: Logger & { lines: string[] } = {
    lines,
    debug: keep,
    info: keep,
    warn: keep,
    error: keep,
    child: () => logger,
  };
  return logger;
}

/** Topics on the real broker, whose auto-creation is off: only what the catalogue declares is created, as declared. */
describe('TopicProvisioner on the real Kafka broker', () => {
  const logger = collectingLogger();
  let kafka: Kafka;
  let admin: Admin;

  beforeAll(async () => {
    kafka = createKafkaClient({
      clientId: 'topic-provisioner-test',
      logger,
      // Makes and deletes topics of its own: the admin principal.
      principal: 'admin',
    });
    admin = kafka.admin();
    await admin.connect();
  });

  afterAll(async () => {
    await admin?.disconnect();
  });

  it('creates a new department’s acknowledgement topic with the declared partitions and retention, once', async () => {
    // A code no other test uses, so the topic is new here.
    const topic = departmentAcknowledgementTopic(`TEST_${randomUUID().slice(0, 8).toUpperCase()}`);
    const provisioner = new TopicProvisioner({ kafka, logger });
    await provisioner.ensure([topic]);
    const [metadata] = (await admin.fetchTopicMetadata({ topics: [topic] })).topics;
    expect(metadata?.partitions).toHaveLength(3);
    const { resources } = await admin.describeConfigs({
      resources: [
        {
          type: ConfigResourceTypes.TOPIC,
          name: topic,
          configNames: ['cleanup.policy', 'retention.ms'],
        },
      ],
      includeSynonyms: false,
    });
    const config = Object.fromEntries(
      (resources[0]?.configEntries ?? []).map((entry) => [entry.configName, entry.configValue]),
    );
    expect(config).toEqual({
      'cleanup.policy': 'delete',
      'retention.ms': String(30 * 24 * 60 * 60 * 1000),
    });
    expect(logger.lines.filter((line) => line.includes(topic))).toEqual([
      `created topics ${topic}`,
    ]);

    // Asked again, by this provisioner or another one: nothing more is created, nothing is logged.
    await provisioner.ensure([topic]);
    await new TopicProvisioner({ kafka, logger }).ensure([topic]);
    expect(logger.lines.filter((line) => line.includes(topic))).toHaveLength(1);
    await admin.deleteTopics({ topics: [topic] });
  });

  it('compacts a registry topic and keeps it for ever', async () => {
    await new TopicProvisioner({ kafka, logger }).ensure([GRID_CELL_REGISTRY_TOPIC]);
    const { resources } = await admin.describeConfigs({
      resources: [
        {
          type: ConfigResourceTypes.TOPIC,
          name: GRID_CELL_REGISTRY_TOPIC,
          configNames: ['cleanup.policy', 'retention.ms'],
        },
      ],
      includeSynonyms: false,
    });
    const config = Object.fromEntries(
      (resources[0]?.configEntries ?? []).map((entry) => [entry.configName, entry.configValue]),
    );
    expect(config).toEqual({ 'cleanup.policy': 'compact', 'retention.ms': '-1' });
  });

  it('refuses a topic the catalogue does not declare, and creates nothing', async () => {
    const topic = `not.declared.${randomUUID()}`;
    await expect(new TopicProvisioner({ kafka, logger }).ensure([topic])).rejects.toThrow(
      UndeclaredTopic,
    );
    expect(await admin.listTopics()).not.toContain(topic);
  });
});
