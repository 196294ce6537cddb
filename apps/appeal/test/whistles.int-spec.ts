import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@erqi/shared/testing-database';
import { serviceHeaders, TEST_RATE_LIMIT } from '@erqi/shared/testing-graphql';
import { postGraphQL } from '@erqi/shared/util-graphql-client';
import { authHeaderFor, seedUser } from '@erqi/shared/util-seed-tokens';
import {
  type RunningSubgraph,
  startSubgraph,
  subgraphDependencies,
} from '@erqi/shared/feature-subgraph-server';
import { createLogger } from '@erqi/shared/util-logging';
import {
  enterprises,
  seedLeaderLiaisons,
  type SeedUser,
  seedUsers,
} from '@erqi/shared/util-seed-fixtures';
import type { DataSource } from 'typeorm';
import { seedAppeal } from '../src/seed';
import { applySeedRegistry } from './registry-fixtures';
import { createAppealSubgraph } from '../src/subgraph';
import { fixtureDirectories } from './fixture-directories';

/** Issue 13, item 7: the channel follows from who files, never from what the caller claims. */
// A real database and a subgraph started for every role: more than the default 5 s on a busy machine.
jest.setTimeout(60_000);
const SEEDED_AT = new Date('2024-03-01T00:00:00.000Z');
const CLOCK = new Date('2024-03-01T01:30:00.000Z');

type Role = SeedUser['role'];
const gridWorker = seedUser('GRID_WORKER');
const inCells = enterprises.find((e) => (gridWorker.gridCellIds ?? []).includes(e.gridCellId));
const outsideCells = enterprises.find(
  (e) => !(gridWorker.gridCellIds ?? []).includes(e.gridCellId),
);
const liaised = seedLeaderLiaisons[0]?.enterpriseId;
const notLiaised = enterprises.find(
  (e) => !seedLeaderLiaisons.some((liaison) => liaison.enterpriseId === e.id),
);
if (!inCells || !outsideCells || !liaised || !notLiaised)
  throw new RangeError('The fixtures need enterprises inside and outside the cells and liaisons');

/** Each filing role, an enterprise it may file for, and the one channel it files through. */
const FILERS: Array<[Role, string, string]> = [
  ['ENTERPRISE', seedUser('ENTERPRISE').enterpriseId ?? '?', 'ENTERPRISE_APP'],
  ['GRID_WORKER', inCells.id, 'GRID_WORKER'],
  ['LEADER', liaised, 'LEADER_LIAISON'],
  ['DEPUTY', outsideCells.id, 'DEPUTY_SURVEY'],
  ['STREET_COLLECTOR', outsideCells.id, 'COMMUNITY_COLLECTION'],
  ['HOTLINE_OPERATOR', inCells.id, 'HOTLINE'],
  ['EXPERIENCE_OFFICER', seedUser('EXPERIENCE_OFFICER').enterpriseId ?? '?', 'EXPERIENCE_OFFICER'],
];
const WHISTLES: Role[] = ['DEPUTY', 'STREET_COLLECTOR', 'HOTLINE_OPERATOR', 'EXPERIENCE_OFFICER'];
const NON_FILERS: Role[] = [
  'DEPARTMENT_STAFF',
  'VOLUNTEER_LEAD',
  'VOLUNTEER',
  'SUPERVISOR',
  'ADVISER',
  'DISCIPLINE_OFFICER',
];

interface Filed {
  id: string;
  channel: string;
  timeline: Array<{ actor: string; note: string }>;
}
type Errors = Array<{ message: string; extensions?: Record<string, unknown> }> | undefined;

describe('the four whistles and their people: who files through which channel', () => {
  let database: TestDatabase;
  let subgraph: RunningSubgraph;
  let dataSource: DataSource;
  const headers = new Map<Role, Record<string, string>>();

  const userOf = (role: Role): SeedUser => seedUser(role);
  const graphql = <TData>(role: Role, query: string, variables: Record<string, unknown> = {}) =>
    postGraphQL<TData>(subgraph.url, query, variables, headers.get(role) ?? {});
  const submitAs = (role: Role, enterpriseId: string, channel?: string) =>
    graphql<{ submitAppeal: Filed }>(
      role,
      `
        mutation ($input: SubmitAppealInput!) {
          submitAppeal(input: $input) {
            id
            channel
            timeline {
              actor
              note
            }
          }
        }
      `,
      {
        input: {
          enterpriseId,
          title: `吹哨 ${randomUUID()}`,
          description: '走访中企业反映的问题。', // sample
          category: 'LICENSING',
          handlingMode: 'JOINT',
          ...(channel ? { channel } : {}),
        },
      },
    );
  const rowCounts = async () =>
    (await dataSource.query(
      `SELECT (SELECT count(*) FROM appeal.appeal)::int AS appeals,
        (SELECT count(*) FROM appeal.timeline_entry)::int AS entries,
        (SELECT count(*) FROM appeal.outbox_message)::int AS events`,
    )) as unknown;
  const firstError = (errors: Errors) => errors?.[0]?.extensions;

  beforeAll(async () => {
    const roles = new Set(seedUsers.map((user) => user.role));
    for (const role of roles)
      headers.set(role, { ...(await serviceHeaders()), ...(await authHeaderFor(userOf(role))) });
    database = await createTestDatabase('appeal_whistles');
    const definition = await createAppealSubgraph(
      subgraphDependencies(
        'appeal',
        { kind: 'postgres', url: database.url },
        { clock: () => new Date(CLOCK), options: fixtureDirectories() },
      ),
    );
    dataSource = definition.dataSource;
    await seedAppeal(dataSource, SEEDED_AT);
    // 领导联系企业 by the event path: the leaders' liaisons as the enterprise service publishes them.
    await applySeedRegistry(dataSource, SEEDED_AT);
    subgraph = await startSubgraph(definition, {
      port: 0,
      rateLimit: TEST_RATE_LIMIT,
      logger: createLogger('appeal-whistles-test'),
    });
  });

  afterAll(async () => {
    await subgraph?.stop();
    await database?.drop();
  });

  it.each(FILERS)(
    '%s files for enterprise %s (channel left out, or its own named) and gets exactly %s, its name on the timeline',
    async (role, enterpriseId, channel) => {
      const user = userOf(role);
      for (const claimed of [undefined, channel]) {
        const { body } = await submitAs(role, enterpriseId, claimed);
        expect(body.errors).toBeUndefined();
        const filed = body.data?.submitAppeal;
        expect(filed?.channel).toBe(channel);
        expect(filed?.timeline[0]?.actor).toBe(`${role}:${user.name}`);
        expect(filed?.timeline[0]?.note).toContain(`${user.name}（${role}）`);
        expect(filed?.timeline[0]?.note).toContain(`（${channel}）`);
        const [row] = (await dataSource.query(
          'SELECT channel, submitted_by FROM appeal.appeal WHERE id = $1',
          [filed?.id],
        )) as Array<{ channel: string; submitted_by: string }>;
        expect(row).toEqual({ channel, submitted_by: user.subject });
      }
    },
  );

  it.each(FILERS)(
    '%s claiming another channel is refused on `channel`, naming its own, and nothing is written',
    async (role, enterpriseId, channel) => {
      const before = await rowCounts();
      for (const other of ['ENTERPRISE_APP', 'HOTLINE', 'OPEN311', 'LEADER_LIAISON'].filter(
        (candidate) => candidate !== channel,
      )) {
        const { body } = await submitAs(role, enterpriseId, other);
        expect(firstError(body.errors)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'channel' });
        expect(body.errors?.[0]?.message).toContain(`through ${channel}`);
        expect(body.data ?? null).toBeNull();
      }
      expect(await rowCounts()).toEqual(before);
    },
  );

  it.each(NON_FILERS)('%s may not file: FORBIDDEN, nothing written', async (role) => {
    const before = await rowCounts();
    for (const channel of [undefined, 'HOTLINE']) {
      const { body } = await submitAs(role, inCells.id, channel);
      expect(firstError(body.errors)).toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(await rowCounts()).toEqual(before);
  });

  it('keeps each filer to the enterprises it may file for', async () => {
    const before = await rowCounts();
    const refused: Array<[Role, string]> = [
      ['LEADER', notLiaised.id],
      ['EXPERIENCE_OFFICER', outsideCells.id],
      ['ENTERPRISE', outsideCells.id],
      ['GRID_WORKER', outsideCells.id],
    ];
    for (const [role, enterpriseId] of refused) {
      const { body } = await submitAs(role, enterpriseId);
      expect([role, firstError(body.errors)?.['code']]).toEqual([role, 'FORBIDDEN']);
    }
    expect(await rowCounts()).toEqual(before);
  });

  it('lets ADMIN file on behalf of a way in it names, and asks it to name one', async () => {
    const named = await submitAs('ADMIN', outsideCells.id, 'OPEN311');
    expect(named.body.data?.submitAppeal.channel).toBe('OPEN311');
    const before = await rowCounts();
    const unnamed = await submitAs('ADMIN', outsideCells.id);
    expect(firstError(unnamed.body.errors)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'channel',
    });
    expect(await rowCounts()).toEqual(before);
  });

  it.each(WHISTLES)(
    '%s sees the appeals it filed and no others (lists, by id, _entities)',
    async (role) => {
      const user = userOf(role);
      const [, enterpriseId] = FILERS.find(([filer]) => filer === role) ?? [];
      const mine = await submitAs(role, enterpriseId ?? '?');
      const mineId = mine.body.data?.submitAppeal.id;
      const filed = (
        (await dataSource.query('SELECT id FROM appeal.appeal WHERE submitted_by = $1', [
          user.subject,
        ])) as Array<{ id: string }>
      ).map((row) => row.id);
      expect(filed).toContain(mineId);
      const list = await graphql<{ appeals: { totalCount: number; nodes: Array<{ id: string }> } }>(
        role,
        '{ appeals(first: 100) { totalCount nodes { id } } }',
      );
      expect(list.body.errors).toBeUndefined();
      expect(new Set(list.body.data?.appeals.nodes.map((node) => node.id))).toEqual(new Set(filed));
      expect(list.body.data?.appeals.totalCount).toBe(filed.length);

      const others = await submitAs(
        'HOTLINE_OPERATOR' === role ? 'DEPUTY' : 'HOTLINE_OPERATOR',
        inCells.id,
      );
      const otherId = others.body.data?.submitAppeal.id;
      const [seeded] = (await dataSource.query(
        'SELECT id FROM appeal.appeal WHERE submitted_by IS NULL LIMIT 1',
      )) as Array<{ id: string }>;
      for (const id of [otherId, seeded?.id]) {
        const byId = await graphql(role, 'query($id: ID!) { appeal(id: $id) { id title } }', {
          id,
        });
        expect(firstError(byId.body.errors)).toMatchObject({ code: 'FORBIDDEN' });
      }
      const entities = await graphql<{ _entities: Array<{ id: string } | null> }>(
        role,
        'query($r: [_Any!]!) { _entities(representations: $r) { ... on Appeal { id } } }',
        { r: [mineId, otherId].map((id) => ({ __typename: 'Appeal', id })) },
      );
      expect(entities.body.data?._entities.map((entity) => entity?.id ?? null)).toEqual([
        mineId,
        null,
      ]);
    },
  );
});
