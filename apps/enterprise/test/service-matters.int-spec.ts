import { sampleServiceMatters } from '../src/service-matter/matter-catalogue.seed';
import { checkMatterInput } from '../src/service-matter/service-matter.rules';
import type { ServiceMatterInput } from '../src/service-matter/service-matter.input';
import {
  type EnterpriseTestServer,
  errorCode,
  marketStaff,
  startEnterpriseTestServer,
  urbanStaff,
} from './enterprise-test-server';

const LIST = `query($first: Int, $after: String, $filter: ServiceMatterFilter) { serviceMatters(first: $first, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } nodes { id code departmentCode modes channels listed version } } }`;
const MATTER_FIELDS =
  'id code name departmentCode legalDays promisedDays modes channels highFrequency listed sample version materials { code deferrable replaceableByCommitment certificateFree } versions { version changedBy reason matter { name promisedDays } }';
const CREATE = `mutation($input: ServiceMatterInput!) { createServiceMatter(input: $input) { ${MATTER_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: ServiceMatterInput!) { updateServiceMatter(id: $id, input: $input) { ${MATTER_FIELDS} } }`;
const TARGETS = `query($year: Int!) { serviceTargets(year: $year) { year mode target achieved progress counts } }`;
const SET_TARGETS = `mutation($year: Int!, $targets: [ServiceTargetInput!]!) { setServiceTargets(year: $year, targets: $targets) { mode target achieved } }`;

interface MatterView {
  id: string;
  code: string;
  version: number;
  versions: Array<{
    version: number;
    changedBy: string;
    reason: string | null;
    matter: { name: string; promisedDays: number };
  }>;
}

const newMatter = (overrides: Partial<ServiceMatterInput> = {}): ServiceMatterInput => ({
  code: 'SCJG-0100',
  name: '食品小作坊登记',
  departmentCode: 'MARKET_REGULATION',
  legalDays: 15,
  promisedDays: 5,
  materials: [
    {
      code: 'APPLICATION',
      name: '申请书',
      deferrable: false,
      replaceableByCommitment: false,
      certificateFree: false,
    },
    {
      code: 'LICENSE',
      name: '营业执照',
      deferrable: false,
      replaceableByCommitment: false,
      certificateFree: true,
    },
    {
      code: 'PREMISES',
      name: '生产场所使用证明',
      deferrable: true,
      replaceableByCommitment: true,
      certificateFree: false,
    },
  ],
  modes: [
    'NO_CERTIFICATE',
    'CROSS_PROVINCE',
    'DEFERRED_MATERIALS_WITH_COMMITMENT',
  ] as ServiceMatterInput['modes'],
  channels: ['ONLINE', 'WINDOW'] as ServiceMatterInput['channels'],
  highFrequency: true,
  listed: true,
  reason: '新增事项',
  ...overrides,
});

/** What each target counts, computed here from the sample list itself. */
function expectedAchieved(): Record<string, number> {
  const listed = sampleServiceMatters.filter((matter) => matter.listed);
  return {
    NO_CERTIFICATE: listed.filter((m) => m.modes.includes('NO_CERTIFICATE' as never)).length,
    CROSS_PROVINCE: listed.filter(
      (m) =>
        m.modes.includes('CROSS_PROVINCE' as never) &&
        m.channels.includes('ONLINE' as never) &&
        m.channels.includes('WINDOW' as never),
    ).length,
    SAME_CITY: listed.filter((m) => m.modes.includes('SAME_CITY' as never)).length,
    DEFERRED_MATERIALS_WITH_COMMITMENT: listed.filter(
      (m) => m.modes.includes('DEFERRED_MATERIALS_WITH_COMMITMENT' as never) && m.highFrequency,
    ).length,
  };
}

describe('易企办 matter list (政务服务事项清单) and targets', () => {
  let server: EnterpriseTestServer;

  beforeAll(async () => {
    server = await startEnterpriseTestServer('service-matters');
  });

  afterAll(async () => {
    await server?.stop();
  });

  it('the sample list: at least 60 matters, each consistent with its modes, across departments', () => {
    expect(sampleServiceMatters.length).toBeGreaterThanOrEqual(60);
    expect(new Set(sampleServiceMatters.map((m) => m.departmentCode)).size).toBeGreaterThanOrEqual(
      10,
    );
    for (const matter of sampleServiceMatters)
      expect(() => checkMatterInput({ ...matter, reason: null })).not.toThrow();
  });

  it('is public and paginated with its total, filtered by department and mode', async () => {
    const first = await server.gql<{
      serviceMatters: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        nodes: Array<{ code: string }>;
      };
    }>('anonymous', LIST, { first: 50 });
    expect(first.errors).toBeUndefined();
    expect(first.data?.serviceMatters.totalCount).toBe(sampleServiceMatters.length);
    expect(first.data?.serviceMatters.pageInfo.hasNextPage).toBe(true);
    const second = await server.gql<{ serviceMatters: { nodes: Array<{ code: string }> } }>(
      'anonymous',
      LIST,
      {
        first: 50,
        after: first.data?.serviceMatters.pageInfo.endCursor,
      },
    );
    const codes = [
      ...(first.data?.serviceMatters.nodes ?? []),
      ...(second.data?.serviceMatters.nodes ?? []),
    ].map((n) => n.code);
    expect(codes).toEqual([...sampleServiceMatters.map((m) => m.code)].sort());
    const market = await server.gql<{
      serviceMatters: {
        totalCount: number;
        nodes: Array<{ departmentCode: string; modes: string[] }>;
      };
    }>('ENTERPRISE', LIST, {
      first: 100,
      filter: { departmentCode: 'MARKET_REGULATION', mode: 'CROSS_PROVINCE' },
    });
    expect(market.data?.serviceMatters.nodes.length).toBeGreaterThan(0);
    expect(
      market.data?.serviceMatters.nodes.every(
        (n) => n.departmentCode === 'MARKET_REGULATION' && n.modes.includes('CROSS_PROVINCE'),
      ),
    ).toBe(true);
  });

  it('ADMIN and the owning department maintain it, every change a version; others are refused', async () => {
    for (const who of ['ENTERPRISE', 'GRID_WORKER', 'LEADER', 'SUPERVISOR'] as const)
      expect(errorCode(await server.gql(who, CREATE, { input: newMatter() }))).toBe('FORBIDDEN');
    expect(errorCode(await server.gql(urbanStaff(), CREATE, { input: newMatter() }))).toBe(
      'FORBIDDEN',
    );
    const created = await server.gql<{ createServiceMatter: MatterView }>(marketStaff(), CREATE, {
      input: newMatter(),
    });
    expect(created.errors).toBeUndefined();
    const id = created.data?.createServiceMatter.id;
    expect(errorCode(await server.gql('ADMIN', CREATE, { input: newMatter() }))).toBe('CONFLICT');
    expect(
      errorCode(
        await server.gql(urbanStaff(), UPDATE, { id, input: newMatter({ promisedDays: 3 }) }),
      ),
    ).toBe('FORBIDDEN');
    // A department may not hand its matter to another.
    expect(
      errorCode(
        await server.gql(marketStaff(), UPDATE, {
          id,
          input: newMatter({ departmentCode: 'URBAN_MANAGEMENT' }),
        }),
      ),
    ).toBe('FORBIDDEN');
    server.setNow('2024-03-12T02:00:00Z');
    const updated = await server.gql<{ updateServiceMatter: MatterView }>(marketStaff(), UPDATE, {
      id,
      input: newMatter({ promisedDays: 3, reason: '压缩承诺时限' }),
    });
    expect(updated.errors).toBeUndefined();
    expect(updated.data?.updateServiceMatter.version).toBe(2);
    expect(updated.data?.updateServiceMatter.versions).toEqual([
      expect.objectContaining({
        version: 2,
        reason: '压缩承诺时限',
        matter: { name: '食品小作坊登记', promisedDays: 3 },
      }),
      expect.objectContaining({
        version: 1,
        reason: '新增事项',
        matter: { name: '食品小作坊登记', promisedDays: 5 },
      }),
    ]);
    // Versions are the department's, supervisors' and ADMIN's to read.
    const seen = await server.gql<{ serviceMatters: { nodes: Array<{ code: string }> } }>(
      'ENTERPRISE',
      `{ serviceMatters(filter: { search: "SCJG-0100" }) { nodes { code versions { version } } } }`,
    );
    expect(seen.data?.serviceMatters.nodes).toEqual([{ code: 'SCJG-0100', versions: [] }]);
  });

  it('bad input names the field and writes nothing', async () => {
    const before = await server.dataSource.query(
      'SELECT count(*) AS n FROM service_matter_version',
    );
    const cases: Array<[ServiceMatterInput, string]> = [
      [newMatter({ code: 'SCJG-0101', promisedDays: 20 }), 'promisedDays'],
      [
        newMatter({
          code: 'SCJG-0102',
          modes: ['NO_CERTIFICATE'] as ServiceMatterInput['modes'],
          materials: [newMatter().materials[0] as ServiceMatterInput['materials'][number]],
        }),
        'modes',
      ],
      [
        newMatter({ code: 'SCJG-0103', channels: ['WINDOW'] as ServiceMatterInput['channels'] }),
        'channels',
      ],
      [
        newMatter({
          code: 'SCJG-0104',
          materials: [
            ...newMatter().materials,
            newMatter().materials[0] as ServiceMatterInput['materials'][number],
          ],
        }),
        'materials',
      ],
      [newMatter({ code: 'bad code' }), 'code'],
    ];
    for (const [input, field] of cases) {
      const response = await server.gql('ADMIN', CREATE, { input });
      expect({
        field: response.errors?.[0]?.extensions?.['field'],
        code: errorCode(response),
      }).toEqual({ field, code: 'BAD_USER_INPUT' });
    }
    expect(
      await server.dataSource.query('SELECT count(*) AS n FROM service_matter_version'),
    ).toEqual(before);
  });

  it('targets: the article’s 2024 figures, progress counted from the list as it is now', async () => {
    const expected = expectedAchieved();
    const response = await server.gql<{
      serviceTargets: Array<{ mode: string; target: number; achieved: number; progress: number }>;
    }>('LEADER', TARGETS, { year: 2024 });
    expect(response.errors).toBeUndefined();
    // SCJG-0100 (added above) is 免证, 跨省 online and offline, and a high-frequency 容缺+承诺 matter.
    expect(response.data?.serviceTargets).toEqual([
      expect.objectContaining({
        mode: 'NO_CERTIFICATE',
        target: 550,
        achieved: (expected['NO_CERTIFICATE'] ?? 0) + 1,
      }),
      expect.objectContaining({
        mode: 'CROSS_PROVINCE',
        target: 100,
        achieved: (expected['CROSS_PROVINCE'] ?? 0) + 1,
      }),
      expect.objectContaining({ mode: 'SAME_CITY', target: 200, achieved: expected['SAME_CITY'] }),
      expect.objectContaining({
        mode: 'DEFERRED_MATERIALS_WITH_COMMITMENT',
        target: 200,
        achieved: (expected['DEFERRED_MATERIALS_WITH_COMMITMENT'] ?? 0) + 1,
      }),
    ]);
    const crossProvince = response.data?.serviceTargets.find((t) => t.mode === 'CROSS_PROVINCE');
    expect(crossProvince?.progress).toBeCloseTo((crossProvince?.achieved ?? 0) / 100);
    // Withdrawing a matter takes it out of the count.
    const [{ id } = { id: '' }] = (await server.dataSource.query(
      `SELECT id FROM service_matter WHERE code = 'SCJG-0100'`,
    )) as Array<{ id: string }>;
    await server.gql('ADMIN', UPDATE, {
      id,
      input: newMatter({ promisedDays: 3, listed: false, reason: '取消' }),
    });
    const after = await server.gql<{ serviceTargets: Array<{ mode: string; achieved: number }> }>(
      'SUPERVISOR',
      TARGETS,
      { year: 2024 },
    );
    expect(after.data?.serviceTargets.find((t) => t.mode === 'CROSS_PROVINCE')?.achieved).toBe(
      expected['CROSS_PROVINCE'],
    );
  });

  it('targets are data: ADMIN sets a year, nobody else; bad input writes nothing', async () => {
    const targets = [
      { mode: 'NO_CERTIFICATE', target: 600 },
      { mode: 'SAME_CITY', target: 250 },
    ];
    for (const who of [marketStaff(), 'LEADER', 'SUPERVISOR', 'ENTERPRISE'] as const)
      expect(errorCode(await server.gql(who, SET_TARGETS, { year: 2025, targets }))).toBe(
        'FORBIDDEN',
      );
    const negative = await server.gql('ADMIN', SET_TARGETS, {
      year: 2025,
      targets: [{ mode: 'SAME_CITY', target: -1 }],
    });
    expect(errorCode(negative)).toBe('BAD_USER_INPUT');
    expect(String(negative.errors?.[0]?.extensions?.['field'])).toMatch(/target/);
    const twice = await server.gql('ADMIN', SET_TARGETS, {
      year: 2025,
      targets: [...targets, targets[0]],
    });
    expect(twice.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'targets',
    });
    expect(
      (await server.gql<{ serviceTargets: unknown[] }>('ADMIN', TARGETS, { year: 2025 })).data
        ?.serviceTargets,
    ).toEqual([]);
    const set = await server.gql<{ setServiceTargets: Array<{ mode: string; target: number }> }>(
      'ADMIN',
      SET_TARGETS,
      { year: 2025, targets },
    );
    expect(set.data?.setServiceTargets.map((t) => [t.mode, t.target])).toEqual([
      ['NO_CERTIFICATE', 600],
      ['SAME_CITY', 250],
    ]);
    expect(errorCode(await server.gql('anonymous', TARGETS, { year: 2025 }))).toBe(
      'UNAUTHENTICATED',
    );
  });
});
