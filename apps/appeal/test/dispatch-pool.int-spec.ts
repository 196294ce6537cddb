import { TEST_RATE_LIMIT } from '@erqi/shared/testing-graphql';
import { createTestDatabase, type TestDatabase } from '@erqi/shared/testing-database';
import {
  type RunningSubgraph,
  startSubgraph,
  subgraphDependencies,
} from '@erqi/shared/feature-subgraph-server';
import { postGraphQL } from '@erqi/shared/util-graphql-client';
import { createLogger } from '@erqi/shared/util-logging';
import {
  collectiveEnterprise,
  departments,
  enterprises,
  gridCells,
  volunteerTeams,
} from '@erqi/shared/util-seed-fixtures';
import { authHeaderFor, seedUser } from '@erqi/shared/util-seed-tokens';
import type { DataSource } from 'typeorm';
import { seedAppeal } from '../src/seed';
import { createAppealSubgraph } from '../src/subgraph';

/**
 * Many submissions at once, with the service's own copies of the registries (not the fixture
 * directories the other tests use): dispatching reads them inside the submission's transaction. Read on
 * a second connection, each open transaction waited for one more from a pool its peers held, and
 * the service stopped answering once more submissions ran at once than the pool has connections
 * (found by `npm run bench:faults`).
 */
const CONCURRENT = 40;

describe('dispatching many appeals at once from the local registry copies', () => {
  let database: TestDatabase;
  let subgraph: RunningSubgraph;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase('appeal_dispatch_pool');
    const definition = await createAppealSubgraph(
      subgraphDependencies('appeal', { kind: 'postgres', url: database.url }),
    );
    dataSource = definition.dataSource;
    await seedAppeal(dataSource, new Date('2024-03-01T00:00:00.000Z'));
    // The copies Kafka would bring from grid, enterprise and volunteer.
    const now = new Date();
    for (const department of departments)
      await dataSource.query(
        'INSERT INTO appeal.known_department (id, code, name, changed_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING',
        [department.id, department.code, department.name, now],
      );
    for (const cell of gridCells)
      await dataSource.query(
        'INSERT INTO appeal.known_grid_cell (id, code, name, kind, changed_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING',
        [cell.id, cell.code, cell.name, cell.kind, now],
      );
    for (const enterprise of enterprises)
      await dataSource.query(
        'INSERT INTO appeal.known_enterprise (id, name, credit_code, grid_cell_id, changed_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING',
        [enterprise.id, enterprise.name, enterprise.creditCode, enterprise.gridCellId, now],
      );
    for (const team of volunteerTeams)
      await dataSource.query(
        'INSERT INTO appeal.known_volunteer_team (id, code, name, grid_cell_ids, changed_at) VALUES ($1, $2, $3, $4::uuid[], $5) ON CONFLICT DO NOTHING',
        [team.id, team.code, team.name, team.gridCellIds, now],
      );
    subgraph = await startSubgraph(definition, {
      port: 0,
      rateLimit: TEST_RATE_LIMIT,
      logger: createLogger('appeal-dispatch-pool-test'),
    });
  });

  afterAll(async () => {
    await subgraph?.stop();
    await database?.drop();
  });

  it(`answers ${CONCURRENT} submissions sent together, each dispatched to both departments and the team`, async () => {
    const admin = await authHeaderFor(seedUser('ADMIN'));
    const answers = await Promise.all(
      Array.from({ length: CONCURRENT }, (_, index) =>
        postGraphQL<{ submitAppeal: { id: string } }>(
          subgraph.url,
          `mutation($input: SubmitAppealInput!) { submitAppeal(input: $input) { id } }`,
          {
            input: {
              enterpriseId: collectiveEnterprise.id,
              title: `同时提交 ${index}`,
              description: '厂区门口路灯损坏',
              category: 'SURROUNDINGS',
              channel: 'HOTLINE',
              handlingMode: 'TRACKED',
            },
          },
          admin,
        ),
      ),
    );
    expect(answers.flatMap((answer) => answer.body.errors ?? [])).toEqual([]);
    const ids = answers.map((answer) => answer.body.data?.submitAppeal.id);
    expect(new Set(ids).size).toBe(CONCURRENT);
    const targets = (await dataSource.query(
      'SELECT target_code, count(*)::int AS appeals FROM appeal.appeal_dispatch WHERE appeal_id = ANY($1::uuid[]) GROUP BY target_code ORDER BY target_code',
      [ids],
    )) as Array<{ target_code: string; appeals: number }>;
    expect(targets).toEqual([
      { target_code: 'ALLIANCE_YOUTH', appeals: CONCURRENT },
      { target_code: 'HOUSING_CONSTRUCTION', appeals: CONCURRENT },
      { target_code: 'URBAN_MANAGEMENT', appeals: CONCURRENT },
    ]);
  }, 30_000);
});
