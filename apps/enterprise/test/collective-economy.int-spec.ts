import {
  collectiveEnterprise,
  enterpriseByName,
  enterprises,
  stableId,
} from '@erqi/shared/util-seed-fixtures';
import { seedAlliance } from '../src/enterprise-alliance/economy.seed';
import {
  type EnterpriseTestServer,
  enterpriseUserOf,
  errorCode,
  type RoleName,
  startEnterpriseTestServer,
  type Who,
} from './enterprise-test-server';

interface Figures {
  enterpriseId: string;
  enterpriseName: string | null;
  year: number;
  version: number;
  revenueYuan: number;
  plannedRevenueNextYearYuan: number;
  jobsOffered: number | null;
  jobsFilled: number | null;
  sample: boolean;
  source: string | null;
  recordedBy: string;
  versions: Array<{ version: number; revenueYuan: number; recordedBy: string }>;
}
interface Totals {
  year: number;
  memberCount: number;
  membersReporting: number;
  revenueYuan: number | null;
  jobsOffered: number;
  jobsFilled: number;
}
interface Alliance {
  id: string;
  name: string;
  communityName: string;
  collectiveEnterpriseName: string | null;
  latestYear: number | null;
  totals: Totals | null;
  members: {
    totalCount: number;
    nodes: Array<{
      enterpriseId: string;
      enterpriseName: string;
      joinedOn: string;
      sample: boolean;
    }>;
  };
}

const FIELDS =
  'enterpriseId enterpriseName year version revenueYuan plannedRevenueNextYearYuan jobsOffered jobsFilled sample source recordedBy versions { version revenueYuan recordedBy }';
const FIGURES = `query($enterpriseId: ID!, $year: Int!) { enterpriseYearFigures(enterpriseId: $enterpriseId, year: $year) { ${FIELDS} } }`;
const HISTORY = `query($enterpriseId: ID!) { enterpriseYearFiguresHistory(enterpriseId: $enterpriseId) { year revenueYuan } }`;
const OF_YEAR = `query($year: Int!, $first: Int!, $after: String) { enterpriseYearFiguresOfYear(year: $year, first: $first, after: $after) { totalCount nodes { enterpriseId revenueYuan } pageInfo { hasNextPage endCursor } } }`;
const RECORD = `mutation($input: RecordEnterpriseYearFiguresInput!) { recordEnterpriseYearFigures(input: $input) { ${FIELDS} } }`;
const ALLIANCE_FIELDS = (year = '') =>
  `id name communityName collectiveEnterpriseName latestYear totals${year} { year memberCount membersReporting revenueYuan jobsOffered jobsFilled } members(first: 100) { totalCount nodes { enterpriseId enterpriseName joinedOn sample } }`;
const ALLIANCE = `query($id: ID!) { enterpriseAlliance(id: $id) { ${ALLIANCE_FIELDS()} } }`;
const ALLIANCE_2024 = `query($id: ID!) { enterpriseAlliance(id: $id) { ${ALLIANCE_FIELDS('(year: 2024)')} } }`;
const ALLIANCES = `{ enterpriseAlliances { totalCount nodes { ${ALLIANCE_FIELDS()} } } }`;

/** Every role of the seed users; those not in SEES_ALL and not ENTERPRISE see no figures. */
const SEES_ALL: readonly RoleName[] = ['LEADER', 'SUPERVISOR', 'ADMIN'];
const SEES_NONE: readonly RoleName[] = [
  'GRID_WORKER',
  'DEPARTMENT_STAFF',
  'VOLUNTEER_LEAD',
  'VOLUNTEER',
  'DEPUTY',
  'STREET_COLLECTOR',
  'HOTLINE_OPERATOR',
  'EXPERIENCE_OFFICER',
  'ADVISER',
  'DISCIPLINE_OFFICER',
];
/** Not one of the LEADER seed user's liaisons: the board shows it all the same. */
const logistics = enterpriseByName('郑州凯旋路物流有限公司');
const strangerEnterprise = enterpriseUserOf(stableId('enterprise', 'not-in-any-alliance'));

describe('集体经济: yearly figures and the 企业联盟, on PostgreSQL', () => {
  let server: EnterpriseTestServer;

  beforeAll(async () => {
    server = await startEnterpriseTestServer('economy');
  });

  afterAll(async () => {
    await server?.stop();
  });

  const figures = async (who: Who, enterpriseId: string, year: number) =>
    server.gql<{ enterpriseYearFigures: Figures | null }>(who, FIGURES, { enterpriseId, year });
  const record = (who: Who, input: Record<string, unknown>) =>
    server.gql<{ recordEnterpriseYearFigures: Figures }>(who, RECORD, { input });
  const versionRows = async (enterpriseId: string): Promise<number> =>
    Number(
      (
        (await server.dataSource.query(
          'SELECT count(*) AS n FROM enterprise_year_figures_version WHERE enterprise_id = $1',
          [enterpriseId],
        )) as Array<{ n: string }>
      )[0]?.n,
    );

  describe('the seed, from the article', () => {
    it('has the collective enterprise over 4 million yuan in 2023 and 5 million planned for 2024', async () => {
      const response = await figures('LEADER', collectiveEnterprise.id, 2023);
      expect(response.errors).toBeUndefined();
      expect(response.data?.enterpriseYearFigures).toMatchObject({
        enterpriseName: '河南八方顺亿实业有限公司',
        year: 2023,
        revenueYuan: 4_000_000,
        plannedRevenueNextYearYuan: 5_000_000,
        // The article gives the collective enterprise no job count: none is invented for it.
        jobsOffered: null,
        sample: false,
        version: 1,
      });
      expect(response.data?.enterpriseYearFigures?.source).toContain('400万余元');
    });

    it('has the alliance offering nearly 200 jobs across its sample members', async () => {
      const response = await server.gql<{ enterpriseAlliance: Alliance }>('ADMIN', ALLIANCE, {
        id: seedAlliance.id,
      });
      expect(response.errors).toBeUndefined();
      const alliance = response.data?.enterpriseAlliance;
      expect(alliance).toMatchObject({
        name: '八卦庙社区企业联盟',
        communityName: '八卦庙社区',
        collectiveEnterpriseName: '河南八方顺亿实业有限公司',
        latestYear: 2023,
        totals: {
          year: 2023,
          memberCount: enterprises.length,
          membersReporting: enterprises.length,
        },
      });
      expect(alliance?.totals?.jobsOffered).toBeGreaterThanOrEqual(190);
      expect(alliance?.totals?.jobsOffered).toBeLessThanOrEqual(200);
      expect(alliance?.totals?.jobsFilled).toBeLessThanOrEqual(alliance?.totals?.jobsOffered ?? 0);
      expect(alliance?.totals?.revenueYuan).toBeGreaterThan(4_000_000);
      expect(alliance?.members.totalCount).toBe(enterprises.length);
      expect(alliance?.members.nodes.every((member) => member.sample)).toBe(true);
      // Earliest members first.
      const joined = alliance?.members.nodes.map((member) => member.joinedOn) ?? [];
      expect([...joined].sort()).toEqual(joined);
    });
  });

  describe('who reads the figures', () => {
    it.each(SEES_ALL)('%s reads every enterprise’s figures, liaison or not', async (role) => {
      for (const enterprise of [collectiveEnterprise, logistics]) {
        const response = await figures(role, enterprise.id, 2023);
        expect(response.errors).toBeUndefined();
        expect(response.data?.enterpriseYearFigures?.enterpriseId).toBe(enterprise.id);
      }
      const list = await server.gql<{ enterpriseYearFiguresOfYear: { totalCount: number } }>(
        role,
        OF_YEAR,
        {
          year: 2023,
          first: 5,
        },
      );
      expect(list.data?.enterpriseYearFiguresOfYear.totalCount).toBe(enterprises.length);
    });

    it('shows an enterprise its own figures, and FORBIDDEN for another’s', async () => {
      expect(
        (await figures('ENTERPRISE', collectiveEnterprise.id, 2023)).data?.enterpriseYearFigures
          ?.revenueYuan,
      ).toBe(4_000_000);
      const other = await figures('ENTERPRISE', logistics.id, 2023);
      expect(errorCode(other)).toBe('FORBIDDEN');
      expect(JSON.stringify(other)).not.toContain('6120000');
      const list = await server.gql<{
        enterpriseYearFiguresOfYear: { totalCount: number; nodes: Array<{ enterpriseId: string }> };
      }>('ENTERPRISE', OF_YEAR, { year: 2023, first: 100 });
      expect(list.data?.enterpriseYearFiguresOfYear).toMatchObject({
        totalCount: 1,
        nodes: [{ enterpriseId: collectiveEnterprise.id }],
      });
    });

    it.each(SEES_NONE)('refuses %s (FORBIDDEN), list and history alike', async (role) => {
      expect(errorCode(await figures(role, collectiveEnterprise.id, 2023))).toBe('FORBIDDEN');
      expect(errorCode(await server.gql(role, OF_YEAR, { year: 2023, first: 5 }))).toBe(
        'FORBIDDEN',
      );
      expect(
        errorCode(await server.gql(role, HISTORY, { enterpriseId: collectiveEnterprise.id })),
      ).toBe('FORBIDDEN');
    });

    it('answers UNAUTHENTICATED without a token', async () => {
      expect(errorCode(await figures('anonymous', collectiveEnterprise.id, 2023))).toBe(
        'UNAUTHENTICATED',
      );
      expect(errorCode(await server.gql('anonymous', ALLIANCES))).toBe('UNAUTHENTICATED');
    });

    it('answers NOT_FOUND for an unknown enterprise, null for a year with nothing recorded', async () => {
      const unknown = await figures('ADMIN', stableId('enterprise', 'nobody'), 2023);
      expect(unknown.errors?.[0]?.extensions).toMatchObject({
        code: 'NOT_FOUND',
        field: 'enterpriseId',
      });
      const empty = await figures('ADMIN', logistics.id, 2019);
      expect(empty.errors).toBeUndefined();
      expect(empty.data?.enterpriseYearFigures).toBeNull();
    });

    it('pages one year’s list by revenue, largest first', async () => {
      const seen: number[] = [];
      let after: string | null = null;
      do {
        const page: Awaited<
          ReturnType<
            typeof server.gql<{
              enterpriseYearFiguresOfYear: {
                nodes: Array<{ revenueYuan: number }>;
                pageInfo: { hasNextPage: boolean; endCursor: string | null };
              };
            }>
          >
        > = await server.gql('SUPERVISOR', OF_YEAR, { year: 2023, first: 7, after });
        expect(page.errors).toBeUndefined();
        const connection = page.data?.enterpriseYearFiguresOfYear;
        seen.push(...(connection?.nodes.map((node) => node.revenueYuan) ?? []));
        after = connection?.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
      } while (after);
      expect(seen).toHaveLength(enterprises.length);
      expect(seen).toEqual([...seen].sort((a, b) => b - a));
      expect(seen[0]).toBe(7_800_000);
    });
  });

  describe('who reads the alliance', () => {
    it('shows LEADER, SUPERVISOR and ADMIN every member', async () => {
      for (const role of SEES_ALL) {
        const response = await server.gql<{ enterpriseAlliances: { nodes: Alliance[] } }>(
          role,
          ALLIANCES,
        );
        expect(response.errors).toBeUndefined();
        expect(response.data?.enterpriseAlliances.nodes[0]?.members.totalCount).toBe(
          enterprises.length,
        );
      }
    });

    it('shows a member enterprise itself among the members, and the published totals', async () => {
      const response = await server.gql<{ enterpriseAlliance: Alliance }>('ENTERPRISE', ALLIANCE, {
        id: seedAlliance.id,
      });
      expect(response.errors).toBeUndefined();
      expect(response.data?.enterpriseAlliance.members).toMatchObject({
        totalCount: 1,
        nodes: [{ enterpriseId: collectiveEnterprise.id }],
      });
      expect(JSON.stringify(response)).not.toContain(logistics.name);
      expect(response.data?.enterpriseAlliance.totals?.jobsOffered).toBe(196);
      // The jobs are published; the others' revenue is theirs, even summed.
      expect(response.data?.enterpriseAlliance.totals?.revenueYuan).toBeNull();
    });

    it('refuses an enterprise outside the alliance and the other roles', async () => {
      expect(
        errorCode(await server.gql(strangerEnterprise, ALLIANCE, { id: seedAlliance.id })),
      ).toBe('FORBIDDEN');
      const list = await server.gql<{ enterpriseAlliances: { totalCount: number } }>(
        strangerEnterprise,
        ALLIANCES,
      );
      expect(list.data?.enterpriseAlliances.totalCount).toBe(0);
      for (const role of SEES_NONE)
        expect(errorCode(await server.gql(role, ALLIANCE, { id: seedAlliance.id }))).toBe(
          'FORBIDDEN',
        );
      expect(
        errorCode(
          await server.gql('ADMIN', ALLIANCE, { id: stableId('enterprise-alliance', 'none') }),
        ),
      ).toBe('NOT_FOUND');
    });
  });

  describe('recording figures', () => {
    const collective2024 = {
      enterpriseId: collectiveEnterprise.id,
      year: 2024,
      revenueYuan: 1_250_000,
      plannedRevenueNextYearYuan: 5_600_000,
      jobsOffered: 30,
      jobsFilled: 28,
    };

    it('lets the enterprise record its own year, and keeps each version with who and when', async () => {
      const first = await record('ENTERPRISE', { ...collective2024, expectedVersion: 0 });
      expect(first.errors).toBeUndefined();
      expect(first.data?.recordEnterpriseYearFigures).toMatchObject({
        version: 1,
        revenueYuan: 1_250_000,
      });
      expect(first.data?.recordEnterpriseYearFigures.recordedBy).toContain('ENTERPRISE');
      const corrected = await record('ADMIN', {
        ...collective2024,
        revenueYuan: 1_300_000,
        expectedVersion: 1,
      });
      expect(corrected.errors).toBeUndefined();
      expect(corrected.data?.recordEnterpriseYearFigures).toMatchObject({
        version: 2,
        revenueYuan: 1_300_000,
        versions: [
          { version: 1, revenueYuan: 1_250_000 },
          { version: 2, revenueYuan: 1_300_000 },
        ],
      });
      expect(corrected.data?.recordEnterpriseYearFigures.versions[1]?.recordedBy).toContain(
        'ADMIN',
      );
      // The board's default follows: the alliance's latest year is now 2024, with the collective's 30 jobs.
      const alliance = await server.gql<{ enterpriseAlliance: Alliance }>('LEADER', ALLIANCE_2024, {
        id: seedAlliance.id,
      });
      expect(alliance.data?.enterpriseAlliance.totals).toMatchObject({
        year: 2024,
        membersReporting: 1,
        jobsOffered: 30,
      });
      const history = await server.gql<{ enterpriseYearFiguresHistory: Array<{ year: number }> }>(
        'LEADER',
        HISTORY,
        {
          enterpriseId: collectiveEnterprise.id,
        },
      );
      expect(history.data?.enterpriseYearFiguresHistory.map((row) => row.year)).toEqual([
        2024, 2023,
      ]);
    });

    it('answers CONFLICT on a stale version and writes nothing', async () => {
      const before = await versionRows(collectiveEnterprise.id);
      const stale = await record('ADMIN', {
        ...collective2024,
        revenueYuan: 9,
        expectedVersion: 1,
      });
      expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
      expect(await versionRows(collectiveEnterprise.id)).toBe(before);
    });

    it('refuses another enterprise’s figures and every role but ADMIN and the enterprise', async () => {
      const before = await versionRows(logistics.id);
      const input = { ...collective2024, enterpriseId: logistics.id };
      expect(errorCode(await record('ENTERPRISE', input))).toBe('FORBIDDEN');
      for (const role of [...SEES_NONE, 'LEADER', 'SUPERVISOR'] as RoleName[])
        expect(errorCode(await record(role, input))).toBe('FORBIDDEN');
      expect(errorCode(await record('anonymous', input))).toBe('UNAUTHENTICATED');
      expect(await versionRows(logistics.id)).toBe(before);
      expect((await figures('ADMIN', logistics.id, 2024)).data?.enterpriseYearFigures).toBeNull();
    });

    it.each([
      ['revenueYuan', { revenueYuan: -1 }],
      ['plannedRevenueNextYearYuan', { plannedRevenueNextYearYuan: -500 }],
      ['revenueYuan', { revenueYuan: 12.5 }],
      ['jobsFilled', { jobsOffered: 10, jobsFilled: 11 }],
      ['jobsFilled', { jobsOffered: null, jobsFilled: 3 }],
      ['jobsOffered', { jobsOffered: -2, jobsFilled: 0 }],
      // The test clock stands at 2024-03-11 (Shanghai): 2025 has not begun.
      ['year', { year: 2025 }],
      ['year', { year: 1900 }],
    ])('answers BAD_USER_INPUT on %s and writes nothing', async (field, overrides) => {
      const before = await versionRows(logistics.id);
      const response = await record('ADMIN', {
        ...collective2024,
        enterpriseId: logistics.id,
        year: 2022,
        ...overrides,
      });
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await versionRows(logistics.id)).toBe(before);
    });

    it('takes the current year once it has begun (Shanghai time)', async () => {
      server.setNow('2024-12-31T16:30:00Z'); // 2025-01-01 00:30 in Shanghai
      const response = await record('ADMIN', {
        ...collective2024,
        enterpriseId: logistics.id,
        year: 2025,
      });
      server.setNow('2024-03-11T02:00:00Z');
      expect(response.errors).toBeUndefined();
      expect(response.data?.recordEnterpriseYearFigures.year).toBe(2025);
    });

    it('answers NOT_FOUND for an enterprise nobody registered', async () => {
      const response = await record('ADMIN', {
        ...collective2024,
        enterpriseId: stableId('enterprise', 'ghost'),
      });
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'NOT_FOUND',
        field: 'enterpriseId',
      });
    });
  });
  describe('keeping the members (ADMIN)', () => {
    const JOIN = `mutation($allianceId: ID!, $enterpriseId: ID!, $joinedOn: String!) { joinEnterpriseAlliance(allianceId: $allianceId, enterpriseId: $enterpriseId, joinedOn: $joinedOn) { enterpriseId joinedOn leftOn sample } }`;
    const LEAVE = `mutation($allianceId: ID!, $enterpriseId: ID!, $leftOn: String!) { leaveEnterpriseAlliance(allianceId: $allianceId, enterpriseId: $enterpriseId, leftOn: $leftOn) { enterpriseId joinedOn leftOn } }`;
    const hardware = enterpriseByName('郑州凯旋路五金经营部有限公司');
    const members = async (): Promise<Alliance['members']> =>
      (
        await server.gql<{ enterpriseAlliance: Alliance }>('ADMIN', ALLIANCE, {
          id: seedAlliance.id,
        })
      ).data?.enterpriseAlliance.members as Alliance['members'];
    const leave = (who: Who, leftOn: string) =>
      server.gql(who, LEAVE, { allianceId: seedAlliance.id, enterpriseId: hardware.id, leftOn });
    const join = (who: Who, joinedOn: string) =>
      server.gql<{ joinEnterpriseAlliance: { joinedOn: string; leftOn: string | null } }>(
        who,
        JOIN,
        { allianceId: seedAlliance.id, enterpriseId: hardware.id, joinedOn },
      );

    it('is for ADMIN only, and refuses dates to come, dates that are not and leaving before joining', async () => {
      for (const role of [...SEES_NONE, 'LEADER', 'SUPERVISOR', 'ENTERPRISE'] as RoleName[])
        expect(errorCode(await leave(role, '2024-01-31'))).toBe('FORBIDDEN');
      for (const [leftOn, field] of [
        ['2024-03-12', 'leftOn'], // tomorrow, by the test clock
        ['2024-02-30', 'leftOn'],
        ['2023-04-21', 'leftOn'], // the day before it joined (2023-04-22)
      ] as const) {
        const response = await leave('ADMIN', leftOn);
        expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      }
      expect((await members()).totalCount).toBe(enterprises.length);
    });

    it('takes a member out of the list when it leaves, and back in when it joins again', async () => {
      expect((await leave('ADMIN', '2024-01-31')).errors).toBeUndefined();
      const after = await members();
      expect(after.totalCount).toBe(enterprises.length - 1);
      expect(after.nodes.map((member) => member.enterpriseId)).not.toContain(hardware.id);
      expect(errorCode(await leave('ADMIN', '2024-02-01'))).toBe('CONFLICT');
      // Still counted for 2023, when it was a member, and for 2024, which it saw the start of.
      for (const year of [2023, 2024]) {
        const alliance = await server.gql<{ enterpriseAlliance: Alliance }>(
          'ADMIN',
          `query($id: ID!) { enterpriseAlliance(id: $id) { ${ALLIANCE_FIELDS(`(year: ${year})`)} } }`,
          { id: seedAlliance.id },
        );
        expect(alliance.data?.enterpriseAlliance.totals).toMatchObject({
          year,
          memberCount: enterprises.length,
        });
      }
      const joined = await join('ADMIN', '2024-03-01');
      expect(joined.errors).toBeUndefined();
      expect(joined.data?.joinEnterpriseAlliance).toMatchObject({
        joinedOn: '2024-03-01',
        leftOn: null,
      });
      expect(errorCode(await join('ADMIN', '2024-03-02'))).toBe('CONFLICT');
      expect((await members()).totalCount).toBe(enterprises.length);
    });

    it('answers NOT_FOUND for an unknown alliance or enterprise', async () => {
      const noAlliance = await server.gql('ADMIN', JOIN, {
        allianceId: stableId('enterprise-alliance', 'none'),
        enterpriseId: hardware.id,
        joinedOn: '2024-01-01',
      });
      expect(noAlliance.errors?.[0]?.extensions).toMatchObject({
        code: 'NOT_FOUND',
        field: 'allianceId',
      });
      const noEnterprise = await server.gql('ADMIN', JOIN, {
        allianceId: seedAlliance.id,
        enterpriseId: stableId('enterprise', 'ghost'),
        joinedOn: '2024-01-01',
      });
      expect(noEnterprise.errors?.[0]?.extensions).toMatchObject({
        code: 'NOT_FOUND',
        field: 'enterpriseId',
      });
    });
  });
});
