import { createKafkaClient, kafkaBrokersFromEnv } from '@erqi/shared/data-access-events';
import {
  readTopics,
  recordEndOffsets,
  type TopicReader,
} from '@erqi/shared/data-access-topic-reader';
import { ENTERPRISE_SERVICE_ESCALATIONS_TOPIC } from '@erqi/shared/util-event-catalogue';
import { createLogger } from '@erqi/shared/util-logging';
import type { Kafka } from 'kafkajs';
import { ServiceApplicationWatcher } from '../src/service-application/service-application-watcher';
import { type EnterpriseTestServer, startEnterpriseTestServer } from './enterprise-test-server';

const logger = createLogger('service-escalation-test');
jest.setTimeout(90_000);

/** 零超时 on the real broker: an overdue 办件 reaches the supervisors' topic once, however often the watcher scans. */
describe('易企办 escalations on the real Kafka broker', () => {
  let kafka: Kafka;
  let server: EnterpriseTestServer;
  let reader: TopicReader;

  beforeAll(async () => {
    kafka = createKafkaClient({ clientId: 'service-escalation-test', logger, principal: 'admin' });
    const admin = kafka.admin();
    await admin.connect().catch((error: unknown) => {
      throw new Error(
        `No Kafka broker answers at ${kafkaBrokersFromEnv().join(',')} (${String(error)}); start one with \`npm run kafka:start\``,
      );
    });
    const start = await recordEndOffsets(admin, [ENTERPRISE_SERVICE_ESCALATIONS_TOPIC]);
    await admin.disconnect();
    reader = await readTopics(kafka, start);
    server = await startEnterpriseTestServer('service_escalation', {}, kafka);
  });

  afterAll(async () => {
    await reader?.stop();
    await server?.stop();
  });

  it('publishes cn.erqi.enterprise.service-application-overdue once, keyed by the application', async () => {
    server.setNow('2024-03-11T02:00:00Z');
    const applied = await server.gql<{ applyForServiceMatter: { id: string } }>(
      'ENTERPRISE',
      `mutation { applyForServiceMatter(input: { matterCode: "FGW-0001", channel: ONLINE, submittedMaterials: ["APPLICATION"] }) { id } }`,
    );
    expect(applied.errors).toBeUndefined();
    const id = applied.data?.applyForServiceMatter.id ?? '';
    let now = new Date('2024-03-12T03:00:00Z');
    server.setNow(now);
    const watcher = new ServiceApplicationWatcher({
      dataSource: server.dataSource,
      clock: () => now,
      // The subgraph's own relay publishes the outbox at its next poll.
      onEventsCommitted: () => undefined,
    });
    expect((await watcher.scanOnce()).escalated).toEqual([id]);
    now = new Date('2024-03-12T04:00:00Z');
    expect((await watcher.scanOnce()).escalated).toEqual([]);
    await reader.until(
      (records) => records.some((record) => record.key === id),
      60_000,
      'the overdue event on enterprise.service-escalations',
    );
    const mine = reader.records.filter((record) => record.key === id);
    expect(mine).toHaveLength(1);
    expect(mine[0]?.headers['ce_type']).toBe('cn.erqi.enterprise.service-application-overdue');
    expect(JSON.parse(mine[0]?.value ?? '{}')).toMatchObject({
      applicationId: id,
      departmentCode: 'DEVELOPMENT_REFORM',
      dueAt: '2024-03-12T02:00:00.000Z',
    });
  });
});
