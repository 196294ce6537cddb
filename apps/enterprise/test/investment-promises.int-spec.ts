import type { SeedUser } from '@erqi/shared/util-seed-fixtures';
import { stableId } from '@erqi/shared/util-seed-fixtures';
import {
  type EnterpriseTestServer,
  errorCode,
  startEnterpriseTestServer,
} from './enterprise-test-server';

jest.setTimeout(60_000);

const hrStaff: SeedUser = {
  subject: stableId('user', 'staff-hr-test'),
  role: 'DEPARTMENT_STAFF',
  name: '人社局 办件员',
  departmentCode: 'HUMAN_RESOURCES',
};

const MAKE = `mutation($input: MakePolicyPromiseInput!) {
  makePolicyPromise(input: $input) { id state dueOn ownerDepartmentCode escalatedAt }
}`;
const LEDGER = `query($state: PromiseState) {
  policyPromises(state: $state, first: 100) { totalCount nodes { id text state escalatedAt ownerDepartmentCode talent { name } project { name } } }
}`;
const FIGURES = `query($year: Int!) {
  talentFigures(year: $year) { category label target atLeast count progress met }
}`;

/** 双招双引: the promise ledger on the clock, its escalation once, and the talent figures against the targets. */
describe('双招双引 promises and talent figures', () => {
  let server: EnterpriseTestServer;
  let talentId: string;

  const escalations = async (promiseId: string): Promise<number> => {
    const [row] = (await server.dataSource.query(
      `SELECT count(*)::int AS n FROM outbox_message WHERE topic = 'enterprise.promise-escalations' AND message_key = $1`,
      [promiseId],
    )) as Array<{ n: number }>;
    return row?.n ?? 0;
  };

  beforeAll(async () => {
    server = await startEnterpriseTestServer('promises');
    server.setNow('2024-03-11T02:00:00Z');
    const talent = await server.gql<{ registerAttractedTalent: { id: string } }>(
      hrStaff,
      `mutation { registerAttractedTalent(input: { name: "王研究员（测试）", category: HIGH_END, employer: "测试企业", arrivedOn: "2024-03-01" }) { id } }`,
    );
    expect(talent.errors).toBeUndefined();
    talentId = talent.data?.registerAttractedTalent.id ?? '';
  });
  afterAll(() => server?.stop());

  it('escalates an overdue promise exactly once when the clock passes its due day', async () => {
    const made = await server.gql<{ makePolicyPromise: { id: string; state: string } }>(
      hrStaff,
      MAKE,
      {
        input: {
          talentId,
          text: '一个月内兑现安家补贴',
          ownerDepartmentCode: 'HUMAN_RESOURCES',
          dueOn: '2024-04-10',
        },
      },
    );
    expect(made.errors).toBeUndefined();
    const id = made.data?.makePolicyPromise.id ?? '';
    expect(made.data?.makePolicyPromise.state).toBe('PENDING');

    // On its due day it is still on time.
    server.setNow('2024-04-10T15:59:00Z'); // 23:59 in Shanghai
    expect(await server.promiseEscalator.runOnce()).not.toContain(id);
    // The day is over: overdue, escalated; sweeping again changes nothing.
    server.setNow('2024-04-10T16:01:00Z');
    expect(await server.promiseEscalator.runOnce()).toContain(id);
    server.setNow('2024-04-12T02:00:00Z');
    expect(await server.promiseEscalator.runOnce()).not.toContain(id);
    expect(await escalations(id)).toBe(1);
    const ledger = await server.gql<{
      policyPromises: { nodes: Array<{ id: string; state: string; escalatedAt: string | null }> };
    }>('LEADER', LEDGER, { state: 'OVERDUE' });
    expect(ledger.data?.policyPromises.nodes.find((node) => node.id === id)).toMatchObject({
      state: 'OVERDUE',
      escalatedAt: '2024-04-10T16:01:00.000Z',
    });

    // Only the owning department fulfils it, late; it stays escalated.
    const fulfil = `mutation($id: ID!) { fulfilPolicyPromise(id: $id, note: "已发放") { state escalatedAt } }`;
    expect(errorCode(await server.gql('DEPARTMENT_STAFF', fulfil, { id }))).toBe('FORBIDDEN');
    const done = await server.gql<{ fulfilPolicyPromise: { state: string; escalatedAt: string } }>(
      hrStaff,
      fulfil,
      { id },
    );
    expect(done.data?.fulfilPolicyPromise).toEqual({
      state: 'FULFILLED',
      escalatedAt: '2024-04-10T16:01:00.000Z',
    });
    expect(errorCode(await server.gql(hrStaff, fulfil, { id }))).toBe('CONFLICT');
  });

  it('shows a department only its own promises', async () => {
    const urban = await server.gql<{
      policyPromises: { nodes: Array<{ ownerDepartmentCode: string }> };
    }>('DEPARTMENT_STAFF', LEDGER);
    const codes = new Set(urban.data?.policyPromises.nodes.map((node) => node.ownerDepartmentCode));
    expect([...codes]).toEqual(['URBAN_MANAGEMENT']);
    expect(
      (await server.gql<{ policyPromises: { totalCount: number } }>('ENTERPRISE', LEDGER)).data
        ?.policyPromises.totalCount,
    ).toBe(0);
  });

  it('refuses bad input on the field and writes nothing', async () => {
    server.setNow('2024-05-01T02:00:00Z');
    const [before] = (await server.dataSource.query(
      'SELECT count(*)::int AS n FROM policy_promise',
    )) as Array<{ n: number }>;
    const base = {
      talentId,
      text: '承诺',
      ownerDepartmentCode: 'HUMAN_RESOURCES',
      dueOn: '2024-06-30',
    };
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ ...base, ownerDepartmentCode: 'NO_SUCH_DEPARTMENT' }, 'ownerDepartmentCode'],
      [{ ...base, dueOn: '2024-04-30' }, 'dueOn'],
      [{ ...base, talentId: '00000000-0000-4000-8000-000000000000' }, 'talentId'],
      [{ ...base, text: '  ' }, 'text'],
    ];
    for (const [input, field] of cases) {
      const response = await server.gql(hrStaff, MAKE, { input });
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const [after] = (await server.dataSource.query(
      'SELECT count(*)::int AS n FROM policy_promise',
    )) as Array<{ n: number }>;
    expect(after?.n).toBe(before?.n);
    const negative = await server.gql(
      hrStaff,
      `mutation { recordTalentRecognition(input: { category: SKILLED_WORKER, count: -1, recognisedOn: "2024-05-01" }) { id } }`,
    );
    expect(negative.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'count',
    });
  });

  it('counts the year’s recognitions against the four 2024 targets, for LEADER and SUPERVISOR only', async () => {
    const before = await server.gql<{ talentFigures: Array<{ category: string; count: number }> }>(
      'LEADER',
      FIGURES,
      { year: 2024 },
    );
    const skilledBefore =
      before.data?.talentFigures.find((figure) => figure.category === 'SKILLED_WORKER')?.count ?? 0;
    const recorded = await server.gql(
      hrStaff,
      `mutation { recordTalentRecognition(input: { category: SKILLED_WORKER, count: 1200, recognisedOn: "2024-05-01", note: "测试批次" }) { id } }`,
    );
    expect(recorded.errors).toBeUndefined();
    const figures = await server.gql<{
      talentFigures: Array<{
        category: string;
        target: number;
        atLeast: boolean;
        count: number;
        progress: number;
        met: boolean;
      }>;
    }>('SUPERVISOR', FIGURES, { year: 2024 });
    expect(
      figures.data?.talentFigures.map(({ category, target, atLeast }) => [
        category,
        target,
        atLeast,
      ]),
    ).toEqual([
      ['HIGH_END', 500, true],
      ['HIGH_LEVEL_OR_URGENT', 50, true],
      ['SKILLED_WORKER', 18_900, false],
      ['HIGHLY_SKILLED_WORKER', 12_600, false],
    ]);
    const skilled = figures.data?.talentFigures.find(
      (figure) => figure.category === 'SKILLED_WORKER',
    );
    expect(skilled?.count).toBe(skilledBefore + 1200);
    expect(skilled?.progress).toBeCloseTo((skilledBefore + 1200) / 18_900, 3);
    expect(skilled?.met).toBe(false);
    // A year without targets: counts, no targets.
    const next = await server.gql<{ talentFigures: Array<{ target: number | null }> }>(
      'ADMIN',
      FIGURES,
      { year: 2025 },
    );
    expect(next.data?.talentFigures.every((figure) => figure.target === null)).toBe(true);
    expect(errorCode(await server.gql('DEPARTMENT_STAFF', FIGURES, { year: 2024 }))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await server.gql('ENTERPRISE', FIGURES, { year: 2024 }))).toBe('FORBIDDEN');
  });
});
