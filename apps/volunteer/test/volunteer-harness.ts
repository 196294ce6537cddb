import {
  type RunningSubgraph,
  startSubgraph,
  subgraphDependencies,
} from '@erqi/shared/feature-subgraph-server';
import { createTestDatabase, type TestDatabase } from '@erqi/shared/testing-database';
import { serviceHeaders, TEST_RATE_LIMIT } from '@erqi/shared/testing-graphql';
import { type GraphQLResponse, postGraphQL } from '@erqi/shared/util-graphql-client';
import { createLogger } from '@erqi/shared/util-logging';
import { type SeedUser, volunteerTeams } from '@erqi/shared/util-seed-fixtures';
import { authHeaderFor, seedUser } from '@erqi/shared/util-seed-tokens';
import type { DataSource } from 'typeorm';
import { seedVolunteer } from '../src/seed';
import { createVolunteerSubgraph } from '../src/subgraph';

/** A seed role, or the crew's own lead (`lead-baguamiao`; the default VOLUNTEER_LEAD leads ALLIANCE_YOUTH). */
export type Who = SeedUser['role'] | 'crewLead';

export const crew = volunteerTeams.find((team) => team.code === 'BAGUAMIAO_CREW');
export const youth = volunteerTeams.find((team) => team.code === 'ALLIANCE_YOUTH');
export const masked = (phone: string): string => `${phone.slice(0, 3)}****${phone.slice(-4)}`;

const register = `mutation($input: RegisterVolunteerInput!) { registerVolunteer(input: $input) { id } }`;

export interface VolunteerHarness {
  dataSource: DataSource;
  /** As the gateway sends it: `who`'s token and, for `_entities`, its own service token beside it. */
  gql<TData>(
    who: Who,
    query: string,
    variables?: Record<string, unknown>,
    asGateway?: boolean,
  ): Promise<GraphQLResponse<TData>>;
  /** A volunteer's row as stored, to show that a refused call wrote nothing. */
  stored(id: string): Promise<Record<string, unknown> | undefined>;
  /** A fresh crew member, so that a test changes nobody another test reads. */
  newMember(skills?: string[]): Promise<{ id: string; phone: string }>;
}

/** A seeded volunteer subgraph on a database of its own, for the tests of one describe block. */
export function volunteerHarness(name: string): VolunteerHarness {
  let database: TestDatabase;
  let subgraph: RunningSubgraph;
  const headers = new Map<Who, Record<string, string>>();
  const harness: VolunteerHarness = {
    dataSource: undefined as unknown as DataSource,
    gql: async <TData>(
      who: Who,
      query: string,
      variables: Record<string, unknown> = {},
      asGateway = false,
    ) => {
      const extra = asGateway ? await serviceHeaders('gateway') : {};
      const auth = headers.get(who) ?? {};
      return (await postGraphQL<TData>(subgraph.url, query, variables, { ...auth, ...extra })).body;
    },
    stored: async (id) =>
      (
        (await harness.dataSource.query(
          `SELECT name, phone, skills, active, deactivated_at IS NOT NULL AS gone FROM volunteer.volunteer WHERE id = $1`,
          [id],
        )) as Array<Record<string, unknown>>
      )[0],
    newMember: async (skills = []) => {
      const phone = `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
      const body = await harness.gql<{ registerVolunteer: { id: string } }>('crewLead', register, {
        input: { teamId: crew?.id, name: '志愿者 新人', phone, skills },
      });
      expect(body.errors).toBeUndefined();
      return { id: body.data?.registerVolunteer.id ?? '', phone };
    },
  };

  beforeAll(async () => {
    const roles = ['ADMIN', 'SUPERVISOR', 'VOLUNTEER', 'GRID_WORKER', 'VOLUNTEER_LEAD'] as const;
    for (const role of roles) headers.set(role, await authHeaderFor(seedUser(role)));
    headers.set(
      'crewLead',
      await authHeaderFor(seedUser('VOLUNTEER_LEAD', (user) => user.teamCode === 'BAGUAMIAO_CREW')),
    );
    database = await createTestDatabase(name);
    const definition = await createVolunteerSubgraph(
      subgraphDependencies('volunteer', { kind: 'postgres', url: database.url }),
    );
    harness.dataSource = definition.dataSource;
    await seedVolunteer(definition.dataSource);
    subgraph = await startSubgraph(definition, {
      port: 0,
      rateLimit: TEST_RATE_LIMIT,
      logger: createLogger(`${name}-test`),
    });
  });

  afterAll(async () => {
    await subgraph?.stop();
    await database?.drop();
  });

  return harness;
}
