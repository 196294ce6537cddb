import { sendSettled } from '@erqi/shared/data-access-topic-reader';
import { randomUUID } from 'node:crypto';
import {
  createKafkaClient,
  kafkaBrokersFromEnv,
  TopicProvisioner,
} from '@erqi/shared/data-access-events';
import {
  APPEAL_LIFECYCLE_TOPIC,
  type CloudEvent,
  createCloudEvent,
  eventCatalogue,
  type EventName,
  toKafkaRecord,
} from '@erqi/shared/util-event-catalogue';
import { createLogger } from '@erqi/shared/util-logging';
import { enterpriseByName } from '@erqi/shared/util-seed-fixtures';
import type { Kafka, Producer } from 'kafkajs';
import {
  type EnterpriseTestServer,
  errorCode,
  startEnterpriseTestServer,
} from './enterprise-test-server';

const logger = createLogger('inspection-cause-test');
jest.setTimeout(60_000);

const CHECK_IN = `mutation($code: String!, $causeAppealId: ID) {
  checkInInspection(code: $code, purpose: "投诉核查", causeAppealId: $causeAppealId) { id routine }
}`;

function eventOf(name: EventName, appealId: string, data: Record<string, unknown>): CloudEvent {
  const { type, source } = eventCatalogue[name];
  return createCloudEvent({ type, source, subject: appealId, data: { appealId, ...data } });
}

async function until(what: string, probe: () => Promise<boolean>, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * The enterprise service learns which appeals are open from appeal.lifecycle on the real broker: an
 * appeal submitted becomes a valid cause for its enterprise's inspection, and stops being one once
 * closed (无事不扰: the quota and quiet periods apply again).
 */
describe('inspection causes from appeal events on the real Kafka broker', () => {
  const enterprise = enterpriseByName('郑州水镇民宿管理有限公司');
  let kafka: Kafka;
  let producer: Producer;
  let server: EnterpriseTestServer;

  const publish = (appealId: string, event: CloudEvent) =>
    sendSettled(producer, {
      topic: APPEAL_LIFECYCLE_TOPIC,
      acks: -1,
      messages: [toKafkaRecord(event, appealId)],
    });
  const statusOf = async (appealId: string): Promise<string | undefined> => {
    const [row] = (await server.dataSource.query('SELECT status FROM known_appeal WHERE id = $1', [
      appealId,
    ])) as Array<{ status: string }>;
    return row?.status;
  };
  const checkInFor = async (causeAppealId?: string) => {
    const code = (
      await server.gql<{ enterprise: { code: { value: string } } }>(
        'ADMIN',
        `query($id: ID!) { enterprise(id: $id) { code { value } } }`,
        { id: enterprise.id },
      )
    ).data?.enterprise.code.value;
    return server.gql<{ checkInInspection: { routine: boolean } }>('DEPARTMENT_STAFF', CHECK_IN, {
      code,
      ...(causeAppealId ? { causeAppealId } : {}),
    });
  };

  beforeAll(async () => {
    kafka = createKafkaClient({
      clientId: 'inspection-cause-test',
      logger,
      // Plays the appeal service (it writes appeal.lifecycle) beside the enterprise service: the admin principal.
      principal: 'admin',
    });
    const admin = kafka.admin();
    await admin.connect().catch((error: unknown) => {
      throw new Error(
        `No Kafka broker answers at ${kafkaBrokersFromEnv().join(',')} (${String(error)}); start one with \`npm run kafka:start\``,
      );
    });
    await admin.disconnect();
    await new TopicProvisioner({ kafka, logger }).ensureServiceTopics('enterprise');
    producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    server = await startEnterpriseTestServer('inspection_cause', {}, kafka);
    await server.appealLifecycle?.ready();
    server.setNow('2024-10-08T02:00:00Z');
    // Both routine slots of the month used: from here on only a real cause lets a visit in.
    expect((await checkInFor()).errors).toBeUndefined();
    expect((await checkInFor()).errors).toBeUndefined();
    expect(errorCode(await checkInFor())).toBe('FORBIDDEN');
  });

  afterAll(async () => {
    await server?.stop();
    await producer?.disconnect();
  });

  it('takes a submitted appeal as a cause while it is open, and refuses it once closed', async () => {
    expect(server.appealLifecycle).toBeDefined();
    const appealId = randomUUID();
    expect(errorCode(await checkInFor(appealId))).toBe('BAD_USER_INPUT');

    const at = new Date().toISOString();
    await publish(
      appealId,
      eventOf('appealSubmitted', appealId, {
        enterpriseId: enterprise.id,
        gridCellId: enterprise.gridCellId,
        title: '民宿门前积水',
        category: 'SURROUNDINGS',
        channel: 'HOTLINE',
        handlingMode: 'URGENT',
        submittedAt: at,
        dueAt: at,
      }),
    );
    await until(
      'the submitted appeal in known_appeal',
      async () => (await statusOf(appealId)) === 'SUBMITTED',
    );
    const open = await checkInFor(appealId);
    expect(open.errors).toBeUndefined();
    expect(open.data?.checkInInspection.routine).toBe(false);

    const step = { actor: 'system', note: null, dueAt: at };
    await publish(
      appealId,
      eventOf('appealResolved', appealId, {
        ...step,
        fromStatus: 'SUBMITTED',
        toStatus: 'RESOLVED',
        at: new Date().toISOString(),
      }),
    );
    await publish(
      appealId,
      eventOf('appealClosed', appealId, {
        ...step,
        fromStatus: 'RESOLVED',
        toStatus: 'CLOSED',
        at: new Date(Date.now() + 1).toISOString(),
      }),
    );
    await until(
      'the closed appeal in known_appeal',
      async () => (await statusOf(appealId)) === 'CLOSED',
    );
    const closed = await checkInFor(appealId);
    expect(closed.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'causeAppealId',
    });
    expect(closed.errors?.[0]?.message).toContain('CLOSED');
  });
});
