import { TEST_RATE_LIMIT } from '@erqi/shared/testing-graphql';
import { randomUUID } from 'node:crypto';
import {
  createKafkaClient,
  kafkaBrokersFromEnv,
  TopicProvisioner,
} from '@erqi/shared/data-access-events';
import { createTestDatabase, type TestDatabase } from '@erqi/shared/testing-database';
import { postGraphQL } from '@erqi/shared/util-graphql-client';
import { authHeaderFor, seedUser } from '@erqi/shared/util-seed-tokens';
import { readTopics, recordEndOffsets, sendSettled } from '@erqi/shared/data-access-topic-reader';
import {
  type RunningSubgraph,
  startSubgraph,
  subgraphDependencies,
} from '@erqi/shared/feature-subgraph-server';
import {
  type CloudEvent,
  createCloudEvent,
  deadLetterTopic,
  DEPARTMENT_REGISTRY_TOPIC,
  departmentAcknowledgementTopic,
  ENTERPRISE_REGISTRY_TOPIC,
  eventCatalogue,
  type EventName,
  GRID_CELL_REGISTRY_TOPIC,
  TEAM_COVERAGE_TOPIC,
  toKafkaRecord,
  VOLUNTEER_LIFECYCLE_TOPIC,
} from '@erqi/shared/util-event-catalogue';
import { createLogger } from '@erqi/shared/util-logging';
import {
  departments,
  enterpriseByName,
  gridCells,
  volunteerTeams,
} from '@erqi/shared/util-seed-fixtures';
import type { Admin, Kafka, Producer } from 'kafkajs';
import type { DataSource } from 'typeorm';
import { seedAppeal } from '../src/seed';
import { type AppealSubgraph, createAppealSubgraph } from '../src/subgraph';

const logger = createLogger('appeal-consumers-test');
// Each test waits on the broker and the consumers (bounded by its own deadlines).
jest.setTimeout(60_000);
const waterTown = enterpriseByName('郑州贾鲁水镇文化旅游有限公司');

/** A record as the owning service (or a department's system) would publish it. */
function eventOf<TName extends EventName>(
  name: TName,
  subject: string,
  data: Record<string, unknown>,
): CloudEvent {
  const { type, source } = eventCatalogue[name];
  return createCloudEvent({ type, source, subject, data });
}

async function until<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * The appeal service's consumers on the real broker and PostgreSQL: a new database replays the
 * registries, submitAppeal answers from the copies (or NOT_YET_KNOWN), and departments' reports and
 * volunteer progress reach the timeline once, however often they are delivered.
 */
describe('appeal consumers on the real Kafka broker', () => {
  let kafka: Kafka;
  let admin: Admin;
  let producer: Producer;
  let database: TestDatabase;
  let definition: AppealSubgraph;
  let subgraph: RunningSubgraph;
  let dataSource: DataSource;
  let operator: Record<string, string>;

  const publish = async (topic: string, key: string, ...events: CloudEvent[]): Promise<void> => {
    await sendSettled(producer, {
      topic,
      acks: -1,
      messages: events.map((event) => toKafkaRecord(event, key)),
    });
  };
  const count = async (sql: string, parameters: unknown[] = []): Promise<number> => {
    const [row] = (await dataSource.query(`SELECT (${sql})::int AS n`, parameters)) as Array<{
      n: number;
    }>;
    return row?.n ?? -1;
  };
  const submit = (enterpriseId: string, title = '景区停车场照明不足') =>
    postGraphQL<{
      submitAppeal: { id: string; dispatches: Array<{ targetCode: string; role: string }> };
    }>(
      subgraph.url,
      `mutation($input: SubmitAppealInput!) { submitAppeal(input: $input) { id dispatches { targetCode role } } }`,
      {
        input: {
          enterpriseId,
          title,
          description: '夜间游客停车困难。',
          category: 'SURROUNDINGS',
          channel: 'HOTLINE',
          handlingMode: 'JOINT',
        },
      },
      operator,
    );

  /** The registries as grid, enterprise and volunteer publish them after their seed. */
  async function publishSeedRegistries(): Promise<void> {
    const changedAt = new Date().toISOString();
    for (const department of departments) {
      await publish(
        DEPARTMENT_REGISTRY_TOPIC,
        department.id,
        eventOf('departmentChanged', department.id, {
          departmentId: department.id,
          code: department.code,
          name: department.name,
          changedAt,
        }),
      );
    }
    for (const cell of gridCells) {
      await publish(
        GRID_CELL_REGISTRY_TOPIC,
        cell.id,
        eventOf('gridCellChanged', cell.id, {
          gridCellId: cell.id,
          code: cell.code,
          name: cell.name,
          kind: cell.kind,
          changedAt,
        }),
      );
    }
    await publish(
      ENTERPRISE_REGISTRY_TOPIC,
      waterTown.id,
      eventOf('enterpriseRegistryChanged', waterTown.id, {
        enterpriseId: waterTown.id,
        name: waterTown.name,
        creditCode: waterTown.creditCode,
        gridCellId: waterTown.gridCellId,
        changedAt,
      }),
    );
    for (const team of volunteerTeams) {
      await publish(
        TEAM_COVERAGE_TOPIC,
        team.id,
        eventOf('teamCoverageChanged', team.id, {
          teamId: team.id,
          teamCode: team.code,
          name: team.name,
          gridCellIds: team.gridCellIds,
          changedAt,
        }),
      );
    }
  }

  beforeAll(async () => {
    operator = await authHeaderFor(seedUser('ADMIN'));
    kafka = createKafkaClient({
      clientId: 'appeal-consumers-test',
      logger,
      // Plays every other party (grid, departments) on topics of its own: the admin principal.
      principal: 'admin',
    });
    admin = kafka.admin();
    await admin.connect().catch((error: unknown) => {
      throw new Error(
        `No Kafka broker answers at ${kafkaBrokersFromEnv().join(',')} (${String(error)}); start one with \`npm run kafka:start\``,
      );
    });
    // The registry topics exist before anything is published to them, as the catalogue declares them.
    await new TopicProvisioner({ kafka, logger }).ensureServiceTopics('appeal');
    producer = kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
    });
    await producer.connect();
    database = await createTestDatabase('appeal_consumers');
    definition = await createAppealSubgraph(
      subgraphDependencies('appeal', { kind: 'postgres', url: database.url }, { kafka, logger }),
    );
    dataSource = definition.dataSource;
    await seedAppeal(dataSource);
    await publishSeedRegistries();
    subgraph = await startSubgraph(definition, { port: 0, rateLimit: TEST_RATE_LIMIT, logger });
    await definition.consumers?.ready();
  }, 60_000);

  afterAll(async () => {
    await subgraph?.stop();
    await producer?.disconnect();
    await admin?.disconnect();
    await database?.drop();
  });

  it('replays the registries into a new database and files an appeal from the copies alone', async () => {
    // Each registry is its own topic, read side by side: wait for all four.
    await until(
      'the water town, the cells, the departments and the teams in the copies',
      async () =>
        (await count('SELECT count(*) FROM appeal.known_enterprise WHERE id = $1', [
          waterTown.id,
        ])) === 1 &&
        (await count('SELECT count(*) FROM appeal.known_volunteer_team')) >=
          volunteerTeams.length &&
        (await count('SELECT count(*) FROM appeal.known_department')) >= departments.length &&
        (await count('SELECT count(*) FROM appeal.known_grid_cell')) >= gridCells.length
          ? true
          : undefined,
    );
    const response = await submit(waterTown.id);
    expect(response.body.errors).toBeUndefined();
    // SURROUNDINGS: urban management leads, housing assists, and the team covering the water town's cell joins.
    expect(
      response.body.data?.submitAppeal.dispatches
        .map((dispatch) => [dispatch.targetCode, dispatch.role])
        .sort(),
    ).toEqual([
      ['BAGUAMIAO_CREW', 'VOLUNTEER'],
      ['HOUSING_CONSTRUCTION', 'ASSISTING'],
      ['URBAN_MANAGEMENT', 'LEAD'],
    ]);
  });

  it('answers NOT_YET_KNOWN, retryable, for an enterprise its copy has not caught up with, writes nothing, and files once the registry brings it', async () => {
    const newcomer = {
      enterpriseId: randomUUID(),
      name: '郑州新来乍到商贸有限公司',
      creditCode: waterTown.creditCode,
      gridCellId: waterTown.gridCellId,
    };
    const appealsBefore = await count('SELECT count(*) FROM appeal.appeal');
    const refused = await submit(newcomer.enterpriseId);
    expect(refused.body.data).toBeNull();
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_YET_KNOWN',
      retryable: true,
      field: 'enterpriseId',
      entity: 'Enterprise',
    });
    expect(await count('SELECT count(*) FROM appeal.appeal')).toBe(appealsBefore);

    const registeredAt = Date.now();
    await publish(
      ENTERPRISE_REGISTRY_TOPIC,
      newcomer.enterpriseId,
      eventOf('enterpriseRegistryChanged', newcomer.enterpriseId, {
        ...newcomer,
        changedAt: new Date().toISOString(),
      }),
    );
    const filed = await until('the newcomer to be known', async () => {
      const response = await submit(newcomer.enterpriseId, '新入驻企业门前道路破损');
      return response.body.errors ? undefined : response.body.data?.submitAppeal;
    });
    // Known within seconds of its registration.
    expect(Date.now() - registeredAt).toBeLessThan(10_000);
    expect(filed.dispatches.find((dispatch) => dispatch.role === 'LEAD')?.targetCode).toBe(
      'URBAN_MANAGEMENT',
    );
  });

  it('applies a redelivered registry record once and keeps the newer state over a replayed older one', async () => {
    const team = volunteerTeams[0];
    if (!team) throw new Error('no seed team');
    const newer = eventOf('teamCoverageChanged', team.id, {
      teamId: team.id,
      teamCode: team.code,
      name: team.name,
      gridCellIds: team.gridCellIds,
      changedAt: new Date().toISOString(),
    });
    const older = eventOf('teamCoverageChanged', team.id, {
      teamId: team.id,
      teamCode: team.code,
      name: team.name,
      gridCellIds: [],
      changedAt: '2020-01-01T00:00:00.000Z',
    });
    await publish(TEAM_COVERAGE_TOPIC, team.id, newer, newer, older);
    await until('the older record to be applied', async () =>
      (await count('SELECT count(*) FROM appeal.applied_event WHERE event_id = $1', [older.id])) ===
      1
        ? true
        : undefined,
    );
    expect(
      await count('SELECT count(*) FROM appeal.applied_event WHERE event_id = $1', [newer.id]),
    ).toBe(1);
    expect(
      await count(
        'SELECT cardinality(grid_cell_ids) FROM appeal.known_volunteer_team WHERE id = $1',
        [team.id],
      ),
    ).toBe(team.gridCellIds.length);
  });

  describe('the return path', () => {
    let appealId: string;

    beforeAll(async () => {
      const response = await submit(waterTown.id, '景区公厕指示牌缺失');
      appealId = response.body.data?.submitAppeal.id ?? '';
      expect(appealId).not.toBe('');
    });

    const timeline = async (): Promise<Array<{ actor: string; note: string }>> =>
      (await dataSource.query(
        'SELECT actor, note FROM appeal.timeline_entry WHERE appeal_id = $1 ORDER BY at, insertion_order',
        [appealId],
      )) as Array<{ actor: string; note: string }>;

    it('takes a department’s report by event as the mutation would, once, with no dead letter for a redelivery or a second report', async () => {
      const topic = departmentAcknowledgementTopic('URBAN_MANAGEMENT');
      const dlqStart = await recordEndOffsets(admin, [deadLetterTopic(topic)]);
      const dead = await readTopics(kafka, dlqStart);
      try {
        const report = eventOf('departmentReportedIn', appealId, {
          appealId,
          departmentCode: 'URBAN_MANAGEMENT',
          reportedAt: new Date().toISOString(),
          note: '已派城管中队到场',
        });
        const second = eventOf('departmentReportedIn', appealId, {
          appealId,
          departmentCode: 'URBAN_MANAGEMENT',
          reportedAt: new Date().toISOString(),
        });
        await publish(topic, appealId, report, report, second);
        await until('the second report to be applied', async () =>
          (await count('SELECT count(*) FROM appeal.applied_event WHERE event_id = $1', [
            second.id,
          ])) === 1
            ? true
            : undefined,
        );
        const reports = (await timeline()).filter((entry) => entry.actor === 'URBAN_MANAGEMENT');
        expect(reports).toHaveLength(1);
        expect(reports[0]?.note).toContain('已派城管中队到场');
        expect(
          await count(
            'SELECT count(*) FROM appeal.appeal_dispatch WHERE appeal_id = $1 AND target_code = $2 AND acknowledged_at IS NOT NULL',
            [appealId, 'URBAN_MANAGEMENT'],
          ),
        ).toBe(1);
        // The report left as cn.erqi.appeal.acknowledged, once.
        expect(
          await count(
            `SELECT count(*) FROM appeal.outbox_message WHERE message_key = $1 AND headers->>'ce_type' = 'cn.erqi.appeal.acknowledged'`,
            [appealId],
          ),
        ).toBe(1);
        await dead.caughtUp(admin, 10_000);
        // Another appeal service on the shared broker (someone's running system) reads the same topic
        // and dead-letters these reports for its own database: only this database's groups count.
        const [instance] = (await dataSource.query(
          `SELECT id FROM appeal.consumer_instance`,
        )) as Array<{
          id: string;
        }>;
        expect(instance?.id).toBeTruthy();
        expect(
          dead.records.filter(
            (record) =>
              record.key === appealId &&
              record.headers['dlq_consumer']?.endsWith(instance?.id ?? '?'),
          ),
        ).toEqual([]);
      } finally {
        await dead.stop();
      }
    });

    it('dead-letters a report a department sends on another department’s topic, and changes nothing', async () => {
      const topic = departmentAcknowledgementTopic('MARKET_REGULATION');
      const dead = await readTopics(kafka, await recordEndOffsets(admin, [deadLetterTopic(topic)]));
      try {
        await publish(
          topic,
          appealId,
          eventOf('departmentReportedIn', appealId, {
            appealId,
            departmentCode: 'HOUSING_CONSTRUCTION',
            reportedAt: new Date().toISOString(),
          }),
        );
        await dead.until(
          (records) => records.some((record) => record.key === appealId),
          20_000,
          'the misaddressed report in the dead-letter topic',
        );
        expect(
          dead.records.find((record) => record.key === appealId)?.headers['dlq_error'],
        ).toMatch(/arrived on acknowledgement\.department\.MARKET_REGULATION/);
        expect(
          await count(
            'SELECT count(*) FROM appeal.appeal_dispatch WHERE appeal_id = $1 AND target_code = $2 AND acknowledged_at IS NOT NULL',
            [appealId, 'HOUSING_CONSTRUCTION'],
          ),
        ).toBe(0);
      } finally {
        await dead.stop();
      }
    });

    it('puts a volunteer task’s progress on the timeline once per event', async () => {
      const team = volunteerTeams.find((candidate) => candidate.code === 'BAGUAMIAO_CREW');
      if (!team) throw new Error('no BAGUAMIAO_CREW');
      const taskId = randomUUID();
      const at = () => new Date().toISOString();
      const created = eventOf('volunteerTaskCreated', appealId, {
        taskId,
        appealId,
        teamId: team.id,
        teamCode: team.code,
        createdAt: at(),
      });
      const started = eventOf('volunteerTaskStatusChanged', appealId, {
        taskId,
        appealId,
        teamId: team.id,
        teamCode: team.code,
        fromStatus: 'OPEN',
        toStatus: 'IN_PROGRESS',
        changedAt: at(),
      });
      const done = eventOf('volunteerTaskStatusChanged', appealId, {
        taskId,
        appealId,
        teamId: team.id,
        teamCode: team.code,
        fromStatus: 'IN_PROGRESS',
        toStatus: 'DONE',
        changedAt: at(),
      });
      // A kind of progress appeal does not show comes last: once it is applied, so are the records before it (one key, one partition, in order).
      const later = createCloudEvent({
        type: 'cn.erqi.volunteer.check-in-recorded',
        source: '/erqi/volunteer',
        subject: appealId,
        data: { appealId },
      });
      await publish(VOLUNTEER_LIFECYCLE_TOPIC, appealId, created, started, done, done, later);
      await until('the last record to be applied', async () =>
        (await count('SELECT count(*) FROM appeal.applied_event WHERE event_id = $1', [
          later.id,
        ])) === 1
          ? true
          : undefined,
      );
      const progress = (await timeline())
        .filter((entry) => entry.actor === 'BAGUAMIAO_CREW')
        .map((entry) => entry.note);
      expect(progress).toEqual([
        '志愿服务: BAGUAMIAO_CREW took on the task (OPEN)',
        '志愿服务: BAGUAMIAO_CREW started the task (IN_PROGRESS)',
        '志愿服务: BAGUAMIAO_CREW finished the task (DONE)',
      ]);
    });

    it('puts a member’s accept, start, completion note and an escalation on the timeline, once each, with a name and never a phone', async () => {
      const team = volunteerTeams.find((candidate) => candidate.code === 'ALLIANCE_YOUTH');
      if (!team) throw new Error('no ALLIANCE_YOUTH');
      const taskId = randomUUID();
      const at = () => new Date().toISOString();
      const common = { taskId, appealId, teamId: team.id, teamCode: team.code };
      // sample: a member's name as the volunteer service sends it
      const volunteer = { id: randomUUID(), name: '志愿者 郭静' };
      const escalated = eventOf('volunteerTaskEscalated', appealId, {
        ...common,
        createdAt: at(),
        escalatedAt: at(),
        acceptMinutes: 60,
      });
      const accepted = eventOf('volunteerTaskStatusChanged', appealId, {
        ...common,
        fromStatus: 'OPEN',
        toStatus: 'ACCEPTED',
        changedAt: at(),
        volunteer,
      });
      const started = eventOf('volunteerTaskStatusChanged', appealId, {
        ...common,
        fromStatus: 'ACCEPTED',
        toStatus: 'IN_PROGRESS',
        changedAt: at(),
        volunteer,
      });
      const done = eventOf('volunteerTaskStatusChanged', appealId, {
        ...common,
        fromStatus: 'IN_PROGRESS',
        toStatus: 'DONE',
        changedAt: at(),
        volunteer,
        note: '已在园区门口疏导人流两小时',
      });
      const last = createCloudEvent({
        type: 'cn.erqi.volunteer.check-in-recorded',
        source: '/erqi/volunteer',
        subject: appealId,
        data: { appealId },
      });
      // Redeliveries change nothing; the record appeal does not show comes last (one key, one partition, in order).
      await publish(
        VOLUNTEER_LIFECYCLE_TOPIC,
        appealId,
        escalated,
        escalated,
        accepted,
        started,
        done,
        done,
        accepted,
        last,
      );
      await until('the last record to be applied', async () =>
        (await count('SELECT count(*) FROM appeal.applied_event WHERE event_id = $1', [
          last.id,
        ])) === 1
          ? true
          : undefined,
      );
      const progress = (await timeline())
        .filter((entry) => entry.actor === 'ALLIANCE_YOUTH')
        .map((entry) => entry.note);
      expect(progress).toEqual([
        '志愿服务: nobody of ALLIANCE_YOUTH accepted the task within 60 minutes; escalated to the team lead (上报队长)',
        '志愿服务: ALLIANCE_YOUTH (志愿者 郭静) accepted the task (ACCEPTED)',
        '志愿服务: ALLIANCE_YOUTH (志愿者 郭静) started the task (IN_PROGRESS)',
        '志愿服务: ALLIANCE_YOUTH (志愿者 郭静) finished the task (DONE): 已在园区门口疏导人流两小时',
      ]);
    });
  });
});
