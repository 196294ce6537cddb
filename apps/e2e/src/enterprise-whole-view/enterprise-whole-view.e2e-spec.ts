import type { SeedUser } from '@erqi/shared/util-seed-fixtures';
import { collectiveEnterprise, enterpriseByName, stableId } from '@erqi/shared/util-seed-fixtures';
import { postGraphQL } from '@erqi/shared/util-graphql-client';
import { authHeaderFor, seedUser } from '@erqi/shared/util-seed-tokens';
import { systemAddresses } from '../support/system-file';

/** What the enterprise sees of itself in one request (二七帮 · 易企办 · 万人助万企). */
const WHOLE_VIEW = `query($enterpriseId: ID!, $needId: ID!) {
  enterprise(id: $enterpriseId) {
    name
    profile { industrySection industryClass sizeClass foundedOn highTech specialisedNew }
    appeals { id title status channel }
  }
  policyMatches(enterpriseId: $enterpriseId) {
    qualifies policy { title amountCap departmentCode } lacks { criterion required actual }
  }
  subsidyApplications(first: 100) {
    nodes { id status requestedAmount approvedAmount paidAmount policy { title } enterprise { name } }
  }
  serviceApplications(first: 100) {
    nodes { id matterName departmentCode status lookedUpMaterials workingDaysLeft overdue promisedDays }
  }
  financingNeeds(first: 100) {
    nodes { id amount termMonths purpose
      matches { answer answerNote product { bankName productName annualRatePercent } } }
  }
  financingMatches(needId: $needId) { qualifies product { productName } lacks { criterion } }
  enterpriseVisits(first: 100) {
    nodes { id summary visitorRole enterprise { name }
      needs { position text appealId appeal { id status channel title } } }
  }
}`;

interface WholeView {
  enterprise: {
    name: string;
    profile: Record<string, unknown>;
    appeals: Array<{ id: string; title: string; status: string; channel: string }>;
  };
  policyMatches: Array<{
    qualifies: boolean;
    policy: { title: string; amountCap: number; departmentCode: string };
    lacks: Array<{ criterion: string; required: string; actual: string | null }>;
  }>;
  subsidyApplications: { nodes: Array<Record<string, unknown> & { id: string }> };
  serviceApplications: { nodes: Array<Record<string, unknown> & { id: string }> };
  financingNeeds: { nodes: Array<Record<string, unknown> & { id: string }> };
  financingMatches: Array<{
    qualifies: boolean;
    product: { productName: string };
    lacks: Array<{ criterion: string }>;
  }>;
  enterpriseVisits: {
    nodes: Array<{
      id: string;
      summary: string;
      visitorRole: string;
      enterprise: { name: string } | null;
      needs: Array<{
        position: number;
        text: string;
        appealId: string | null;
        appeal: { id: string; status: string; channel: string; title: string } | null;
      }>;
    }>;
  };
}

/**
 * 二七帮 · 易企办 · 万人助万企 through the gateway: what the district did for one enterprise — its profile,
 * the policies it qualifies for (and what it lacks for the others), its subsidy and 易企办 applications
 * on the working-day clock, its financing need with the bank's answer, and the visits to it with the
 * appeals their needs became (status from the appeal service) — read by the enterprise in one request;
 * another enterprise sees none of it.
 */
describe('an enterprise’s whole view through the gateway', () => {
  const system = systemAddresses();
  const enterprise = seedUser('ENTERPRISE');
  /** Another enterprise of the same cell: same grid worker, none of the first one's business. */
  const neighbour = enterpriseByName('郑州八卦庙物业服务有限公司');
  const neighbourUser: SeedUser = {
    subject: stableId('user', 'e2e-enterprise-neighbour'),
    role: 'ENTERPRISE',
    name: '八卦庙物业 联络员（样例）',
    enterpriseId: neighbour.id,
  };
  const worker = seedUser('GRID_WORKER');
  const market = seedUser(
    'DEPARTMENT_STAFF',
    (user) => user.departmentCode === 'MARKET_REGULATION',
  );
  const admin = seedUser('ADMIN');

  const call = async <T>(who: SeedUser, query: string, variables: Record<string, unknown> = {}) =>
    (await postGraphQL<T>(system.gatewayUrl, query, variables, await authHeaderFor(who))).body;
  const as = async <T>(who: SeedUser, query: string, variables: Record<string, unknown> = {}) => {
    const body = await call<T>(who, query, variables);
    expect(body.errors).toBeUndefined();
    return body.data as T;
  };
  const until = async <T>(what: string, probe: () => Promise<T | undefined>): Promise<T> => {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const value = await probe();
      if (value !== undefined) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };

  /** What the steps below made for the enterprise, by id. */
  const made = {
    subsidyId: '',
    approvedMatterId: '',
    openMatterId: '',
    needId: '',
    visitId: '',
    appealId: '',
  };

  beforeAll(async () => {
    if (!worker.gridCellIds?.includes(collectiveEnterprise.gridCellId))
      throw new Error('the seed grid worker does not serve the collective enterprise’s cell');

    // 二七帮: apply under the sample policy for small and micro enterprises; the department approves less.
    const policies = await as<{ policies: { nodes: Array<{ id: string; title: string }> } }>(
      enterprise,
      `{ policies(first: 100, status: PUBLISHED) { nodes { id title } } }`,
    );
    const jobsPolicy = policies.policies.nodes.find(
      (policy) => policy.title === '小微企业稳岗扩岗奖补（样例）',
    );
    const subsidy = await as<{ applyForSubsidy: { id: string } }>(
      enterprise,
      `mutation($input: ApplyForSubsidyInput!) { applyForSubsidy(input: $input) { id } }`,
      { input: { policyId: jobsPolicy?.id, requestedAmount: 12_000 } },
    );
    made.subsidyId = subsidy.applyForSubsidy.id;
    await as(
      market,
      `mutation($id: ID!) { advanceSubsidyApplication(id: $id, status: REVIEWED) { id } }`,
      { id: made.subsidyId },
    );
    await as(
      market,
      `mutation($id: ID!) { advanceSubsidyApplication(id: $id, status: APPROVED, amount: 10000, note: "核定新增吸纳 5 人") { id } }`,
      { id: made.subsidyId },
    );

    // 易企办: one matter decided by 市场监管局, one still on the clock at 城管局 (免证办: the licence looked up).
    const apply = `mutation($input: ApplyForServiceMatterInput!) { applyForServiceMatter(input: $input) { id } }`;
    const decided = await as<{ applyForServiceMatter: { id: string } }>(enterprise, apply, {
      input: { matterCode: 'SCJG-0013', channel: 'ONLINE', submittedMaterials: ['APPLICATION'] },
    });
    made.approvedMatterId = decided.applyForServiceMatter.id;
    await as(
      market,
      `mutation($id: ID!) { decideServiceApplication(id: $id, approve: true) { id } }`,
      { id: made.approvedMatterId },
    );
    const open = await as<{ applyForServiceMatter: { id: string } }>(enterprise, apply, {
      input: {
        matterCode: 'CGJ-0002',
        channel: 'ONLINE',
        submittedMaterials: ['APPLICATION', 'DESIGN'],
      },
    });
    made.openMatterId = open.applyForServiceMatter.id;

    // 政银企: a need put to the bank it fits, and the bank's answer.
    const need = await as<{ postFinancingNeed: { id: string } }>(
      enterprise,
      `mutation($input: PostFinancingNeedInput!) { postFinancingNeed(input: $input) { id } }`,
      { input: { amount: 800_000, termMonths: 24, purpose: '物业服务设备更新（样例）' } },
    );
    made.needId = need.postFinancingNeed.id;
    const products = await as<{
      bankProducts: { nodes: Array<{ id: string; productName: string }> };
    }>(admin, `{ bankProducts(first: 100) { nodes { id productName } } }`);
    const loan = products.bankProducts.nodes.find(
      (product) => product.productName === '小微易贷（样例）',
    );
    const match = await as<{ recordFinancingMatch: { id: string } }>(
      admin,
      `mutation($needId: ID!, $productId: ID!) { recordFinancingMatch(needId: $needId, productId: $productId) { id } }`,
      { needId: made.needId, productId: loan?.id },
    );
    await as(
      admin,
      `mutation($matchId: ID!) { recordBankAnswer(matchId: $matchId, answer: ACCEPTED, note: "授信 80 万元，期限 24 个月") { id } }`,
      { matchId: match.recordFinancingMatch.id },
    );

    // 万人助万企: the grid worker visits, hears two needs and raises the first as an appeal.
    const visit = await as<{
      logEnterpriseVisit: { id: string; needs: Array<{ id: string }> };
    }>(
      worker,
      `mutation($input: LogEnterpriseVisitInput!) { logEnterpriseVisit(input: $input) { id needs { id } } }`,
      {
        input: {
          enterpriseId: collectiveEnterprise.id,
          summary: '万人助万企 走访：了解物业用工与园区环境（样例）',
          needs: [
            { text: '园区东门路灯损坏，夜间无照明' },
            { text: '想了解稳岗扩岗奖补的申报材料' },
          ],
        },
      },
    );
    made.visitId = visit.logEnterpriseVisit.id;
    const raised = await as<{ raiseVisitNeedAsAppeal: { appealId: string } }>(
      worker,
      `mutation($needId: ID!) { raiseVisitNeedAsAppeal(needId: $needId, input: { category: "SURROUNDINGS" }) { appealId } }`,
      { needId: visit.logEnterpriseVisit.needs[0]?.id },
    );
    made.appealId = raised.raiseVisitNeedAsAppeal.appealId;
    // The appeal service files it once the event has crossed the broker.
    await until('the appeal filed by the appeal service', async () => {
      const view = await as<{ enterpriseVisit: { needs: Array<{ appeal: unknown }> } }>(
        worker,
        `query($id: ID!) { enterpriseVisit(id: $id) { needs { appeal { id status } } } }`,
        { id: made.visitId },
      );
      return view.enterpriseVisit.needs[0]?.appeal ? true : undefined;
    });
  });

  it('shows the enterprise its profile, the policies it qualifies for and what it lacks for the others', async () => {
    const view = await as<WholeView>(enterprise, WHOLE_VIEW, {
      enterpriseId: collectiveEnterprise.id,
      needId: made.needId,
    });
    expect(view.enterprise.name).toBe('河南八方顺亿实业有限公司');
    expect(view.enterprise.profile).toEqual({
      industrySection: 'K',
      industryClass: '7040',
      sizeClass: 'SMALL',
      foundedOn: '2016-06-01',
      highTech: false,
      specialisedNew: false,
    });
    const byTitle = new Map(view.policyMatches.map((match) => [match.policy.title, match]));
    expect(byTitle.get('小微企业稳岗扩岗奖补（样例）')).toEqual({
      qualifies: true,
      policy: {
        title: '小微企业稳岗扩岗奖补（样例）',
        amountCap: 50_000,
        departmentCode: 'MARKET_REGULATION',
      },
      lacks: [],
    });
    expect(byTitle.get('专精特新中小企业一次性奖励（样例）')).toMatchObject({
      qualifies: false,
      lacks: [{ criterion: 'SPECIALISED_NEW', required: '专精特新企业', actual: '否' }],
    });
    expect(byTitle.get('服务业吸纳就业困难人员社保补贴（样例）')).toMatchObject({
      qualifies: false,
      lacks: [{ criterion: 'INDUSTRY', required: '门类 H / 门类 L / 门类 O', actual: 'K 7040' }],
    });
    expect(
      byTitle.get('高新技术企业认定奖励（样例）')?.lacks.map((lack) => lack.criterion),
    ).toEqual(['INDUSTRY', 'HIGH_TECH']);
    // Only the first policy is open to it; a draft is nobody's match.
    expect(
      view.policyMatches.filter((match) => match.qualifies).map((m) => m.policy.title),
    ).toContain('小微企业稳岗扩岗奖补（样例）');
    expect(byTitle.has('小微企业商标注册补助（样例）')).toBe(false);
  });

  it('shows its subsidy, its 易企办 applications with working days left, and its financing need with the bank’s answer', async () => {
    const view = await as<WholeView>(enterprise, WHOLE_VIEW, {
      enterpriseId: collectiveEnterprise.id,
      needId: made.needId,
    });
    expect(view.subsidyApplications.nodes.find((node) => node.id === made.subsidyId)).toEqual({
      id: made.subsidyId,
      status: 'APPROVED',
      requestedAmount: 12_000,
      approvedAmount: 10_000,
      paidAmount: null,
      policy: { title: '小微企业稳岗扩岗奖补（样例）' },
      enterprise: { name: '河南八方顺亿实业有限公司' },
    });

    const applications = new Map(view.serviceApplications.nodes.map((node) => [node.id, node]));
    expect(applications.get(made.approvedMatterId)).toMatchObject({
      matterName: '企业年度报告信息修改',
      departmentCode: 'MARKET_REGULATION',
      status: 'APPROVED',
      lookedUpMaterials: ['LICENSE'],
      workingDaysLeft: null,
      overdue: false,
    });
    const open = applications.get(made.openMatterId);
    expect(open).toMatchObject({
      matterName: '户外广告设施设置审批',
      departmentCode: 'URBAN_MANAGEMENT',
      status: 'ACCEPTED',
      lookedUpMaterials: ['LICENSE', 'PROPERTY'],
      promisedDays: 5,
      overdue: false,
    });
    // Just accepted: the whole time limit is left, less the seconds the test took.
    expect(open?.['workingDaysLeft']).toBeLessThanOrEqual(5);
    expect(open?.['workingDaysLeft']).toBeGreaterThan(4.9);

    expect(view.financingNeeds.nodes.find((node) => node.id === made.needId)).toEqual({
      id: made.needId,
      amount: 800_000,
      termMonths: 24,
      purpose: '物业服务设备更新（样例）',
      matches: [
        {
          answer: 'ACCEPTED',
          answerNote: '授信 80 万元，期限 24 个月',
          product: {
            bankName: '郑州银行二七支行',
            productName: '小微易贷（样例）',
            annualRatePercent: 3.85,
          },
        },
      ],
    });
    const products = new Map(
      view.financingMatches.map((match) => [match.product.productName, match]),
    );
    expect(products.get('小微易贷（样例）')).toMatchObject({ qualifies: true, lacks: [] });
    expect(products.get('科创贷（样例）')?.lacks).toEqual([{ criterion: 'HIGH_TECH' }]);
    expect(products.has('设备更新贷（样例）')).toBe(false);
  });

  it('shows the visit to it with its needs, and the appeal a need became with its status from the appeal service', async () => {
    const view = await as<WholeView>(enterprise, WHOLE_VIEW, {
      enterpriseId: collectiveEnterprise.id,
      needId: made.needId,
    });
    const appeal = await as<{ appeal: { status: string } }>(
      enterprise,
      `query($id: ID!) { appeal(id: $id) { status } }`,
      { id: made.appealId },
    );
    expect(view.enterpriseVisits.nodes.find((visit) => visit.id === made.visitId)).toEqual({
      id: made.visitId,
      summary: '万人助万企 走访：了解物业用工与园区环境（样例）',
      visitorRole: 'GRID_WORKER',
      enterprise: { name: '河南八方顺亿实业有限公司' },
      needs: [
        {
          position: 1,
          text: '园区东门路灯损坏，夜间无照明',
          appealId: made.appealId,
          appeal: {
            id: made.appealId,
            status: appeal.appeal.status,
            channel: 'ENTERPRISE_VISIT',
            title: '园区东门路灯损坏，夜间无照明',
          },
        },
        { position: 2, text: '想了解稳岗扩岗奖补的申报材料', appealId: null, appeal: null },
      ],
    });
    expect(appeal.appeal.status).toBe('SUBMITTED');
    expect(view.enterprise.appeals.find((row) => row.id === made.appealId)).toEqual({
      id: made.appealId,
      title: '园区东门路灯损坏，夜间无照明',
      status: appeal.appeal.status,
      channel: 'ENTERPRISE_VISIT',
    });
  });

  it('shows another enterprise none of it: its lists hold its own only, each object is FORBIDDEN', async () => {
    const own = await as<{ postFinancingNeed: { id: string } }>(
      neighbourUser,
      `mutation($input: PostFinancingNeedInput!) { postFinancingNeed(input: $input) { id } }`,
      { input: { amount: 200_000, termMonths: 12, purpose: '保洁设备采购（样例）' } },
    );
    const lists = await as<{
      subsidyApplications: { totalCount: number };
      serviceApplications: { totalCount: number };
      financingNeeds: { nodes: Array<{ id: string; purpose: string }> };
      ofFirst: { totalCount: number };
      enterpriseVisits: { nodes: Array<{ id: string }> };
    }>(
      neighbourUser,
      `query($first: ID!) {
        subsidyApplications(first: 100) { totalCount }
        serviceApplications(first: 100) { totalCount }
        financingNeeds(first: 100) { nodes { id purpose } }
        ofFirst: financingNeeds(first: 100, enterpriseId: $first) { totalCount }
        enterpriseVisits(first: 100, enterpriseId: $first) { nodes { id } }
      }`,
      { first: collectiveEnterprise.id },
    );
    expect(lists).toEqual({
      subsidyApplications: { totalCount: 0 },
      serviceApplications: { totalCount: 0 },
      financingNeeds: {
        nodes: [{ id: own.postFinancingNeed.id, purpose: '保洁设备采购（样例）' }],
      },
      ofFirst: { totalCount: 0 },
      enterpriseVisits: { nodes: [] },
    });

    const single: Array<[string, string, Record<string, unknown>]> = [
      [
        'enterprise',
        `query($id: ID!) { enterprise(id: $id) { name } }`,
        { id: collectiveEnterprise.id },
      ],
      [
        'policyMatches',
        `query($id: ID!) { policyMatches(enterpriseId: $id) { qualifies } }`,
        { id: collectiveEnterprise.id },
      ],
      [
        'subsidyApplication',
        `query($id: ID!) { subsidyApplication(id: $id) { status } }`,
        { id: made.subsidyId },
      ],
      [
        'serviceApplication',
        `query($id: ID!) { serviceApplication(id: $id) { status } }`,
        { id: made.openMatterId },
      ],
      [
        'financingNeed',
        `query($id: ID!) { financingNeed(id: $id) { amount } }`,
        { id: made.needId },
      ],
      [
        'financingMatches',
        `query($id: ID!) { financingMatches(needId: $id) { qualifies } }`,
        { id: made.needId },
      ],
      [
        'enterpriseVisit',
        `query($id: ID!) { enterpriseVisit(id: $id) { summary } }`,
        { id: made.visitId },
      ],
      ['appeal', `query($id: ID!) { appeal(id: $id) { title } }`, { id: made.appealId }],
    ];
    const answers = await Promise.all(
      single.map(async ([name, query, variables]) => {
        const body = await call(neighbourUser, query, variables);
        return [name, body.data ?? null, body.errors?.[0]?.extensions?.['code']];
      }),
    );
    expect(answers).toEqual(single.map(([name]) => [name, null, 'FORBIDDEN']));
  });
});
