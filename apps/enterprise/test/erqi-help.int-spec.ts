import {
  collectiveEnterprise,
  enterpriseByName,
  gridCellByCode,
} from '@erqi/shared/util-seed-fixtures';
import {
  type EnterpriseTestServer,
  enterpriseUserOf,
  errorCode,
  marketStaff,
  startEnterpriseTestServer,
  urbanStaff,
  type Who,
} from './enterprise-test-server';

/**
 * 二七帮 on PostgreSQL: profiles, policies and their matches, subsidy applications from applied to
 * paid, the 政银企 platform, and who may do what (docs/ACCESS.md). The clock stands at 2024-03-11
 * (Shanghai); the seeded sample policies open later than that, so they show as not yet open here.
 */
describe('二七帮: policies, subsidies and 政银企 on PostgreSQL', () => {
  let server: EnterpriseTestServer;
  const bafang = collectiveEnterprise; // K 7040, SMALL, founded 2016-06-01, cell BGM-E01 (seeded sample profile)
  const other = enterpriseUserOf(enterpriseByName('郑州晨雨印务有限公司').id);

  const POLICY_FIELDS =
    'id title status departmentCode amountCap opensOn closesOn matchedAtPublish';
  const CREATE_POLICY = `mutation($input: CreatePolicyInput!) { createPolicy(input: $input) { ${POLICY_FIELDS} } }`;
  const PUBLISH = `mutation($id: ID!) { publishPolicy(id: $id) { ${POLICY_FIELDS} publishedAt } }`;
  const MATCHES = `query($id: ID!) { policyMatches(enterpriseId: $id) { qualifies policy { id title } lacks { criterion required actual } } }`;
  const APPLY = `mutation($input: ApplyForSubsidyInput!) { applyForSubsidy(input: $input) { id status requestedAmount policy { id } enterprise { id } } }`;
  const ADVANCE = `mutation($id: ID!, $status: SubsidyStatus!, $amount: Int, $note: String) {
    advanceSubsidyApplication(id: $id, status: $status, amount: $amount, note: $note) { id status approvedAmount paidAmount note } }`;
  const APPLICATIONS = `query { subsidyApplications(first: 50) { totalCount nodes { id status enterprise { id } } } }`;

  const policyInput = (overrides: Record<string, unknown> = {}) => ({
    title: '测试 小微企业稳岗奖补',
    summary: '测试用政策',
    amountCap: 50_000,
    opensOn: '2024-03-01',
    closesOn: '2024-06-30',
    eligibility: { sizeClasses: ['SMALL', 'MICRO'] },
    ...overrides,
  });

  const count = async (table: string): Promise<number> =>
    Number(
      (
        (await server.dataSource.query(`SELECT count(*) AS n FROM ${table}`)) as Array<{
          n: string;
        }>
      )[0]?.n,
    );

  async function createAndPublish(
    input: Record<string, unknown>,
    who: Who = marketStaff(),
  ): Promise<string> {
    const created = await server.gql<{ createPolicy: { id: string } }>(who, CREATE_POLICY, {
      input: policyInput(input),
    });
    expect(created.errors).toBeUndefined();
    const id = created.data?.createPolicy.id ?? '';
    expect((await server.gql(who, PUBLISH, { id })).errors).toBeUndefined();
    return id;
  }

  beforeAll(async () => {
    server = await startEnterpriseTestServer('erqi_help');
  });

  afterAll(async () => {
    await server?.stop();
  });

  describe('enterprise profiles (企业画像)', () => {
    const PROFILE = `query($id: ID!) { enterprise(id: $id) { profile { industrySection industryClass sizeClass foundedOn highTech specialisedNew } } }`;
    const UPDATE = `mutation($id: ID!, $input: EnterpriseProfileInput!) { updateEnterpriseProfile(enterpriseId: $id, input: $input) { industryClass sizeClass updatedBy } }`;
    const input = (overrides: Record<string, unknown> = {}) => ({
      industrySection: 'K',
      industryClass: '7040',
      sizeClass: 'SMALL',
      foundedOn: '2016-06-01',
      highTech: false,
      specialisedNew: false,
      ...overrides,
    });

    it('is seeded for every enterprise', async () => {
      expect(await count('enterprise_profile')).toBe(await count('enterprise'));
      const read = await server.gql<{ enterprise: { profile: unknown } }>('ENTERPRISE', PROFILE, {
        id: bafang.id,
      });
      expect(read.data?.enterprise.profile).toEqual({
        industrySection: 'K',
        industryClass: '7040',
        sizeClass: 'SMALL',
        foundedOn: '2016-06-01',
        highTech: false,
        specialisedNew: false,
      });
    });

    it('is changed by the enterprise itself and by department staff, not by another enterprise or a grid worker', async () => {
      const own = await server.gql<{ updateEnterpriseProfile: { updatedBy: string } }>(
        'ENTERPRISE',
        UPDATE,
        { id: bafang.id, input: input() },
      );
      expect(own.errors).toBeUndefined();
      expect(own.data?.updateEnterpriseProfile.updatedBy).toMatch(/^ENTERPRISE:/);
      expect(
        (await server.gql(urbanStaff(), UPDATE, { id: bafang.id, input: input() })).errors,
      ).toBeUndefined();
      expect(errorCode(await server.gql(other, UPDATE, { id: bafang.id, input: input() }))).toBe(
        'FORBIDDEN',
      );
      expect(
        errorCode(await server.gql('GRID_WORKER', UPDATE, { id: bafang.id, input: input() })),
      ).toBe('FORBIDDEN');
    });

    it.each([
      ['industryClass', { industryClass: '1411' }], // a class of section C, not K
      ['industryClass', { industryClass: '70' }],
      ['industrySection', { industrySection: 'Z' }],
      ['foundedOn', { foundedOn: '2024-03-12' }], // tomorrow
      ['foundedOn', { foundedOn: '2023-02-30' }],
    ])('refuses a bad %s and keeps the profile', async (field, overrides) => {
      const response = await server.gql('ADMIN', UPDATE, {
        id: bafang.id,
        input: input({ sizeClass: 'MICRO', ...overrides }),
      });
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      const read = await server.gql<{ enterprise: { profile: { sizeClass: string } } }>(
        'ADMIN',
        PROFILE,
        { id: bafang.id },
      );
      expect(read.data?.enterprise.profile.sizeClass).toBe('SMALL');
    });
  });

  describe('policies and matching', () => {
    let qualifyingId = '';
    let nearMissId = '';
    let notYetId = '';
    let farId = '';

    it('writes drafts for the department only, and publishes them once', async () => {
      const created = await server.gql<{
        createPolicy: { id: string; status: string; departmentCode: string };
      }>(marketStaff(), CREATE_POLICY, { input: policyInput() });
      expect(created.errors).toBeUndefined();
      expect(created.data?.createPolicy).toMatchObject({
        status: 'DRAFT',
        departmentCode: 'MARKET_REGULATION',
      });
      qualifyingId = created.data?.createPolicy.id ?? '';

      // A draft is its department's: others neither see nor publish it.
      const POLICY = `query($id: ID!) { policy(id: $id) { id } }`;
      expect(errorCode(await server.gql(urbanStaff(), POLICY, { id: qualifyingId }))).toBe(
        'FORBIDDEN',
      );
      expect(errorCode(await server.gql('ENTERPRISE', POLICY, { id: qualifyingId }))).toBe(
        'FORBIDDEN',
      );
      const listed = await server.gql<{ policies: { nodes: Array<{ id: string }> } }>(
        'ENTERPRISE',
        `query { policies(first: 100) { nodes { id } } }`,
      );
      expect(listed.data?.policies.nodes.map((node) => node.id)).not.toContain(qualifyingId);
      expect(errorCode(await server.gql(urbanStaff(), PUBLISH, { id: qualifyingId }))).toBe(
        'FORBIDDEN',
      );
      expect(
        errorCode(await server.gql('ENTERPRISE', CREATE_POLICY, { input: policyInput() })),
      ).toBe('FORBIDDEN');

      const published = await server.gql<{
        publishPolicy: { status: string; matchedAtPublish: number };
      }>(marketStaff(), PUBLISH, { id: qualifyingId });
      expect(published.errors).toBeUndefined();
      expect(published.data?.publishPolicy.status).toBe('PUBLISHED');
      // Every seed enterprise but the two MEDIUM ones and the profile changed above is SMALL or MICRO.
      expect(published.data?.publishPolicy.matchedAtPublish).toBeGreaterThan(15);
      expect(errorCode(await server.gql(marketStaff(), PUBLISH, { id: qualifyingId }))).toBe(
        'CONFLICT',
      );
      // The publish went into the outbox, one record per cell with qualifying enterprises.
      const rows = (await server.dataSource.query(
        `SELECT message_key FROM outbox_message WHERE topic = 'enterprise.policy-notices' AND payload::jsonb->>'policyId' = $1`,
        [qualifyingId],
      )) as unknown[];
      expect(rows.length).toBeGreaterThanOrEqual(3);
    });

    it.each([
      ['amountCap', { amountCap: -1 }],
      ['closesOn', { opensOn: '2024-05-01', closesOn: '2024-04-30' }], // the window ends before it starts
      ['closesOn', { opensOn: '2024-01-01', closesOn: '2024-03-10' }], // the deadline is past
      ['opensOn', { opensOn: '2024-13-01' }],
      ['eligibility.industryCodes', { eligibility: { industryCodes: ['C13'] } }],
      ['eligibility.gridCellIds', { eligibility: { gridCellIds: ['BGM-E01'] } }],
      [
        'eligibility.foundedOnOrBefore',
        { eligibility: { foundedOnOrBefore: '2010-01-01', foundedOnOrAfter: '2020-01-01' } },
      ],
      ['title', { title: '  ' }],
    ])('refuses a bad %s and writes nothing', async (field, overrides) => {
      const before = await count('policy');
      const response = await server.gql(marketStaff(), CREATE_POLICY, {
        input: policyInput(overrides),
      });
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await count('policy')).toBe(before);
    });

    it('lists what an enterprise qualifies for, and for near misses what it lacks', async () => {
      nearMissId = await createAndPublish({
        title: '测试 专精特新奖励',
        eligibility: { sizeClasses: ['SMALL'], requiresSpecialisedNew: true },
      });
      notYetId = await createAndPublish({ title: '测试 二季度奖补', opensOn: '2024-04-01' });
      farId = await createAndPublish({
        title: '测试 文旅高新',
        eligibility: {
          industrySections: ['C'],
          requiresHighTech: true,
          gridCellIds: [gridCellByCode('BGM-E03').id],
        },
      });
      const response = await server.gql<{
        policyMatches: Array<{
          qualifies: boolean;
          policy: { id: string };
          lacks: Array<{ criterion: string; required: string; actual: string | null }>;
        }>;
      }>('ENTERPRISE', MATCHES, { id: bafang.id });
      expect(response.errors).toBeUndefined();
      const byId = new Map(response.data?.policyMatches.map((match) => [match.policy.id, match]));
      expect(byId.get(qualifyingId)).toMatchObject({ qualifies: true, lacks: [] });
      expect(byId.get(nearMissId)).toMatchObject({
        qualifies: false,
        lacks: [{ criterion: 'SPECIALISED_NEW', required: '专精特新企业', actual: '否' }],
      });
      expect(byId.get(notYetId)).toMatchObject({
        qualifies: false,
        lacks: [{ criterion: 'WINDOW', actual: '2024-03-11' }],
      });
      expect(byId.has(farId)).toBe(false); // three lacks: not a near miss
      // Qualified first.
      expect(response.data?.policyMatches[0]?.qualifies).toBe(true);
    });

    it("shows an enterprise's matches to the enterprise, its grid worker and departments, not to another enterprise", async () => {
      for (const who of ['GRID_WORKER', 'ADMIN', 'SUPERVISOR', urbanStaff()] as Who[])
        expect((await server.gql(who, MATCHES, { id: bafang.id })).errors).toBeUndefined();
      expect(errorCode(await server.gql(other, MATCHES, { id: bafang.id }))).toBe('FORBIDDEN');
      expect(errorCode(await server.gql('VOLUNTEER_LEAD', MATCHES, { id: bafang.id }))).toBe(
        'FORBIDDEN',
      );
      expect(errorCode(await server.gql('anonymous', MATCHES, { id: bafang.id }))).toBe(
        'UNAUTHENTICATED',
      );
    });

    it('drops a policy from the matches the day after its window closes, not on its last day', async () => {
      server.setNow('2024-06-30T15:00:00Z'); // 23:00 on 30 June in Zhengzhou
      let ids = (
        await server.gql<{ policyMatches: Array<{ policy: { id: string } }> }>(
          'ENTERPRISE',
          MATCHES,
          { id: bafang.id },
        )
      ).data?.policyMatches.map((match) => match.policy.id);
      expect(ids).toContain(qualifyingId);
      server.setNow('2024-06-30T16:00:00Z'); // midnight: 1 July
      ids = (
        await server.gql<{ policyMatches: Array<{ policy: { id: string } }> }>(
          'ENTERPRISE',
          MATCHES,
          { id: bafang.id },
        )
      ).data?.policyMatches.map((match) => match.policy.id);
      expect(ids).not.toContain(qualifyingId);
      server.setNow('2024-03-11T02:00:00Z');
    });

    describe('subsidy applications (补贴申请)', () => {
      let applicationId = '';

      it.each([
        [
          'policyId',
          () => ({ policyId: '00000000-0000-4000-8000-000000000000', requestedAmount: 1000 }),
        ], // unknown policy
        ['requestedAmount', () => ({ policyId: qualifyingId, requestedAmount: -1 })],
        ['requestedAmount', () => ({ policyId: qualifyingId, requestedAmount: 50_001 })], // over the cap
        ['policyId', () => ({ policyId: nearMissId, requestedAmount: 1000 })], // does not qualify
        ['policyId', () => ({ policyId: notYetId, requestedAmount: 1000 })], // window not open
      ])('refuses a bad %s and writes nothing', async (field, input) => {
        const before = await count('subsidy_application');
        const response = await server.gql('ENTERPRISE', APPLY, { input: input() });
        expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
        expect(await count('subsidy_application')).toBe(before);
      });

      it('runs applied → reviewed → approved → paid, moved by the policy’s department, visible to the enterprise', async () => {
        const applied = await server.gql<{
          applyForSubsidy: { id: string; status: string; enterprise: { id: string } };
        }>('ENTERPRISE', APPLY, { input: { policyId: qualifyingId, requestedAmount: 40_000 } });
        expect(applied.errors).toBeUndefined();
        expect(applied.data?.applyForSubsidy).toMatchObject({
          status: 'APPLIED',
          enterprise: { id: bafang.id },
        });
        applicationId = applied.data?.applyForSubsidy.id ?? '';
        expect(
          errorCode(
            await server.gql('ENTERPRISE', APPLY, {
              input: { policyId: qualifyingId, requestedAmount: 1 },
            }),
          ),
        ).toBe('CONFLICT');

        // Only the owning department (or ADMIN) moves it; the enterprise, another department cannot.
        for (const who of ['ENTERPRISE', urbanStaff(), 'GRID_WORKER'] as Who[])
          expect(
            errorCode(await server.gql(who, ADVANCE, { id: applicationId, status: 'REVIEWED' })),
          ).toBe('FORBIDDEN');
        expect(
          errorCode(
            await server.gql(marketStaff(), ADVANCE, { id: applicationId, status: 'PAID' }),
          ),
        ).toBe('CONFLICT');
        expect(
          (await server.gql(marketStaff(), ADVANCE, { id: applicationId, status: 'REVIEWED' }))
            .errors,
        ).toBeUndefined();
        const overCap = await server.gql(marketStaff(), ADVANCE, {
          id: applicationId,
          status: 'APPROVED',
          amount: 60_000,
        });
        expect(overCap.errors?.[0]?.extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: 'amount',
        });
        const negative = await server.gql(marketStaff(), ADVANCE, {
          id: applicationId,
          status: 'APPROVED',
          amount: -5,
        });
        expect(negative.errors?.[0]?.extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: 'amount',
        });
        const approved = await server.gql<{
          advanceSubsidyApplication: { status: string; approvedAmount: number };
        }>(marketStaff(), ADVANCE, { id: applicationId, status: 'APPROVED', amount: 35_000 });
        expect(approved.data?.advanceSubsidyApplication).toMatchObject({
          status: 'APPROVED',
          approvedAmount: 35_000,
        });
        const paid = await server.gql<{
          advanceSubsidyApplication: { status: string; paidAmount: number };
        }>(marketStaff(), ADVANCE, { id: applicationId, status: 'PAID' });
        expect(paid.data?.advanceSubsidyApplication).toMatchObject({
          status: 'PAID',
          paidAmount: 35_000,
        });
        expect(
          errorCode(
            await server.gql(marketStaff(), ADVANCE, {
              id: applicationId,
              status: 'REJECTED',
              note: 'x',
            }),
          ),
        ).toBe('CONFLICT');

        const mine = await server.gql<{
          subsidyApplications: { totalCount: number; nodes: Array<{ id: string; status: string }> };
        }>('ENTERPRISE', APPLICATIONS);
        expect(mine.data?.subsidyApplications.nodes).toEqual([
          expect.objectContaining({ id: applicationId, status: 'PAID' }),
        ]);
      });

      it('shows applications to the enterprise, its department, its grid worker and supervisors only', async () => {
        const total = async (who: Who) =>
          (await server.gql<{ subsidyApplications: { totalCount: number } }>(who, APPLICATIONS))
            .data?.subsidyApplications.totalCount;
        expect(await total('ENTERPRISE')).toBe(1);
        expect(await total(marketStaff())).toBe(1);
        expect(await total('GRID_WORKER')).toBe(1);
        expect(await total('SUPERVISOR')).toBe(1);
        expect(await total(other)).toBe(0);
        expect(await total(urbanStaff())).toBe(0);
        expect(await total('LEADER')).toBe(0);
        const ONE = `query($id: ID!) { subsidyApplication(id: $id) { id } }`;
        expect(errorCode(await server.gql(other, ONE, { id: applicationId }))).toBe('FORBIDDEN');
        expect(errorCode(await server.gql(urbanStaff(), ONE, { id: applicationId }))).toBe(
          'FORBIDDEN',
        );
      });

      it('rejects only with a reason', async () => {
        const printer = enterpriseByName('郑州晨雨印务有限公司').id;
        const applied = await server.gql<{ applyForSubsidy: { id: string } }>('ADMIN', APPLY, {
          input: { policyId: qualifyingId, enterpriseId: printer, requestedAmount: 10_000 },
        });
        expect(applied.errors).toBeUndefined();
        const id = applied.data?.applyForSubsidy.id;
        const bare = await server.gql(marketStaff(), ADVANCE, { id, status: 'REJECTED' });
        expect(bare.errors?.[0]?.extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: 'note',
        });
        const rejected = await server.gql<{
          advanceSubsidyApplication: { status: string; note: string };
        }>(marketStaff(), ADVANCE, {
          id,
          status: 'REJECTED',
          note: '材料不全',
        });
        expect(rejected.data?.advanceSubsidyApplication).toEqual({
          id,
          status: 'REJECTED',
          note: '材料不全',
          approvedAmount: null,
          paidAmount: null,
        });
      });
    });
  });

  describe('政银企: bank products and financing needs', () => {
    const CREATE_PRODUCT = `mutation($input: CreateBankProductInput!) { createBankProduct(input: $input) { id productName annualRatePercent } }`;
    const POST_NEED = `mutation($input: PostFinancingNeedInput!) { postFinancingNeed(input: $input) { id amount termMonths } }`;
    const FIN_MATCHES = `query($id: ID!) { financingMatches(needId: $id) { qualifies product { id productName } lacks { criterion } } }`;
    const RECORD = `mutation($needId: ID!, $productId: ID!) { recordFinancingMatch(needId: $needId, productId: $productId) { id answer } }`;
    const ANSWER = `mutation($matchId: ID!, $answer: BankAnswer!, $note: String!) { recordBankAnswer(matchId: $matchId, answer: $answer, note: $note) { id answer answerNote answeredBy } }`;
    const product = (overrides: Record<string, unknown> = {}) => ({
      bankName: '测试银行',
      productName: '测试 小微流动资金贷',
      minAmount: 100_000,
      maxAmount: 1_000_000,
      annualRatePercent: 3.65,
      maxTermMonths: 12,
      criteria: { sizeClasses: ['SMALL', 'MICRO'] },
      ...overrides,
    });
    let fitId = '';
    let tooShortId = '';
    let needId = '';

    it('takes bank products from ADMIN only, and refuses a range upside down', async () => {
      expect(errorCode(await server.gql(marketStaff(), CREATE_PRODUCT, { input: product() }))).toBe(
        'FORBIDDEN',
      );
      const bad = await server.gql('ADMIN', CREATE_PRODUCT, {
        input: product({ minAmount: 500_000, maxAmount: 100_000 }),
      });
      expect(bad.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'maxAmount',
      });
      const negative = await server.gql('ADMIN', CREATE_PRODUCT, {
        input: product({ minAmount: -1 }),
      });
      expect(negative.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'minAmount',
      });
      const fit = await server.gql<{
        createBankProduct: { id: string; annualRatePercent: number };
      }>('ADMIN', CREATE_PRODUCT, { input: product() });
      expect(fit.data?.createBankProduct.annualRatePercent).toBe(3.65);
      fitId = fit.data?.createBankProduct.id ?? '';
      const short = await server.gql<{ createBankProduct: { id: string } }>(
        'ADMIN',
        CREATE_PRODUCT,
        {
          input: product({ productName: '测试 短期贷', maxTermMonths: 6 }),
        },
      );
      tooShortId = short.data?.createBankProduct.id ?? '';
    });

    it('takes a need from the enterprise, refusing a date in the past or a negative amount', async () => {
      const input = {
        amount: 300_000,
        termMonths: 12,
        purpose: '购置冷链设备',
        neededBy: '2024-05-01',
      };
      for (const [field, overrides] of [
        ['neededBy', { neededBy: '2024-03-10' }],
        ['amount', { amount: -100 }],
      ] as const) {
        const before = await count('financing_need');
        const response = await server.gql('ENTERPRISE', POST_NEED, {
          input: { ...input, ...overrides },
        });
        expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
        expect(await count('financing_need')).toBe(before);
      }
      expect(errorCode(await server.gql(marketStaff(), POST_NEED, { input }))).toBe('FORBIDDEN');
      const posted = await server.gql<{ postFinancingNeed: { id: string } }>(
        'ENTERPRISE',
        POST_NEED,
        { input },
      );
      expect(posted.errors).toBeUndefined();
      needId = posted.data?.postFinancingNeed.id ?? '';
    });

    it('matches the need with the products it fits, saying what it lacks for the others', async () => {
      const response = await server.gql<{
        financingMatches: Array<{
          qualifies: boolean;
          product: { id: string };
          lacks: Array<{ criterion: string }>;
        }>;
      }>('ENTERPRISE', FIN_MATCHES, { id: needId });
      expect(response.errors).toBeUndefined();
      const byId = new Map(
        response.data?.financingMatches.map((match) => [match.product.id, match]),
      );
      expect(byId.get(fitId)).toMatchObject({ qualifies: true, lacks: [] });
      expect(byId.get(tooShortId)).toMatchObject({
        qualifies: false,
        lacks: [{ criterion: 'TERM' }],
      });
      expect(errorCode(await server.gql(other, FIN_MATCHES, { id: needId }))).toBe('FORBIDDEN');
    });

    it("records the match and the bank's answer once, by ADMIN, for the enterprise to see", async () => {
      expect(errorCode(await server.gql('ENTERPRISE', RECORD, { needId, productId: fitId }))).toBe(
        'FORBIDDEN',
      );
      const unfit = await server.gql('ADMIN', RECORD, { needId, productId: tooShortId });
      expect(unfit.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'productId',
      });
      const recorded = await server.gql<{ recordFinancingMatch: { id: string; answer: string } }>(
        'ADMIN',
        RECORD,
        { needId, productId: fitId },
      );
      expect(recorded.data?.recordFinancingMatch.answer).toBe('PENDING');
      expect(errorCode(await server.gql('ADMIN', RECORD, { needId, productId: fitId }))).toBe(
        'CONFLICT',
      );
      const matchId = recorded.data?.recordFinancingMatch.id;
      expect(
        errorCode(
          await server.gql(marketStaff(), ANSWER, { matchId, answer: 'ACCEPTED', note: '同意' }),
        ),
      ).toBe('FORBIDDEN');
      const answered = await server.gql<{
        recordBankAnswer: { answer: string; answerNote: string };
      }>('ADMIN', ANSWER, {
        matchId,
        answer: 'DECLINED',
        note: '抵押物不足，建议申请政府性融资担保',
      });
      expect(answered.data?.recordBankAnswer).toMatchObject({
        answer: 'DECLINED',
        answerNote: '抵押物不足，建议申请政府性融资担保',
      });
      expect(
        errorCode(await server.gql('ADMIN', ANSWER, { matchId, answer: 'ACCEPTED', note: '改口' })),
      ).toBe('CONFLICT');

      const NEEDS = `query { financingNeeds(first: 10) { totalCount nodes { id matches { answer answerNote product { productName } } } } }`;
      const seen = await server.gql<{
        financingNeeds: {
          totalCount: number;
          nodes: Array<{ matches: Array<{ answer: string }> }>;
        };
      }>('ENTERPRISE', NEEDS);
      expect(seen.data?.financingNeeds.nodes[0]?.matches).toEqual([
        {
          answer: 'DECLINED',
          answerNote: '抵押物不足，建议申请政府性融资担保',
          product: { productName: '测试 小微流动资金贷' },
        },
      ]);
      const totalOf = async (who: Who) =>
        (await server.gql<{ financingNeeds: { totalCount: number } }>(who, NEEDS)).data
          ?.financingNeeds.totalCount;
      expect(await totalOf(other)).toBe(0);
      expect(await totalOf(marketStaff())).toBe(0);
      expect(await totalOf('GRID_WORKER')).toBe(1);
      expect(await totalOf('ADMIN')).toBe(1);
    });
  });

  describe('figures', () => {
    const FIGURES = `query { erqiHelpFigures { policiesPublished applicationsByStatus { status count } paidAmount byDepartment { departmentCode applications paidAmount } financingNeeds financingMatches bankDeclined } }`;

    it('are for LEADER, SUPERVISOR and ADMIN', async () => {
      const figures = await server.gql<{
        erqiHelpFigures: {
          paidAmount: number;
          applicationsByStatus: Array<{ status: string; count: number }>;
          bankDeclined: number;
        };
      }>('LEADER', FIGURES);
      expect(figures.errors).toBeUndefined();
      expect(figures.data?.erqiHelpFigures.paidAmount).toBe(35_000);
      expect(figures.data?.erqiHelpFigures.applicationsByStatus).toEqual([
        { status: 'PAID', count: 1 },
        { status: 'REJECTED', count: 1 },
      ]);
      expect(figures.data?.erqiHelpFigures.bankDeclined).toBe(1);
      expect((await server.gql('SUPERVISOR', FIGURES)).errors).toBeUndefined();
      for (const who of ['ENTERPRISE', 'GRID_WORKER', marketStaff()] as Who[])
        expect(errorCode(await server.gql(who, FIGURES))).toBe('FORBIDDEN');
    });
  });
});
