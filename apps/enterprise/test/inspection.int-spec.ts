import {
  collectiveEnterprise,
  enterpriseByName,
  enterprises,
} from '@erqi/shared/util-seed-fixtures';
import {
  ALL_ROLES,
  type EnterpriseTestServer,
  enterpriseUserOf,
  errorCode,
  marketStaff,
  startEnterpriseTestServer,
  urbanStaff,
  type Who,
} from './enterprise-test-server';

interface InspectionView {
  id: string;
  routine: boolean;
  departmentCode: string;
  checkedInAt: string;
  checkedOutAt: string | null;
  durationSeconds: number | null;
  findings: string | null;
  enterprise: { id: string };
}

const FIELDS =
  'id routine departmentCode checkedInAt checkedOutAt durationSeconds findings enterprise { id }';
const CHECK_IN = `mutation($code: String!, $purpose: String!, $legalBasis: String, $causeAppealId: ID) {
  checkInInspection(code: $code, purpose: $purpose, legalBasis: $legalBasis, causeAppealId: $causeAppealId) { ${FIELDS} }
}`;
const CHECK_OUT = `mutation($id: ID!, $findings: String) { checkOutInspection(id: $id, findings: $findings) { ${FIELDS} } }`;
const INSPECTIONS = `query($id: ID!, $first: Int!, $after: String) {
  enterprise(id: $id) { inspections(first: $first, after: $after) { nodes { ${FIELDS} } totalCount pageInfo { hasNextPage endCursor } } }
}`;
const COUNTS = `query($from: DateTime!, $to: DateTime!) { inspectionCountsByDepartment(from: $from, to: $to) { departmentCode count withCause routine } }`;
const QUIET = `mutation($input: AddInspectionQuietPeriodInput!) { addInspectionQuietPeriod(input: $input) { id enterpriseId startsAt endsAt reason } }`;

type CheckedIn = { checkInInspection: InspectionView };

async function waitFor(condition: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the check-ins to queue up');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('inspections with 无事不扰 (no disturbance without cause) on PostgreSQL', () => {
  let server: EnterpriseTestServer;

  beforeAll(async () => {
    server = await startEnterpriseTestServer('inspection');
  });

  afterAll(async () => {
    await server?.stop();
  });

  const codeOf = async (enterpriseId: string): Promise<string> =>
    (
      await server.gql<{ enterprise: { code: { value: string } } }>(
        'ADMIN',
        `query($id: ID!) { enterprise(id: $id) { code { value } } }`,
        { id: enterpriseId },
      )
    ).data?.enterprise.code.value ?? '';

  /** What the enterprise service would have learnt from appeal.lifecycle (the event path is in inspection-cause.kafka.int-spec.ts). */
  const knowAppeal = async (id: string, enterpriseId: string, status: string): Promise<void> => {
    await server.dataSource.query(
      `INSERT INTO known_appeal (id, enterprise_id, status, changed_at) VALUES ($1, $2, $3, now())
       ON CONFLICT (id) DO UPDATE SET status = EXCLUDED.status`,
      [id, enterpriseId, status],
    );
  };
  const inspectionsOf = async (enterpriseId: string): Promise<number> => {
    const [row] = (await server.dataSource.query(
      'SELECT count(*)::int AS n FROM inspection WHERE enterprise_id = $1',
      [enterpriseId],
    )) as Array<{ n: number }>;
    return row?.n ?? -1;
  };

  const checkIn = async (
    enterpriseId: string,
    cause: { legalBasis?: string; causeAppealId?: string } = {},
    who: Who = 'DEPARTMENT_STAFF',
  ) =>
    server.gql<CheckedIn>(who, CHECK_IN, {
      code: await codeOf(enterpriseId),
      purpose: '日常安全检查',
      ...cause,
    });

  describe('checkInInspection', () => {
    it('is for DEPARTMENT_STAFF only, recording their department', async () => {
      server.setNow('2024-03-05T02:00:00Z');
      const enterprise = enterpriseByName('郑州八卦庙物业服务有限公司');
      for (const role of ALL_ROLES.filter((candidate) => candidate !== 'DEPARTMENT_STAFF')) {
        expect(errorCode(await checkIn(enterprise.id, {}, role))).toBe('FORBIDDEN');
      }
      expect(errorCode(await checkIn(enterprise.id, {}, 'anonymous'))).toBe('UNAUTHENTICATED');
      const response = await checkIn(enterprise.id, {}, marketStaff());
      expect(response.errors).toBeUndefined();
      expect(response.data?.checkInInspection).toMatchObject({
        routine: true,
        departmentCode: 'MARKET_REGULATION',
        checkedInAt: '2024-03-05T02:00:00.000Z',
        enterprise: { id: enterprise.id },
      });
    });

    it('rejects a blank purpose and a cause appeal id that is not an id', async () => {
      const code = await codeOf(collectiveEnterprise.id);
      const blank = await server.gql('DEPARTMENT_STAFF', CHECK_IN, { code, purpose: '  ' });
      expect(blank.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'purpose',
      });
      const badAppeal = await server.gql('DEPARTMENT_STAFF', CHECK_IN, {
        code,
        purpose: '复查',
        causeAppealId: 'APL-1',
      });
      expect(badAppeal.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'causeAppealId',
      });
    });
  });

  // Issue 9, attack 7: any UUID or any text counted as a cause, and skipped the quota and quiet periods.
  describe('a cause must be real', () => {
    const enterprise = enterpriseByName('郑州晨雨食品有限公司');
    const neighbour = enterpriseByName('郑州晨霞建材有限公司');

    beforeAll(async () => {
      server.setNow('2024-09-10T02:00:00Z');
      // The month's two routine slots used, so that only a cause lets a third visit in.
      expect((await checkIn(enterprise.id)).errors).toBeUndefined();
      expect((await checkIn(enterprise.id, {}, marketStaff())).errors).toBeUndefined();
      expect(errorCode(await checkIn(enterprise.id))).toBe('FORBIDDEN');
    });

    it.each([
      ['an invented appeal id', '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f', null],
      ['another enterprise’s open appeal', '7a1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f', 'neighbour'],
      ['a closed appeal of this enterprise', '8b1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f', 'closed'],
    ] as const)(
      'refuses %s as BAD_USER_INPUT on causeAppealId, and writes nothing',
      async (_what, id, kind) => {
        if (kind === 'neighbour') await knowAppeal(id, neighbour.id, 'ACCEPTED');
        if (kind === 'closed') await knowAppeal(id, enterprise.id, 'CLOSED');
        const before = await inspectionsOf(enterprise.id);
        const response = await checkIn(enterprise.id, { causeAppealId: id });
        expect(response.errors?.[0]?.extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: 'causeAppealId',
        });
        expect(response.errors?.[0]?.message).toContain('open appeal of this enterprise');
        expect(response.data).toBeNull();
        expect(await inspectionsOf(enterprise.id)).toBe(before);
      },
    );

    it.each(['《随便什么法》第一条', '依法检查', 'AQSC-999'])(
      'refuses the legal basis %s, which is not in the catalogue, and writes nothing',
      async (legalBasis) => {
        const before = await inspectionsOf(enterprise.id);
        const response = await checkIn(enterprise.id, { legalBasis });
        expect(response.errors?.[0]?.extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: 'legalBasis',
        });
        expect(await inspectionsOf(enterprise.id)).toBe(before);
      },
    );

    it('accepts an open appeal of this enterprise, and a catalogue entry by code or by citation, storing the citation', async () => {
      const open = '9c1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
      await knowAppeal(open, enterprise.id, 'SUBMITTED');
      expect(
        (await checkIn(enterprise.id, { causeAppealId: open })).data?.checkInInspection.routine,
      ).toBe(false);
      for (const legalBasis of [
        'AQSC-65',
        '《安全生产法》第六十五条',
        ' 《中华人民共和国安全生产法》第六十五条 ',
      ]) {
        const response = await checkIn(enterprise.id, { legalBasis });
        expect(response.errors).toBeUndefined();
        expect(response.data?.checkInInspection.routine).toBe(false);
      }
      const stored = (await server.dataSource.query(
        'SELECT DISTINCT legal_basis FROM inspection WHERE enterprise_id = $1 AND legal_basis IS NOT NULL',
        [enterprise.id],
      )) as Array<{ legal_basis: string }>;
      expect(stored).toEqual([{ legal_basis: '《中华人民共和国安全生产法》第六十五条' }]);
    });
  });

  describe('the monthly quota of routine inspections', () => {
    const enterprise = enterpriseByName('郑州侯寨农业科技有限公司');

    it('allows two routine inspections a month; the third needs a cause; a new month starts afresh', async () => {
      server.setNow('2024-03-10T01:00:00Z');
      expect((await checkIn(enterprise.id)).data?.checkInInspection.routine).toBe(true);
      server.setNow('2024-03-20T01:00:00Z');
      expect(
        (await checkIn(enterprise.id, {}, marketStaff())).data?.checkInInspection.routine,
      ).toBe(true);

      server.setNow('2024-03-31T15:59:00Z'); // 23:59 on 31 March, Beijing time
      const third = await checkIn(enterprise.id);
      expect(errorCode(third)).toBe('FORBIDDEN');
      expect(third.errors?.[0]?.message).toMatch(
        /无事不扰.*its 2 routine inspections for 2024-03.*needs a cause/,
      );
      expect(third.data).toBeNull();

      const withLaw = await checkIn(enterprise.id, {
        legalBasis: '《中华人民共和国消防法》第五十三条',
      });
      expect(withLaw.data?.checkInInspection.routine).toBe(false);
      const appealId = '3b1f8a4e-2c6d-4e5f-9a7b-8c9d0e1f2a3b';
      await knowAppeal(appealId, enterprise.id, 'HANDLING');
      const withAppeal = await checkIn(enterprise.id, { causeAppealId: appealId });
      expect(withAppeal.data?.checkInInspection.routine).toBe(false);

      server.setNow('2024-03-31T16:00:00Z'); // midnight, 1 April in Beijing
      expect((await checkIn(enterprise.id)).data?.checkInInspection.routine).toBe(true);
    });

    it('lets exactly one of several simultaneous check-ins take the last routine slot', async () => {
      const contested = enterpriseByName('郑州凯旋路电子商务有限公司');
      server.setNow('2024-05-06T02:00:00Z');
      expect((await checkIn(contested.id)).errors).toBeUndefined();
      const code = await codeOf(contested.id);
      // Hold back every insert into inspection until all the check-ins are in flight, so that each has
      // done its counting before any has written: only the per-enterprise lock keeps them in turn.
      const blocker = server.dataSource.createQueryRunner();
      await blocker.connect();
      await blocker.startTransaction();
      await blocker.query('LOCK TABLE inspection IN SHARE MODE');
      const contenders = 6;
      const attempts = Promise.all(
        Array.from({ length: contenders }, (_, index) =>
          server.gql<CheckedIn>(index % 2 ? marketStaff() : urbanStaff(), CHECK_IN, {
            code,
            purpose: `同时检查 ${index}`,
          }),
        ),
      );
      try {
        await waitFor(async () => {
          // Asked outside the blocker's transaction: inside one, pg_stat_activity is a snapshot that never changes.
          const [row] = (await server.dataSource.query(
            `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
          )) as Array<{ n: number }>;
          return (row?.n ?? 0) >= contenders;
        });
      } finally {
        await blocker.commitTransaction();
        await blocker.release();
      }
      const results = await attempts;
      expect(results.filter((attempt) => attempt.data?.checkInInspection).length).toBe(1);
      expect(results.filter((attempt) => errorCode(attempt) === 'FORBIDDEN').length).toBe(
        contenders - 1,
      );
      expect(
        await server.dataSource.query(
          'SELECT count(*)::int AS n FROM inspection WHERE enterprise_id = $1 AND routine',
          [contested.id],
        ),
      ).toEqual([{ n: 2 }]);
    });
  });

  describe('quiet periods', () => {
    const enterprise = enterpriseByName('郑州晨霞财税咨询有限公司');

    it('may be set by ADMIN only, and must end after they start', async () => {
      const input = {
        enterpriseId: enterprise.id,
        startsAt: '2024-06-01T00:00:00Z',
        endsAt: '2024-06-16T00:00:00Z',
        reason: '年中生产旺季',
      };
      for (const role of ALL_ROLES.filter((candidate) => candidate !== 'ADMIN')) {
        expect(errorCode(await server.gql(role, QUIET, { input }))).toBe('FORBIDDEN');
      }
      expect(errorCode(await server.gql('anonymous', QUIET, { input }))).toBe('UNAUTHENTICATED');
      const backwards = await server.gql('ADMIN', QUIET, {
        input: { ...input, endsAt: input.startsAt },
      });
      expect(backwards.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'endsAt',
      });
      const added = await server.gql<{ addInspectionQuietPeriod: { reason: string } }>(
        'ADMIN',
        QUIET,
        { input },
      );
      expect(added.data?.addInspectionQuietPeriod.reason).toBe('年中生产旺季');
    });

    it('needs a cause inside the period, even with the quota unused, and not outside it', async () => {
      server.setNow('2024-06-10T02:00:00Z');
      const inside = await checkIn(enterprise.id);
      expect(errorCode(inside)).toBe('FORBIDDEN');
      expect(inside.errors?.[0]?.message).toMatch(
        /无事不扰.*quiet period \(年中生产旺季\) until 2024-06-16T00:00:00.000Z.*needs a cause/,
      );
      expect(
        (await checkIn(enterprise.id, { legalBasis: '《安全生产法》第六十五条' })).data
          ?.checkInInspection.routine,
      ).toBe(false);
      // Other enterprises are not covered by this enterprise's period.
      expect(
        (await checkIn(enterpriseByName('郑州凯旋汽车维修有限公司').id)).errors,
      ).toBeUndefined();
      server.setNow('2024-06-16T00:00:00Z');
      expect((await checkIn(enterprise.id)).data?.checkInInspection.routine).toBe(true);
    });

    it('covers every enterprise when it names none', async () => {
      const added = await server.gql('ADMIN', QUIET, {
        input: { startsAt: '2025-01-28T16:00:00Z', endsAt: '2025-02-04T16:00:00Z', reason: '春节' },
      });
      expect(added.errors).toBeUndefined();
      server.setNow('2025-02-01T02:00:00Z');
      expect(errorCode(await checkIn(enterpriseByName('郑州晨雨印务有限公司').id))).toBe(
        'FORBIDDEN',
      );
      expect(errorCode(await checkIn(collectiveEnterprise.id))).toBe('FORBIDDEN');
    });
  });

  describe('checkOutInspection', () => {
    it('records when and how long, once, and only for the department that checked in', async () => {
      const enterprise = enterpriseByName('河南企业联盟人力资源有限公司');
      server.setNow('2024-07-01T01:00:00Z');
      const id = (await checkIn(enterprise.id, {}, urbanStaff())).data?.checkInInspection.id;
      server.setNow('2024-07-01T01:45:30Z');
      for (const who of [
        ...ALL_ROLES.filter((role) => role !== 'DEPARTMENT_STAFF'),
        marketStaff(),
      ] as Who[]) {
        expect(errorCode(await server.gql(who, CHECK_OUT, { id }))).toBe('FORBIDDEN');
      }
      expect(errorCode(await server.gql('anonymous', CHECK_OUT, { id }))).toBe('UNAUTHENTICATED');
      const out = await server.gql<{ checkOutInspection: InspectionView }>(
        urbanStaff(),
        CHECK_OUT,
        { id, findings: ' 消防通道畅通，无问题 ' },
      );
      expect(out.errors).toBeUndefined();
      expect(out.data?.checkOutInspection).toMatchObject({
        checkedOutAt: '2024-07-01T01:45:30.000Z',
        durationSeconds: 2730,
        findings: '消防通道畅通，无问题',
      });
      const twice = await server.gql(urbanStaff(), CHECK_OUT, { id });
      expect(errorCode(twice)).toBe('CONFLICT');
      expect(twice.errors?.[0]?.message).toMatch(/already checked out at 2024-07-01T01:45:30.000Z/);
      expect(
        errorCode(
          await server.gql(urbanStaff(), CHECK_OUT, { id: '00000000-0000-4000-8000-000000000000' }),
        ),
      ).toBe('NOT_FOUND');
      expect(errorCode(await server.gql(urbanStaff(), CHECK_OUT, { id: 'not-an-id' }))).toBe(
        'NOT_FOUND',
      );
    });
  });

  describe('reading inspections', () => {
    const enterprise = enterpriseByName('郑州樱桃沟农家乐餐饮有限公司');
    type Page = {
      enterprise: {
        inspections: {
          nodes: InspectionView[];
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
        };
      };
    };

    beforeAll(async () => {
      server.setNow('2024-08-01T01:00:00Z');
      await checkIn(enterprise.id, {}, urbanStaff());
      server.setNow('2024-08-02T01:00:00Z');
      await checkIn(enterprise.id, {}, marketStaff());
      server.setNow('2024-08-03T01:00:00Z');
      await checkIn(enterprise.id, { legalBasis: '《食品安全法》第一百一十条' }, marketStaff());
    });

    const read = (who: Who, first = 20, after: string | null = null) =>
      server.gql<Page>(who, INSPECTIONS, { id: enterprise.id, first, after });

    it('shows the enterprise itself, SUPERVISOR and ADMIN every inspection, newest first, a page at a time', async () => {
      for (const who of ['SUPERVISOR', 'ADMIN', enterpriseUserOf(enterprise.id)] as Who[]) {
        const page = (await read(who)).data?.enterprise.inspections;
        expect(page?.totalCount).toBe(3);
        expect(page?.nodes.map((node) => node.checkedInAt)).toEqual([
          '2024-08-03T01:00:00.000Z',
          '2024-08-02T01:00:00.000Z',
          '2024-08-01T01:00:00.000Z',
        ]);
      }
      const first = (await read('ADMIN', 2)).data?.enterprise.inspections;
      expect(first?.pageInfo.hasNextPage).toBe(true);
      const second = (await read('ADMIN', 2, first?.pageInfo.endCursor ?? null)).data?.enterprise
        .inspections;
      expect(second?.nodes.map((node) => node.checkedInAt)).toEqual(['2024-08-01T01:00:00.000Z']);
      expect(second?.pageInfo.hasNextPage).toBe(false);
    });

    it("shows DEPARTMENT_STAFF only their own department's inspections", async () => {
      expect(
        (await read(marketStaff())).data?.enterprise.inspections.nodes.map(
          (node) => node.departmentCode,
        ),
      ).toEqual(['MARKET_REGULATION', 'MARKET_REGULATION']);
      expect((await read(urbanStaff())).data?.enterprise.inspections.totalCount).toBe(1);
    });

    it('is FORBIDDEN to other roles and other enterprises, UNAUTHENTICATED without a token', async () => {
      for (const who of [
        'GRID_WORKER',
        'VOLUNTEER_LEAD',
        'LEADER',
        'ENTERPRISE',
        enterpriseUserOf(collectiveEnterprise.id),
      ] as Who[]) {
        const response = await read(who);
        expect(errorCode(response)).toBe('FORBIDDEN');
        expect(JSON.stringify(response.data ?? null)).not.toMatch(/checkedInAt/);
      }
      expect(errorCode(await read('anonymous'))).toBe('UNAUTHENTICATED');
    });

    describe('for many enterprises at once (_entities, lists)', () => {
      const BATCH = `query($r: [_Any!]!, $first: Int!, $after: String) {
        _entities(representations: $r) { ... on Enterprise { id inspections(first: $first, after: $after) { nodes { ${FIELDS} } totalCount pageInfo { hasNextPage endCursor } } } }
      }`;
      type Batch = {
        _entities: Array<{ id: string; inspections: Page['enterprise']['inspections'] } | null>;
      };
      // The enterprise with three inspections first, then others (some inspected by the tests above, most never).
      const inspectedAbove = enterpriseByName('郑州八卦庙物业服务有限公司');
      const others = [
        inspectedAbove,
        ...enterprises.filter(
          (candidate) => candidate.id !== enterprise.id && candidate.id !== inspectedAbove.id,
        ),
      ];
      const batchOf = (count: number) => [enterprise, ...others.slice(0, count - 1)];
      const readBatch = async (
        who: Who,
        count: number,
        first: number,
        after: string | null = null,
      ) => {
        server.statements.reset();
        const response = await server.gql<Batch>(
          who,
          BATCH,
          { r: batchOf(count).map(({ id }) => ({ __typename: 'Enterprise', id })), first, after },
          { viaGateway: true },
        );
        return { response, statements: server.statements.total };
      };

      it('costs the same number of statements for 2 enterprises as for 6: one for the references, one for all the inspections', async () => {
        const two = await readBatch('ADMIN', 2, 5);
        const six = await readBatch('ADMIN', 6, 5);
        expect(two.response.errors).toBeUndefined();
        expect(six.response.errors).toBeUndefined();
        expect(six.response.data?._entities).toHaveLength(6);
        expect(six.statements).toBe(two.statements);
        expect(six.statements).toBe(2);
        expect(
          six.response.data?._entities.slice(0, 2).map((entity) => entity?.inspections.totalCount),
        ).toEqual([3, expect.any(Number)]);
        expect(six.response.data?._entities[1]?.inspections.totalCount).toBeGreaterThan(0);
      });

      it('gives each enterprise the very page it gets on its own, per role and with a cursor', async () => {
        const firstPage = (await read('ADMIN', 2)).data?.enterprise.inspections;
        for (const [who, first, after] of [
          ['ADMIN', 2, null],
          ['ADMIN', 1, null],
          ['ADMIN', 2, firstPage?.pageInfo.endCursor ?? null],
          [marketStaff(), 20, null],
          [urbanStaff(), 1, null],
          ['SUPERVISOR', 20, null],
        ] as Array<[Who, number, string | null]>) {
          const { response } = await readBatch(who, 6, first, after);
          expect(response.errors).toBeUndefined();
          for (const entity of response.data?._entities ?? []) {
            const alone = await server.gql<Page>(who, INSPECTIONS, {
              id: entity?.id,
              first,
              after,
            });
            expect({ id: entity?.id, inspections: entity?.inspections }).toEqual({
              id: entity?.id,
              inspections: alone.data?.enterprise.inspections,
            });
            if (after) continue;
            // And what the table holds, read here without the subgraph's SQL.
            const department = typeof who === 'object' ? who.departmentCode : null;
            const visible = (await server.dataSource.query(
              'SELECT id FROM inspection WHERE enterprise_id = $1 AND ($2::text IS NULL OR department_code = $2) ORDER BY checked_in_at DESC, id DESC',
              [entity?.id, department ?? null],
            )) as Array<{ id: string }>;
            expect({
              id: entity?.id,
              totalCount: entity?.inspections.totalCount,
              ids: entity?.inspections.nodes.map((node) => node.id),
              hasNextPage: entity?.inspections.pageInfo.hasNextPage,
            }).toEqual({
              id: entity?.id,
              totalCount: visible.length,
              ids: visible.slice(0, first).map((row) => row.id),
              hasNextPage: visible.length > first,
            });
          }
        }
        const second = (await readBatch('ADMIN', 6, 2, firstPage?.pageInfo.endCursor ?? null))
          .response.data?._entities[0]?.inspections;
        expect(second?.nodes.map((node) => node.checkedInAt)).toEqual(['2024-08-01T01:00:00.000Z']);
        expect(second?.totalCount).toBe(3);
        expect(second?.pageInfo.hasNextPage).toBe(false);
      });

      it('answers a forged cursor with BAD_USER_INPUT and other roles with FORBIDDEN for each enterprise', async () => {
        const forged = Buffer.from(
          JSON.stringify(['not a time', '00000000-0000-4000-8000-000000000000']),
        ).toString('base64url');
        expect(
          (await readBatch('ADMIN', 2, 2, forged)).response.errors?.[0]?.extensions,
        ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
        const { response } = await readBatch('GRID_WORKER', 2, 2);
        expect(JSON.stringify(response.data ?? null)).not.toMatch(/checkedInAt/);
        expect((response.errors ?? []).length).toBeGreaterThan(0);
        expect(
          (response.errors ?? []).every((error) => error.extensions?.['code'] === 'FORBIDDEN'),
        ).toBe(true);
      });
    });

    it('counts inspections per department for SUPERVISOR and ADMIN, with and without cause', async () => {
      const period = { from: '2024-08-01T00:00:00Z', to: '2024-09-01T00:00:00Z' };
      for (const role of ['SUPERVISOR', 'ADMIN'] as const) {
        const counts = await server.gql<{ inspectionCountsByDepartment: unknown[] }>(
          role,
          COUNTS,
          period,
        );
        expect(counts.data?.inspectionCountsByDepartment).toEqual([
          { departmentCode: 'MARKET_REGULATION', count: 2, withCause: 1, routine: 1 },
          { departmentCode: 'URBAN_MANAGEMENT', count: 1, withCause: 0, routine: 1 },
        ]);
      }
      for (const role of ALL_ROLES.filter(
        (candidate) => candidate !== 'SUPERVISOR' && candidate !== 'ADMIN',
      )) {
        expect(errorCode(await server.gql(role, COUNTS, period))).toBe('FORBIDDEN');
      }
      expect(errorCode(await server.gql('anonymous', COUNTS, period))).toBe('UNAUTHENTICATED');
      const backwards = await server.gql('ADMIN', COUNTS, { from: period.to, to: period.from });
      expect(backwards.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'to',
      });
    });
  });
});
