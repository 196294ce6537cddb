import {
  createKafkaClient,
  type KafkaCredentials,
  readKafkaCredentials,
  saslOptions,
  TopicProvisioner,
} from '@erqi/shared/data-access-events';
import {
  APPEAL_LIFECYCLE_TOPIC,
  departmentAcknowledgementTopic,
  departmentDispatchTopic,
  volunteerTeamDispatchTopic,
} from '@erqi/shared/util-event-catalogue';
import { randomUUID } from 'node:crypto';
import { Kafka, logLevel, type Consumer } from 'kafkajs';
import { createLogger } from '@erqi/shared/util-logging';
import { ensureKafkaBroker } from './kafka';
import { manageCredentials, outsidePrincipal } from './kafka-credentials';

/**
 * Issue 9, attack 1: an anonymous client listed every topic, read appeal.lifecycle and produced a
 * dispatch the volunteer service acted on. Against the broker tools/kafka starts (SASL/SCRAM, ACLs
 * from the topic catalogue), each principal gets what the catalogue grants it and nothing else.
 */

let brokers: string[] = [];
const clients: Array<{ disconnect: () => Promise<void> }> = [];

function client(credentials: KafkaCredentials | undefined): Kafka {
  return new Kafka({
    clientId: 'tools-kafka-access',
    brokers,
    logLevel: logLevel.NOTHING,
    connectionTimeout: 3_000,
    // A refusal is an answer: no retrying it for half a minute.
    retry: { retries: 0 },
    ...(credentials ? { sasl: saslOptions(credentials) } : {}),
  });
}

function credentialsOf(principal: string): KafkaCredentials {
  const credentials = readKafkaCredentials(principal);
  if (!credentials) throw new Error(`no credentials file for ${principal}`);
  return credentials;
}

async function produce(kafka: Kafka, topic: string, value: string): Promise<void> {
  const producer = kafka.producer({ allowAutoTopicCreation: false });
  clients.push(producer);
  await producer.connect();
  await producer.send({ topic, messages: [{ key: 'k', value }] });
}

/** The values a consumer of `groupId` reads from the start of `topic`, once `count` have arrived. */
async function consume(
  kafka: Kafka,
  topic: string,
  groupId: string,
  count: number,
): Promise<string[]> {
  const consumer: Consumer = kafka.consumer({ groupId, allowAutoTopicCreation: false });
  clients.push(consumer);
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  const values: string[] = [];
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`read ${values.length} of ${count}`)), 30_000);
    consumer.on(consumer.events.CRASH, (event) => {
      clearTimeout(timer);
      reject(event.payload.error);
    });
    void consumer
      .run({
        eachMessage: async ({ message }) => {
          values.push(message.value?.toString() ?? '');
          if (values.length >= count) {
            clearTimeout(timer);
            resolve();
          }
        },
      })
      .catch(reject);
  });
  await consumer.disconnect();
  return values;
}

describe('the broker refuses whoever the catalogue does not name', () => {
  const runId = randomUUID().slice(0, 6).toUpperCase().replace(/-/g, '_');
  const codeA = `TEST_A_${runId}`;
  const codeB = `TEST_B_${runId}`;
  const team = `TEST_TEAM_${runId}`;

  beforeAll(async () => {
    brokers = (await ensureKafkaBroker({ log: () => undefined })).brokers;
    for (const code of [codeA, codeB])
      await manageCredentials(outsidePrincipal('department', code), 'show');
    await manageCredentials(outsidePrincipal('team', team), 'show');
    // The appeal service makes its lifecycle topic and dispatches to both departments, as it would.
    await new TopicProvisioner({
      kafka: createKafkaClient({
        clientId: 'tools-kafka-access',
        logger: createLogger('kafka-access', { level: 'warn' }),
        brokers,
        credentials: credentialsOf('appeal'),
      }),
      logger: createLogger('kafka-access', { level: 'warn' }),
    }).ensure([APPEAL_LIFECYCLE_TOPIC]);
    const appeal = client(credentialsOf('appeal'));
    await produce(appeal, departmentDispatchTopic(codeA), 'for A');
    await produce(appeal, departmentDispatchTopic(codeB), 'for B');
  }, 300_000);

  afterAll(async () => {
    await Promise.all(clients.map((each) => each.disconnect().catch(() => undefined)));
    for (const code of [codeA, codeB])
      await manageCredentials(outsidePrincipal('department', code), 'revoke');
    await manageCredentials(outsidePrincipal('team', team), 'revoke');
  }, 300_000);

  it('kafkajs signs in with SCRAM-SHA-256 and SCRAM-SHA-512 and lists topics', async () => {
    const appeal = credentialsOf('appeal');
    for (const mechanism of ['scram-sha-256', 'scram-sha-512'] as const) {
      const admin = client({ ...appeal, mechanism }).admin();
      clients.push(admin);
      await admin.connect();
      expect(await admin.listTopics()).toContain(departmentDispatchTopic(codeA));
      await admin.disconnect();
    }
  }, 60_000);

  it('refuses an anonymous client listing topics, reading appeal.lifecycle and producing a dispatch', async () => {
    const anonymous = client(undefined);
    const admin = anonymous.admin();
    clients.push(admin);
    await expect(admin.connect().then(() => admin.listTopics())).rejects.toThrow();
    await expect(
      consume(anonymous, APPEAL_LIFECYCLE_TOPIC, `anonymous-${runId}`, 1),
    ).rejects.toThrow();
    await expect(
      produce(anonymous, volunteerTeamDispatchTopic(team), 'forged dispatch'),
    ).rejects.toThrow();
  }, 60_000);

  it('refuses an anonymous client and a wrong password on the controller listener too', async () => {
    // The controller listens one port above the broker (kafka-server-config.ts).
    const [host = '', port = ''] = (brokers[0] ?? '').split(':');
    const controller = [`${host}:${Number(port) + 1}`];
    const attempt = async (sasl?: { username: string; password: string }): Promise<void> => {
      const admin = new Kafka({
        clientId: 'tools-kafka-access',
        brokers: controller,
        logLevel: logLevel.NOTHING,
        connectionTimeout: 3_000,
        retry: { retries: 0 },
        ...(sasl ? { sasl: { mechanism: 'plain' as const, ...sasl } } : {}),
      }).admin();
      clients.push(admin);
      await admin.connect();
      await admin.describeCluster();
    };
    await expect(attempt()).rejects.toThrow();
    await expect(attempt({ username: 'broker', password: 'not-the-password' })).rejects.toThrow(
      /authentication/i,
    );
    // A service's SCRAM user is no key to the controller, by PLAIN or by SCRAM.
    const { username, password } = credentialsOf('appeal');
    await expect(attempt({ username, password })).rejects.toThrow(/authentication/i);
    const scram = new Kafka({
      clientId: 'tools-kafka-access',
      brokers: controller,
      logLevel: logLevel.NOTHING,
      retry: { retries: 0 },
      sasl: saslOptions(credentialsOf('appeal')),
    }).admin();
    clients.push(scram);
    await expect(scram.connect()).rejects.toThrow(/does not support the requested SASL mechanism/);
  }, 60_000);

  it('lets department A read its own topic, in its own group, and report in on its own topic', async () => {
    const a = client(credentialsOf(`department.${codeA}`));
    expect(await consume(a, departmentDispatchTopic(codeA), `department.${codeA}.test`, 1)).toEqual(
      ['for A'],
    );
    await expect(
      produce(a, departmentAcknowledgementTopic(codeA), 'reported in'),
    ).resolves.toBeUndefined();
  }, 60_000);

  it("refuses department A B's topic, B's group, appeal.lifecycle and producing to dispatch, appeal or B's topics", async () => {
    const a = client(credentialsOf(`department.${codeA}`));
    await expect(
      consume(a, departmentDispatchTopic(codeB), `department.${codeA}.peek`, 1),
    ).rejects.toThrow(/authoriz/i);
    // The broker answers FindCoordinator with GROUP_AUTHORIZATION_FAILED; kafkajs reports it as not
    // finding the coordinator. The same client found it for its own group in the test above.
    await expect(
      consume(a, departmentDispatchTopic(codeA), `department.${codeB}.test`, 1),
    ).rejects.toThrow(/authoriz|Failed to find group coordinator/i);
    await expect(
      consume(a, APPEAL_LIFECYCLE_TOPIC, `department.${codeA}.lifecycle`, 1),
    ).rejects.toThrow(/authoriz/i);
    for (const topic of [
      departmentDispatchTopic(codeA),
      departmentDispatchTopic(codeB),
      volunteerTeamDispatchTopic(team),
      APPEAL_LIFECYCLE_TOPIC,
      departmentAcknowledgementTopic(codeB),
    ])
      await expect(produce(a, topic, 'forged')).rejects.toThrow(/authoriz/i);
  }, 120_000);

  it('refuses the volunteer service producing to dispatch.* (and lets it read its team topics)', async () => {
    const volunteer = client(credentialsOf('volunteer'));
    for (const topic of [volunteerTeamDispatchTopic(team), departmentDispatchTopic(codeA)])
      await expect(produce(volunteer, topic, 'forged dispatch')).rejects.toThrow(/authoriz/i);
    await produce(client(credentialsOf('appeal')), volunteerTeamDispatchTopic(team), 'task');
    expect(
      await consume(volunteer, volunteerTeamDispatchTopic(team), `volunteer-service-${runId}`, 1),
    ).toEqual(['task']);
  }, 120_000);

  it('stops the old password on --rotate and takes the new one, and refuses a revoked user', async () => {
    const before = credentialsOf(`department.${codeB}`);
    const rotated = await manageCredentials(outsidePrincipal('department', codeB), 'rotate');
    expect(rotated.outcome).toBe('rotated');
    expect(rotated.credentials?.password).not.toBe(before.password);
    const old = client(before).admin();
    clients.push(old);
    await expect(old.connect()).rejects.toThrow(/authentication/i);
    const renewed = client(credentialsOf(`department.${codeB}`));
    expect(
      await consume(renewed, departmentDispatchTopic(codeB), `department.${codeB}.x`, 1),
    ).toEqual(['for B']);

    const revoked = await manageCredentials(outsidePrincipal('department', codeB), 'revoke');
    expect(revoked.outcome).toBe('revoked');
    const gone = client(rotated.credentials).admin();
    clients.push(gone);
    await expect(gone.connect()).rejects.toThrow(/authentication/i);
  }, 120_000);

  it('lets the auditor (--reader ALL) read appeal topics and write nothing', async () => {
    const auditor = (await manageCredentials(outsidePrincipal('reader', 'ALL'), 'show'))
      .credentials;
    const reader = client(auditor);
    expect(await consume(reader, departmentDispatchTopic(codeA), `reader.ALL.${runId}`, 1)).toEqual(
      ['for A'],
    );
    await expect(produce(reader, APPEAL_LIFECYCLE_TOPIC, 'forged')).rejects.toThrow(/authoriz/i);
  }, 60_000);
});
