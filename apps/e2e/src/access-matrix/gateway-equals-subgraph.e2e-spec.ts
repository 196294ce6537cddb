import { serviceHeaders } from '@erqi/shared/testing-graphql';
import { postGraphQL } from '@erqi/shared/util-graphql-client';
import { authHeaderFor, seedUser } from '@erqi/shared/util-seed-tokens';
import {
  appeals,
  collectiveEnterprise,
  enterprises,
  gridCellByCode,
  lanternFestival,
  seedUsers,
  volunteerTeams,
} from '@erqi/shared/util-seed-fixtures';
import { systemAddresses } from '../support/system-file';

/**
 * Every query of the supergraph, for every role (and no one): the gateway answers exactly what the
 * subgraph that owns the field answers the same caller directly. Each subgraph's own access matrix
 * (apps/<name>/test/*-access.int-spec.ts) proves what that answer must be; this proves the gateway
 * neither widens nor narrows it. Mutations are matrix-tested per subgraph (they write).
 */
describe('the gateway enforces exactly what each subgraph enforces', () => {
  const system = systemAddresses();
  const other =
    enterprises.find((enterprise) => enterprise.gridCellId === gridCellByCode('BGM-C02').id) ??
    enterprises[1];
  const seededAppeal = appeals.find((appeal) => appeal.status === 'TRANSFERRED') ?? appeals[0];

  // Selections stay inside the owning subgraph, so the two answers can be compared as they are.
  const operations: Array<{
    subgraph: string;
    query: string;
    variables?: Record<string, unknown>;
  }> = [
    {
      subgraph: 'grid',
      query: `{ gridCells(first: 10) { totalCount nodes { id code gridWorkers { name phone } } } }`,
    },
    {
      subgraph: 'grid',
      query: `query($id: ID!) { gridCell(id: $id) { code region { name } } }`,
      variables: { id: gridCellByCode('BGM-E01').id },
    },
    { subgraph: 'grid', query: `{ locateGridCell(lat: 34.695, lng: 113.585) { code } }` },
    {
      subgraph: 'grid',
      query: `{ departments(first: 20) { totalCount nodes { code name } } department(code: "URBAN_MANAGEMENT") { name } }`,
    },
    {
      subgraph: 'enterprise',
      query: `{ enterprises(first: 50) { totalCount nodes { id name contactName contactPhone } } }`,
    },
    {
      subgraph: 'enterprise',
      query: `query($id: ID!) { enterprise(id: $id) { name contactPhone } }`,
      variables: { id: other?.id },
    },
    {
      subgraph: 'enterprise',
      query: `query($code: String!) { enterpriseByCreditCode(code: $code) { name contactPhone } }`,
      variables: { code: collectiveEnterprise.creditCode },
    },
    { subgraph: 'enterprise', query: `{ myProjects(first: 10) { totalCount nodes { name } } }` },
    {
      subgraph: 'enterprise',
      query: `{ inspectionCountsByDepartment(from: "2024-01-01T00:00:00Z", to: "2030-01-01T00:00:00Z") { departmentCode count } }`,
    },
    { subgraph: 'appeal', query: `{ appealCategories { code volunteerEligible } }` },
    {
      subgraph: 'appeal',
      query: `{ appeals(first: 50) { totalCount nodes { id title status } } }`,
    },
    {
      subgraph: 'appeal',
      query: `query($id: ID!) { appeal(id: $id) { title status dispatches { targetCode } timeline { toStatus } } }`,
      variables: { id: seededAppeal?.id },
    },
    { subgraph: 'appeal', query: `{ dispatchRules(first: 50) { totalCount } }` },
    { subgraph: 'appeal', query: `{ appealFigures(groupBy: HANDLING_MODE) { key total } }` },
    { subgraph: 'appeal', query: `{ overdueAppeals(first: 10) { totalCount } }` },
    { subgraph: 'appeal', query: `{ supervisionFindings(first: 10) { totalCount } }` },
    {
      subgraph: 'appeal',
      query: `{ conductRules(first: 20) { totalCount nodes { code fromSource } } supervisionFindingsByRule { total } }`,
    },
    {
      subgraph: 'appeal',
      query: `{ misconductCases(first: 10) { totalCount nodes { id officialName } } misconductFigures { byRule { total } } }`,
    },
    {
      subgraph: 'volunteer',
      query: `{ volunteerTeams(first: 10) { totalCount nodes { code volunteers { name phone } tasks { id } } } }`,
    },
    {
      subgraph: 'volunteer',
      query: `query($id: ID!) { volunteerTeam(id: $id) { code } }`,
      variables: { id: volunteerTeams[0]?.id },
    },
    {
      subgraph: 'volunteer',
      query: `query($id: ID!) { volunteerActivity(id: $id) { name shifts { duty } } volunteerActivities(first: 5) { totalCount } }`,
      variables: { id: lanternFestival.id },
    },
  ];
  const callers = [
    'anonymous',
    ...seedUsers.map(
      (user) => `${user.role}${user.departmentCode ? `:${user.departmentCode}` : ''}`,
    ),
  ];

  const headersOf = async (caller: string): Promise<Record<string, string>> => {
    if (caller === 'anonymous') return {};
    const [role, department] = caller.split(':');
    return authHeaderFor(
      seedUser(
        role as (typeof seedUsers)[number]['role'],
        (user) => !department || user.departmentCode === department,
      ),
    );
  };
  // The part of an answer a caller sees: its data, and each error's code and path (messages may differ in wording).
  const outcome = (body: {
    data?: unknown;
    errors?: Array<{ path?: Array<string | number>; extensions?: Record<string, unknown> }>;
  }) => ({
    data: body.data ?? null,
    errors: (body.errors ?? []).map((error) => ({
      code: error.extensions?.['code'],
      path: error.path ?? null,
    })),
  });

  it.each(callers)(
    '%s: same answer through the gateway as from the owning subgraph, for every query',
    async (caller) => {
      const user = await headersOf(caller);
      const service = await serviceHeaders('gateway');
      for (const operation of operations) {
        const viaGateway = await postGraphQL(
          system.gatewayUrl,
          operation.query,
          operation.variables ?? {},
          user,
        );
        const direct = await postGraphQL(
          system.subgraphUrls[operation.subgraph] ?? '',
          operation.query,
          operation.variables ?? {},
          { ...user, ...service },
        );
        expect({ caller, query: operation.query, ...outcome(viaGateway.body) }).toEqual({
          caller,
          query: operation.query,
          ...outcome(direct.body),
        });
      }
    },
  );
});
