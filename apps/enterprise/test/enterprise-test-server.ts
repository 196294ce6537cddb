import { randomBytes } from 'node:crypto';
import type { StatementCounter } from '@erqi/shared/util-metrics';
import { createTestDatabase, type TestDatabase } from '@erqi/shared/testing-database';
import { serviceHeaders, TEST_RATE_LIMIT } from '@erqi/shared/testing-graphql';
import { type GraphQLResponse, postGraphQL } from '@erqi/shared/util-graphql-client';
import { authHeaderFor, seedUser } from '@erqi/shared/util-seed-tokens';
import {
  type RunningSubgraph,
  startSubgraph,
  subgraphDependencies,
} from '@erqi/shared/feature-subgraph-server';
import { createLogger } from '@erqi/shared/util-logging';
import { type SeedUser, stableId } from '@erqi/shared/util-seed-fixtures';
import type { Kafka } from 'kafkajs';
import type { DataSource } from 'typeorm';
import type { EnterpriseOptions } from '../src/context';
import type { AppealLifecycleConsumer } from '../src/inspection-cause/appeal-lifecycle-consumer';
import type { PromiseEscalator } from '../src/investment-promise/promise-escalator';
import { seedEnterprise } from '../src/seed';
import { createEnterpriseSubgraph } from '../src/subgraph';

export type RoleName = SeedUser['role'];

export const ALL_ROLES: readonly RoleName[] = [
  'ENTERPRISE',
  'GRID_WORKER',
  'DEPARTMENT_STAFF',
  'VOLUNTEER_LEAD',
  'SUPERVISOR',
  'LEADER',
  'ADMIN',
];

/** Who sends a request: nobody, the first seed user of a role, or a user made up for the test. */
export type Who = 'anonymous' | RoleName | SeedUser;

/** An ENTERPRISE user of another enterprise than the seed user's. */
export function enterpriseUserOf(enterpriseId: string): SeedUser {
  return {
    subject: stableId('user', `enterprise-${enterpriseId}`),
    role: 'ENTERPRISE',
    name: '别家企业 联络员',
    enterpriseId,
  };
}

export const marketStaff = (): SeedUser =>
  seedUser('DEPARTMENT_STAFF', (user) => user.departmentCode === 'MARKET_REGULATION');
export const urbanStaff = (): SeedUser =>
  seedUser('DEPARTMENT_STAFF', (user) => user.departmentCode === 'URBAN_MANAGEMENT');

export interface EnterpriseTestServer {
  url: string;
  dataSource: DataSource;
  secret: Uint8Array;
  /** SQL statements the subgraph ran; tests reset it. */
  statements: StatementCounter;
  /** What the subgraph's clock says; tests move it. */
  setNow(instant: Date | string): void;
  /** As `who`; with `viaGateway`, the gateway's own service token goes beside the user's (as for `_entities`). */
  gql<TData = Record<string, unknown>>(
    who: Who,
    query: string,
    variables?: Record<string, unknown>,
    options?: { viaGateway?: boolean },
  ): Promise<GraphQLResponse<TData>>;
  stop(): Promise<void>;
  /** With `kafka`: the consumer of appeal.lifecycle, so that a test can wait for it. */
  appealLifecycle?: AppealLifecycleConsumer | undefined;
  /** 双招双引: the overdue-promise sweep, run by tests on the moved clock. */
  promiseEscalator: PromiseEscalator;
}

/** The enterprise subgraph on a throw-away PostgreSQL database, seeded, with a clock the test moves. */
export async function startEnterpriseTestServer(
  label: string,
  options: Omit<EnterpriseOptions, 'codeSecret'> = {},
  kafka?: Kafka,
): Promise<EnterpriseTestServer> {
  const database: TestDatabase = await createTestDatabase(label);
  let now = new Date('2024-03-11T02:00:00Z');
  const secret = randomBytes(32);
  const definition = await createEnterpriseSubgraph(
    subgraphDependencies(
      'enterprise',
      { kind: 'postgres', url: database.url },
      {
        clock: () => new Date(now),
        options: { ...options, codeSecret: secret },
        ...(kafka ? { kafka } : {}),
      },
    ),
  );
  const statements = definition.metrics.statements;
  await seedEnterprise(definition.dataSource);
  const subgraph: RunningSubgraph = await startSubgraph(definition, {
    port: 0,
    rateLimit: TEST_RATE_LIMIT,
    logger: createLogger(`${label}-test`),
  });
  return {
    url: subgraph.url,
    dataSource: definition.dataSource,
    appealLifecycle: definition.appealLifecycle,
    promiseEscalator: definition.promiseEscalator,
    secret,
    statements,
    setNow(instant) {
      now = new Date(instant);
    },
    async gql<TData>(
      who: Who,
      query: string,
      variables: Record<string, unknown> = {},
      options: { viaGateway?: boolean } = {},
    ) {
      const headers = {
        ...(options.viaGateway ? await serviceHeaders() : {}),
        ...(who === 'anonymous'
          ? {}
          : await authHeaderFor(typeof who === 'string' ? seedUser(who) : who)),
      };
      return (await postGraphQL<TData>(subgraph.url, query, variables, headers)).body;
    },
    async stop() {
      await subgraph.stop();
      await database.drop();
    },
  };
}

/** The `extensions.code` of the first error, or undefined when there is none. */
export function errorCode(response: GraphQLResponse<unknown>): unknown {
  return response.errors?.[0]?.extensions?.['code'];
}
