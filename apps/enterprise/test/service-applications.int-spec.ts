import { collectiveEnterprise, enterpriseByName } from '@erqi/shared/util-seed-fixtures';
import { ServiceApplicationWatcher } from '../src/service-application/service-application-watcher';
import {
  type EnterpriseTestServer,
  enterpriseUserOf,
  errorCode,
  marketStaff,
  startEnterpriseTestServer,
  urbanStaff,
  type Who,
} from './enterprise-test-server';

interface ApplicationView {
  id: string;
  status: string;
  matterCode: string;
  departmentCode: string;
  lookedUpMaterials: string[];
  deferredMaterials: string[];
  missingMaterials: string[];
  committedMaterials: string[];
  verification: string | null;
  supplyBy: string | null;
  acceptedAt: string;
  dueAt: string;
  decidedAt: string | null;
  escalatedAt: string | null;
  workingDaysLeft: number | null;
  overdue: boolean;
  enterprise: { id: string };
}

const FIELDS =
  'id status matterCode departmentCode lookedUpMaterials deferredMaterials missingMaterials committedMaterials verification supplyBy acceptedAt dueAt decidedAt escalatedAt workingDaysLeft overdue enterprise { id }';
const APPLY = `mutation($input: ApplyForServiceMatterInput!) { applyForServiceMatter(input: $input) { ${FIELDS} } }`;
const DECIDE = `mutation($id: ID!, $approve: Boolean!, $note: String) { decideServiceApplication(id: $id, approve: $approve, note: $note) { ${FIELDS} } }`;
const SUPPLY = `mutation($id: ID!, $materials: [String!]!) { supplyServiceMaterials(id: $id, materials: $materials) { ${FIELDS} } }`;
const VERIFY = `mutation($id: ID!, $honoured: Boolean!, $note: String!) { verifyServiceCommitment(id: $id, honoured: $honoured, note: $note) { ${FIELDS} } }`;
const ONE = `query($id: ID!) { serviceApplication(id: $id) { ${FIELDS} } }`;
const LIST = `query($filter: ServiceApplicationFilter) { serviceApplications(first: 100, filter: $filter) { totalCount nodes { id status matterCode } } }`;
const FIGURES = `query($departmentCode: String) { approvalFigures(departmentCode: $departmentCode) { byDepartment { departmentCode accepted open decided decidedOnTime overdue escalated onTimeRate } byMatter { departmentCode matterCode accepted overdue escalated onTimeRate } } }`;

const other = enterpriseUserOf(enterpriseByName('郑州凯旋路物流有限公司').id);

describe('易企办 applications (办件) on the working-day clock', () => {
  let server: EnterpriseTestServer;
  let watcher: ServiceApplicationWatcher;
  let now = new Date('2024-03-11T02:00:00Z');
  const setNow = (instant: string): void => {
    now = new Date(instant);
    server.setNow(now);
  };

  const apply = async (input: Record<string, unknown>, who: Who = 'ENTERPRISE') =>
    server.gql<{ applyForServiceMatter: ApplicationView }>(who, APPLY, { input });
  const applied = async (input: Record<string, unknown>): Promise<ApplicationView> => {
    const response = await apply(input);
    expect(response.errors).toBeUndefined();
    return response.data?.applyForServiceMatter as ApplicationView;
  };
  const count = async (): Promise<number> =>
    Number(
      (
        (await server.dataSource.query('SELECT count(*) AS n FROM service_application')) as Array<{
          n: string;
        }>
      )[0]?.n,
    );

  beforeAll(async () => {
    server = await startEnterpriseTestServer('service-applications');
    watcher = new ServiceApplicationWatcher({
      dataSource: server.dataSource,
      clock: () => new Date(now),
      onEventsCommitted: () => undefined,
    });
  });

  afterAll(async () => {
    await server?.stop();
  });

  it('免证办: certificate-free materials are looked up, the clock is 5 working days, approved in time', async () => {
    setNow('2024-03-11T02:00:00Z'); // Monday 10:00 in Zhengzhou
    const application = await applied({
      matterCode: 'SCJG-0006',
      channel: 'ONLINE',
      submittedMaterials: ['APPLICATION', 'LAYOUT', 'SAFETY_RULES'],
    });
    expect(application).toMatchObject({
      status: 'ACCEPTED',
      departmentCode: 'MARKET_REGULATION',
      lookedUpMaterials: ['LICENSE', 'HEALTH'],
      // Five working days: the weekend does not count.
      dueAt: '2024-03-18T02:00:00.000Z',
      workingDaysLeft: 5,
      overdue: false,
      enterprise: { id: collectiveEnterprise.id },
    });
    setNow('2024-03-13T06:00:00Z'); // Wednesday 14:00
    const seen = await server.gql<{ serviceApplication: ApplicationView }>('ENTERPRISE', ONE, {
      id: application.id,
    });
    expect(seen.data?.serviceApplication.workingDaysLeft).toBe(2.5);
    const decided = await server.gql<{ decideServiceApplication: ApplicationView }>(
      marketStaff(),
      DECIDE,
      {
        id: application.id,
        approve: true,
      },
    );
    expect(decided.errors).toBeUndefined();
    expect(decided.data?.decideServiceApplication).toMatchObject({
      status: 'APPROVED',
      overdue: false,
      workingDaysLeft: null,
    });
    // Decided once: a second decision is refused.
    expect(
      errorCode(
        await server.gql(marketStaff(), DECIDE, {
          id: application.id,
          approve: false,
          note: '重复',
        }),
      ),
    ).toBe('CONFLICT');
  });

  it('容缺受理: accepted with deferrable materials missing, approved only once they are supplied', async () => {
    setNow('2024-03-11T02:00:00Z');
    const input = {
      matterCode: 'SCJG-0001',
      channel: 'WINDOW',
      submittedMaterials: ['APPLICATION'],
      deferredMaterials: ['PREMISES', 'ARTICLES'],
    };
    const before = await count();
    const past = await apply({ ...input, supplyBy: '2024-03-10T02:00:00Z' });
    expect(past.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'supplyBy',
    });
    const beyondDue = await apply({ ...input, supplyBy: '2024-03-20T02:00:00Z' });
    expect(beyondDue.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'supplyBy',
    });
    const noDate = await apply(input);
    expect(noDate.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'supplyBy',
    });
    expect(await count()).toBe(before);

    const application = await applied({ ...input, supplyBy: '2024-03-12T01:00:00Z' });
    expect(application).toMatchObject({
      status: 'ACCEPTED',
      lookedUpMaterials: ['LEGAL_ID'],
      missingMaterials: ['PREMISES', 'ARTICLES'],
      dueAt: '2024-03-12T02:00:00.000Z',
    });
    const early = await server.gql(marketStaff(), DECIDE, { id: application.id, approve: true });
    expect(errorCode(early)).toBe('CONFLICT');
    expect(
      errorCode(await server.gql(other, SUPPLY, { id: application.id, materials: ['PREMISES'] })),
    ).toBe('FORBIDDEN');
    const notDeferred = await server.gql('ENTERPRISE', SUPPLY, {
      id: application.id,
      materials: ['APPLICATION'],
    });
    expect(notDeferred.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'materials',
    });
    setNow('2024-03-11T08:00:00Z');
    const supplied = await server.gql<{ supplyServiceMaterials: ApplicationView }>(
      'ENTERPRISE',
      SUPPLY,
      {
        id: application.id,
        materials: ['PREMISES', 'ARTICLES'],
      },
    );
    expect(supplied.data?.supplyServiceMaterials.missingMaterials).toEqual([]);
    // The supply date passing changes nothing once everything came.
    setNow('2024-03-12T01:30:00Z');
    await watcher.scanOnce();
    const approved = await server.gql<{ decideServiceApplication: ApplicationView }>(
      marketStaff(),
      DECIDE,
      {
        id: application.id,
        approve: true,
      },
    );
    expect(approved.data?.decideServiceApplication).toMatchObject({
      status: 'APPROVED',
      overdue: false,
    });
  });

  it('容缺受理: materials not supplied by the promised date end the application (the watcher)', async () => {
    setNow('2024-03-11T02:00:00Z');
    const application = await applied({
      matterCode: 'SCJG-0004',
      channel: 'ONLINE',
      submittedMaterials: ['APPLICATION'],
      deferredMaterials: ['PREMISES'],
      supplyBy: '2024-03-11T08:00:00Z',
    });
    setNow('2024-03-11T07:59:00Z');
    expect((await watcher.scanOnce()).terminated).not.toContain(application.id);
    setNow('2024-03-11T08:00:00Z');
    expect((await watcher.scanOnce()).terminated).toContain(application.id);
    const ended = await server.gql<{ serviceApplication: ApplicationView }>('ENTERPRISE', ONE, {
      id: application.id,
    });
    expect(ended.data?.serviceApplication).toMatchObject({
      status: 'TERMINATED',
      overdue: false,
      escalatedAt: null,
    });
    expect(
      errorCode(
        await server.gql('ENTERPRISE', SUPPLY, { id: application.id, materials: ['PREMISES'] }),
      ),
    ).toBe('CONFLICT');
  });

  it('告知承诺: a material replaced by a signed commitment; an untrue one, found later, revokes the approval', async () => {
    setNow('2024-03-11T02:00:00Z');
    const application = await applied({
      matterCode: 'SCJG-0006',
      channel: 'WINDOW',
      submittedMaterials: ['APPLICATION', 'LAYOUT'],
      commitment: {
        materials: ['SAFETY_RULES'],
        text: '本企业承诺已建立食品安全管理制度，并对承诺内容的真实性负责。',
        signerName: '八方顺亿 法定代表人',
      },
    });
    expect(application).toMatchObject({
      committedMaterials: ['SAFETY_RULES'],
      verification: 'PENDING',
    });
    await server.gql(marketStaff(), DECIDE, { id: application.id, approve: true });
    expect(
      errorCode(
        await server.gql(urbanStaff(), VERIFY, {
          id: application.id,
          honoured: false,
          note: '核查',
        }),
      ),
    ).toBe('FORBIDDEN');
    setNow('2024-04-15T02:00:00Z');
    const verified = await server.gql<{ verifyServiceCommitment: ApplicationView }>(
      marketStaff(),
      VERIFY,
      {
        id: application.id,
        honoured: false,
        note: '现场核查：未建立食品安全管理制度',
      },
    );
    expect(verified.data?.verifyServiceCommitment).toMatchObject({
      status: 'REVOKED',
      verification: 'BREACHED',
    });
    expect(
      errorCode(
        await server.gql(marketStaff(), VERIFY, {
          id: application.id,
          honoured: true,
          note: '再核',
        }),
      ),
    ).toBe('CONFLICT');
  });

  it('跨省通办 and 同城通办: only the channels the matter runs on', async () => {
    setNow('2024-03-11T02:00:00Z');
    const online = await applied({
      matterCode: 'SWJ-0003',
      channel: 'ONLINE',
      submittedMaterials: ['APPLICATION', 'CONTRACT'],
    });
    expect(online).toMatchObject({
      status: 'ACCEPTED',
      lookedUpMaterials: ['LICENSE'],
      dueAt: '2024-03-12T02:00:00.000Z',
    });
    const windowOnly = await apply({
      matterCode: 'CGJ-0006',
      channel: 'ONLINE',
      submittedMaterials: ['APPLICATION', 'DESIGN'],
    });
    expect(windowOnly.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'channel',
    });
  });

  it('十不准 and bad input: refused with the field named, nothing written', async () => {
    const before = await count();
    const cases: Array<[Record<string, unknown>, string]> = [
      [
        { matterCode: 'XX-9999', channel: 'ONLINE', submittedMaterials: ['APPLICATION'] },
        'matterCode',
      ],
      [
        { matterCode: 'HJJ-0001', channel: 'ONLINE', submittedMaterials: ['APPLICATION'] },
        'submittedMaterials',
      ],
      [
        {
          matterCode: 'HJJ-0001',
          channel: 'ONLINE',
          submittedMaterials: ['APPLICATION'],
          deferredMaterials: ['EIA_REPORT'],
          supplyBy: '2024-03-20T02:00:00Z',
        },
        'deferredMaterials',
      ],
      [
        {
          matterCode: 'SCJG-0006',
          channel: 'ONLINE',
          submittedMaterials: ['APPLICATION', 'LAYOUT', 'SAFETY_RULES', 'NOPE'],
        },
        'submittedMaterials',
      ],
      [
        {
          matterCode: 'SCJG-0006',
          channel: 'ONLINE',
          submittedMaterials: ['APPLICATION', 'SAFETY_RULES'],
          deferredMaterials: ['LAYOUT'],
        },
        'supplyBy',
      ],
      [
        {
          matterCode: 'SCJG-0006',
          channel: 'ONLINE',
          submittedMaterials: ['APPLICATION', 'LAYOUT'],
          commitment: {
            materials: ['LAYOUT'],
            text: '承诺材料真实有效并负法律责任',
            signerName: '法人',
          },
        },
        'commitment.materials',
      ],
    ];
    for (const [input, field] of cases) {
      const response = await apply(input);
      expect({ input, extensions: response.errors?.[0]?.extensions }).toMatchObject({
        input,
        extensions: { code: 'BAD_USER_INPUT', field },
      });
    }
    // A matter withdrawn from the list takes no applications (no approval outside the list).
    const matter = (await server.dataSource.query(
      `SELECT id FROM service_matter WHERE code = 'WLJ-0004'`,
    )) as Array<{ id: string }>;
    await server.dataSource.query(`UPDATE service_matter SET listed = false WHERE id = $1`, [
      matter[0]?.id,
    ]);
    const withdrawn = await apply({
      matterCode: 'WLJ-0004',
      channel: 'ONLINE',
      submittedMaterials: ['APPLICATION', 'PREMISES'],
    });
    expect(withdrawn.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'matterCode',
    });
    await server.dataSource.query(`UPDATE service_matter SET listed = true WHERE id = $1`, [
      matter[0]?.id,
    ]);
    // Only an enterprise applies, and only for itself.
    expect(
      errorCode(
        await apply(
          { matterCode: 'FGW-0001', channel: 'ONLINE', submittedMaterials: ['APPLICATION'] },
          marketStaff(),
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(
        await apply({
          matterCode: 'FGW-0001',
          channel: 'ONLINE',
          submittedMaterials: ['APPLICATION'],
          enterpriseId: other.enterpriseId,
        }),
      ),
    ).toBe('FORBIDDEN');
    expect(await count()).toBe(before);
  });

  it('an overdue application escalates exactly once, through the outbox, on the working calendar (清明 2024)', async () => {
    // Wednesday 3 April 2024; 4–6 April are 清明 holidays, Sunday 7 April a make-up working day.
    setNow('2024-04-03T02:00:00Z');
    const application = await applied({
      matterCode: 'FGW-0001',
      channel: 'ONLINE',
      submittedMaterials: ['APPLICATION'],
    });
    expect(application.dueAt).toBe('2024-04-07T02:00:00.000Z');
    setNow('2024-04-06T08:00:00Z');
    expect((await watcher.scanOnce()).escalated).not.toContain(application.id);
    setNow('2024-04-07T03:00:00Z');
    const [first, second] = [await watcher.scanOnce(), await watcher.scanOnce()];
    expect(first.escalated).toContain(application.id);
    expect(second.escalated).not.toContain(application.id);
    const events = (await server.dataSource.query(
      `SELECT payload FROM outbox_message WHERE topic = 'enterprise.service-escalations' AND message_key = $1`,
      [application.id],
    )) as Array<{ payload: string }>;
    expect(events).toHaveLength(1);
    expect(JSON.parse(String(events[0]?.payload))).toMatchObject({
      applicationId: application.id,
      matterCode: 'FGW-0001',
      departmentCode: 'DEVELOPMENT_REFORM',
      dueAt: '2024-04-07T02:00:00.000Z',
    });
    const seen = await server.gql<{ serviceApplication: ApplicationView }>('SUPERVISOR', ONE, {
      id: application.id,
    });
    expect(seen.data?.serviceApplication).toMatchObject({ overdue: true, workingDaysLeft: 0 });
    const figures = await server.gql<{
      approvalFigures: {
        byDepartment: Array<Record<string, unknown>>;
        byMatter: Array<Record<string, unknown>>;
      };
    }>('LEADER', FIGURES, { departmentCode: 'DEVELOPMENT_REFORM' });
    expect(figures.data?.approvalFigures.byDepartment).toEqual([
      expect.objectContaining({
        departmentCode: 'DEVELOPMENT_REFORM',
        accepted: 1,
        open: 1,
        overdue: 1,
        escalated: 1,
        onTimeRate: 0,
      }),
    ]);
    expect(figures.data?.approvalFigures.byMatter).toEqual([
      expect.objectContaining({ matterCode: 'FGW-0001', overdue: 1, escalated: 1 }),
    ]);
  });

  it('零超时 figures: by department and matter, for leaders, supervisors, ADMIN and a department its own', async () => {
    const market = await server.gql<{
      approvalFigures: { byDepartment: Array<Record<string, unknown>> };
    }>('SUPERVISOR', FIGURES, {
      departmentCode: 'MARKET_REGULATION',
    });
    expect(market.data?.approvalFigures.byDepartment[0]).toMatchObject({
      departmentCode: 'MARKET_REGULATION',
      overdue: 0,
      onTimeRate: 1,
    });
    const own = await server.gql<{
      approvalFigures: { byDepartment: Array<{ departmentCode: string }> };
    }>(marketStaff(), FIGURES, {});
    expect(own.data?.approvalFigures.byDepartment.map((row) => row.departmentCode)).toEqual([
      'MARKET_REGULATION',
    ]);
    expect(
      errorCode(await server.gql(marketStaff(), FIGURES, { departmentCode: 'DEVELOPMENT_REFORM' })),
    ).toBe('FORBIDDEN');
    for (const who of ['ENTERPRISE', 'GRID_WORKER', 'VOLUNTEER_LEAD'] as const)
      expect(errorCode(await server.gql(who, FIGURES, {}))).toBe('FORBIDDEN');
    expect(errorCode(await server.gql('anonymous', FIGURES, {}))).toBe('UNAUTHENTICATED');
  });

  it('who sees which applications: the enterprise its own, a department its own, SUPERVISOR and ADMIN all', async () => {
    const all = await server.gql<{
      serviceApplications: { totalCount: number; nodes: Array<{ id: string; matterCode: string }> };
    }>('ADMIN', LIST);
    const total = all.data?.serviceApplications.totalCount ?? 0;
    expect(total).toBeGreaterThan(5);
    expect(
      (await server.gql<{ serviceApplications: { totalCount: number } }>('SUPERVISOR', LIST)).data
        ?.serviceApplications.totalCount,
    ).toBe(total);
    expect(
      (await server.gql<{ serviceApplications: { totalCount: number } }>('ENTERPRISE', LIST)).data
        ?.serviceApplications.totalCount,
    ).toBe(total);
    expect(
      (await server.gql<{ serviceApplications: { totalCount: number } }>(other, LIST)).data
        ?.serviceApplications.totalCount,
    ).toBe(0);
    const market = await server.gql<{
      serviceApplications: { nodes: Array<{ matterCode: string }> };
    }>(marketStaff(), LIST);
    expect(market.data?.serviceApplications.nodes.length).toBeGreaterThan(0);
    expect(
      market.data?.serviceApplications.nodes.every((node) => node.matterCode.startsWith('SCJG-')),
    ).toBe(true);
    expect(
      (await server.gql<{ serviceApplications: { totalCount: number } }>(urbanStaff(), LIST)).data
        ?.serviceApplications.totalCount,
    ).toBe(0);
    expect(
      (await server.gql<{ serviceApplications: { totalCount: number } }>('LEADER', LIST)).data
        ?.serviceApplications.totalCount,
    ).toBe(0);
    const one = all.data?.serviceApplications.nodes.find((node) => node.matterCode === 'SCJG-0006');
    for (const who of [other, urbanStaff(), 'LEADER', 'GRID_WORKER'] as const)
      expect(errorCode(await server.gql(who, ONE, { id: one?.id }))).toBe('FORBIDDEN');
    expect(errorCode(await server.gql('anonymous', LIST))).toBe('UNAUTHENTICATED');
  });
});
