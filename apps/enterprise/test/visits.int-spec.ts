import { seedUser } from '@erqi/shared/util-seed-tokens';
import { enterprises } from '@erqi/shared/util-seed-fixtures';
import {
  type EnterpriseTestServer,
  enterpriseUserOf,
  errorCode,
  startEnterpriseTestServer,
} from './enterprise-test-server';

jest.setTimeout(60_000);

const LOG = `mutation($input: LogEnterpriseVisitInput!) {
  logEnterpriseVisit(input: $input) { id visitorRole summary needs { id position text appealId } }
}`;
const RAISE = `mutation($needId: ID!, $input: RaiseVisitNeedInput) {
  raiseVisitNeedAsAppeal(needId: $needId, input: $input) { id appealId raisedAt appeal { id } }
}`;
const VISITS = `query($enterpriseId: ID) {
  enterpriseVisits(enterpriseId: $enterpriseId) { totalCount nodes { id summary enterprise { id } needs { text } } }
}`;

interface LoggedVisit {
  id: string;
  needs: Array<{ id: string; position: number; text: string; appealId: string | null }>;
}

/** 万人助万企: who logs and reads visits, what input is refused, and a need raised as an appeal once. */
describe('万人助万企 visits', () => {
  const worker = seedUser('GRID_WORKER');
  const mine = enterprises.find((enterprise) =>
    worker.gridCellIds?.includes(enterprise.gridCellId),
  );
  const notMine = enterprises.find(
    (enterprise) => !worker.gridCellIds?.includes(enterprise.gridCellId),
  );
  let server: EnterpriseTestServer;

  const outboxCount = async (): Promise<number> => {
    const [row] = (await server.dataSource.query(
      `SELECT count(*)::int AS n FROM outbox_message WHERE topic = 'enterprise.visit-needs'`,
    )) as Array<{ n: number }>;
    return row?.n ?? 0;
  };
  const rowCount = async (table: string): Promise<number> => {
    const [row] = (await server.dataSource.query(
      `SELECT count(*)::int AS n FROM ${table}`,
    )) as Array<{
      n: number;
    }>;
    return row?.n ?? 0;
  };

  beforeAll(async () => {
    server = await startEnterpriseTestServer('visits');
  });
  afterAll(() => server?.stop());

  it('lets the grid worker log a visit with its needs, and the enterprise see it', async () => {
    if (!mine) throw new Error('the seed gives the grid worker no enterprise');
    const logged = await server.gql<{ logEnterpriseVisit: LoggedVisit }>(worker, LOG, {
      input: {
        enterpriseId: mine.id,
        summary: '走访了解生产经营情况',
        needs: [{ text: '厂区门口路灯损坏，夜间出入不便' }, { text: '希望了解稳岗补贴申报' }],
      },
    });
    expect(logged.errors).toBeUndefined();
    expect(logged.data?.logEnterpriseVisit.needs.map((need) => need.text)).toEqual([
      '厂区门口路灯损坏，夜间出入不便',
      '希望了解稳岗补贴申报',
    ]);
    const own = await server.gql<{ enterpriseVisits: { totalCount: number } }>(
      enterpriseUserOf(mine.id),
      VISITS,
    );
    expect(own.data?.enterpriseVisits.totalCount).toBe(1);
    // Another enterprise sees none of it; a single visit of another is FORBIDDEN.
    const other = notMine ? enterpriseUserOf(notMine.id) : 'VOLUNTEER_LEAD';
    expect(
      (await server.gql<{ enterpriseVisits: { totalCount: number } }>(other, VISITS)).data
        ?.enterpriseVisits.totalCount,
    ).toBe(0);
    const one = await server.gql(other, `query($id: ID!) { enterpriseVisit(id: $id) { id } }`, {
      id: logged.data?.logEnterpriseVisit.id,
    });
    expect(errorCode(one)).toBe('FORBIDDEN');
  });

  it('refuses bad input on the field and writes nothing', async () => {
    if (!mine || !notMine) throw new Error('the seed needs enterprises in and out of the cells');
    const before = [await rowCount('enterprise_visit'), await rowCount('visit_need')];
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ enterpriseId: '00000000-0000-4000-8000-000000000000', summary: '走访' }, 'enterpriseId'],
      [{ enterpriseId: mine.id, summary: '走访', needs: [{ text: '   ' }] }, 'needs.0.text'],
      [{ enterpriseId: mine.id, summary: '走访', visitedAt: '2030-01-01T00:00:00Z' }, 'visitedAt'],
    ];
    for (const [input, field] of cases) {
      const response = await server.gql(worker, LOG, { input });
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    // A grid worker visits its own cells' enterprises only; an enterprise logs no visits.
    expect(
      errorCode(
        await server.gql(worker, LOG, { input: { enterpriseId: notMine.id, summary: '走访' } }),
      ),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(
        await server.gql('ENTERPRISE', LOG, { input: { enterpriseId: mine.id, summary: '走访' } }),
      ),
    ).toBe('FORBIDDEN');
    expect([await rowCount('enterprise_visit'), await rowCount('visit_need')]).toEqual(before);
  });

  it('raises a need as an appeal in one step: one event in the outbox, the same appeal when raised again', async () => {
    if (!mine) throw new Error('the seed gives the grid worker no enterprise');
    const logged = await server.gql<{ logEnterpriseVisit: LoggedVisit }>('DEPARTMENT_STAFF', LOG, {
      input: { enterpriseId: mine.id, summary: '部门走访', needs: [{ text: '排水管道堵塞' }] },
    });
    const needId = logged.data?.logEnterpriseVisit.needs[0]?.id;
    const before = await outboxCount();
    // Someone else of another department may not raise the cadre's need.
    expect(errorCode(await server.gql('LEADER', RAISE, { needId }))).toBe('FORBIDDEN');
    const first = await server.gql<{
      raiseVisitNeedAsAppeal: { appealId: string; appeal: { id: string } | null };
    }>('DEPARTMENT_STAFF', RAISE, { needId, input: { category: 'SURROUNDINGS' } });
    expect(first.errors).toBeUndefined();
    const appealId = first.data?.raiseVisitNeedAsAppeal.appealId;
    expect(appealId).toMatch(/^[0-9a-f-]{36}$/);
    expect(first.data?.raiseVisitNeedAsAppeal.appeal).toEqual({ id: appealId });
    // The grid worker of the cell raises the same need: the same appeal, nothing sent again.
    const again = await server.gql<{ raiseVisitNeedAsAppeal: { appealId: string } }>(
      worker,
      RAISE,
      {
        needId,
      },
    );
    expect(again.data?.raiseVisitNeedAsAppeal.appealId).toBe(appealId);
    expect(await outboxCount()).toBe(before + 1);
    const [event] = (await server.dataSource.query(
      `SELECT message_key AS key, payload AS value FROM outbox_message WHERE topic = 'enterprise.visit-needs' ORDER BY id DESC LIMIT 1`,
    )) as Array<{ key: string; value: string }>;
    expect(event?.key).toBe(appealId);
    expect(event?.value).toContain('排水管道堵塞');
  });
});
