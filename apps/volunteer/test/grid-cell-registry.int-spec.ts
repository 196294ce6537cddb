import { sendSettled } from '@erqi/shared/data-access-topic-reader';
import { randomBytes, randomUUID } from 'node:crypto';
import { createKafkaClient, kafkaBrokersFromEnv } from '@erqi/shared/data-access-events';
import {
  type RunningSubgraph,
  startSubgraph,
  subgraphDependencies,
} from '@erqi/shared/feature-subgraph-server';
import { createTestDatabase, type TestDatabase } from '@erqi/shared/testing-database';
import { TEST_RATE_LIMIT } from '@erqi/shared/testing-graphql';
import {
  createCloudEvent,
  eventCatalogue,
  GRID_CELL_REGISTRY_TOPIC,
  toKafkaRecord,
} from '@erqi/shared/util-event-catalogue';
import { postGraphQL } from '@erqi/shared/util-graphql-client';
import { createLogger } from '@erqi/shared/util-logging';
import { authHeaderFor, seedUser } from '@erqi/shared/util-seed-tokens';
import type { Producer } from 'kafkajs';
import { createVolunteerSubgraph, type VolunteerSubgraph } from '../src/subgraph';

jest.setTimeout(90_000);

const create = `mutation($input: CreateVolunteerTeamInput!) { createVolunteerTeam(input: $input) { code gridCells { id } } }`;

// A cell the grid service draws while the volunteer service runs: a team may cover it once its record
// on grid.grid-cells has been read, and not before. The group and the codes are new in every run.
describe('the grid cell registry read by the volunteer service, on a real broker', () => {
  const logger = createLogger('volunteer-grid-cells-test');
  const run = randomBytes(4).toString('hex').toUpperCase();
  const kafka = createKafkaClient({
    clientId: 'volunteer-grid-cells-test',
    logger,
    // Plays the grid service: the admin principal.
    principal: 'admin',
    brokers: kafkaBrokersFromEnv(),
  });
  let database: TestDatabase;
  let definition: VolunteerSubgraph;
  let subgraph: RunningSubgraph;
  let producer: Producer;
  let admin: Record<string, string>;

  const drawCell = async (cellId: string): Promise<void> => {
    const { type, source } = eventCatalogue.gridCellChanged;
    const event = createCloudEvent({
      type,
      source,
      subject: cellId,
      data: {
        gridCellId: cellId,
        code: `T-${run}`,
        name: `测试网格 ${run}`,
        kind: 'COMMUNITY' as const,
        changedAt: new Date().toISOString(),
      },
    });
    await sendSettled(producer, {
      topic: GRID_CELL_REGISTRY_TOPIC,
      messages: [toKafkaRecord(event, cellId)],
      acks: -1,
    });
  };
  const createTeam = (code: string, cellId: string) =>
    postGraphQL(
      subgraph.url,
      create,
      { input: { code, name: '测试志愿服务队', community: '八卦庙社区', gridCellIds: [cellId] } },
      admin,
    );

  beforeAll(async () => {
    admin = await authHeaderFor(seedUser('ADMIN'));
    producer = kafka.producer({ idempotent: true });
    await producer.connect();
    database = await createTestDatabase('volunteer_grid_cells');
    definition = await createVolunteerSubgraph(
      subgraphDependencies(
        'volunteer',
        { kind: 'postgres', url: database.url },
        { kafka, logger, options: { consumerGroupId: `volunteer-service-test-${run}` } },
      ),
    );
    subgraph = await startSubgraph(definition, { port: 0, rateLimit: TEST_RATE_LIMIT, logger });
    await definition.gridCellConsumer?.ready();
  });

  afterAll(async () => {
    await subgraph?.stop();
    await producer?.disconnect();
    await database?.drop();
  });

  it('refuses a cell it has not heard of, and accepts it once the grid service has published it', async () => {
    const cellId = randomUUID();
    const before = await createTeam(`EARLY_${run}`, cellId);
    expect(before.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'gridCellIds',
    });

    await drawCell(cellId);
    // The copy catches up within moments; until then the answer stays BAD_USER_INPUT.
    const deadline = Date.now() + 30_000;
    let after = await createTeam(`LATER_${run}`, cellId);
    while (after.body.errors && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      after = await createTeam(`LATER_${run}`, cellId);
    }
    expect(after.body.errors).toBeUndefined();
    expect(after.body.data).toEqual({
      createVolunteerTeam: { code: `LATER_${run}`, gridCells: [{ id: cellId }] },
    });
    const [known] = (await definition.dataSource.query(
      `SELECT code FROM volunteer.known_grid_cell WHERE id = $1`,
      [cellId],
    )) as Array<{ code: string }>;
    expect(known?.code).toBe(`T-${run}`);
  });
});
