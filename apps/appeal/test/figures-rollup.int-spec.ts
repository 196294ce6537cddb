import { TEST_RATE_LIMIT } from '@erqi/shared/testing-graphql';
import { createTestDatabase, type TestDatabase } from '@erqi/shared/testing-database';
import { postGraphQL } from '@erqi/shared/util-graphql-client';
import {
  type RunningSubgraph,
  startSubgraph,
  subgraphDependencies,
} from '@erqi/shared/feature-subgraph-server';
import { createLogger } from '@erqi/shared/util-logging';
import {
  departmentByCode,
  enterpriseByName,
  gridCellByCode,
} from '@erqi/shared/util-seed-fixtures';
import type { DataSource } from 'typeorm';
import { seedAppeal } from '../src/seed';
import { type AppealSubgraph, createAppealSubgraph } from '../src/subgraph';
import { insertAppeal, insertTestCategory } from './escalation-fixtures';
import { fixtureDirectories } from './fixture-directories';
import { uniqueTitle, workflowClient } from './workflow-harness';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const SETTLED = `('RESOLVED', 'EVALUATED', 'CLOSED')`;
const GROUPINGS = ['DEPARTMENT', 'GRID_CELL', 'HANDLING_MODE'] as const;
type Grouping = (typeof GROUPINGS)[number];

/** The figures as the service counted them before the rollups: one GROUP BY over every appeal, the reference. */
const RECOUNT_KEYS: Record<Grouping, string> = {
  DEPARTMENT: `COALESCE(a.lead_department_id::text, 'UNASSIGNED')`,
  GRID_CELL: 'a.grid_cell_id::text',
  HANDLING_MODE: 'a.handling_mode',
};
const recountSql = (groupBy: Grouping) => `
  SELECT ${RECOUNT_KEYS[groupBy]} AS key, a.status,
    count(*)::int AS count,
    count(*) FILTER (WHERE a.status IN ${SETTLED} AND a.resolved_at IS NOT NULL)::int AS resolved,
    count(*) FILTER (WHERE a.status IN ${SETTLED} AND a.resolved_at <= a.due_at)::int AS on_time,
    count(*) FILTER (WHERE a.status NOT IN ${SETTLED} AND a.due_at <= $3)::int AS overdue,
    COALESCE(sum(a.evaluation_rating), 0)::int AS rating_sum,
    count(a.evaluation_rating)::int AS rated
  FROM appeal.appeal a
  WHERE ($1::timestamptz IS NULL OR a.submitted_at >= $1) AND ($2::timestamptz IS NULL OR a.submitted_at < $2)
  GROUP BY 1, 2`;

const STATUS_ORDER = [
  'SUBMITTED',
  'ACCEPTED',
  'HANDLING',
  'TRANSFERRED',
  'RESOLVED',
  'EVALUATED',
  'CLOSED',
  'REOPENED',
];

interface Figures {
  key: string;
  countsByStatus: Array<{ status: string; count: number }>;
  total: number;
  resolvedCount: number;
  onTimeCount: number;
  onTimeRate: number | null;
  averageSatisfaction: number | null;
  overdueCount: number;
}

const FIGURES = `query($groupBy: FigureGrouping!, $from: DateTime, $to: DateTime) { appealFigures(groupBy: $groupBy, from: $from, to: $to) {
  key countsByStatus { status count } total resolvedCount onTimeCount onTimeRate averageSatisfaction overdueCount } }`;

// Zhengzhou's midnight is 16:00 UTC: day-aligned ranges start there.
const at = (iso: string) => new Date(iso);
// Hundreds of figure requests and recounts per test.
const LONG = 120_000;

describe('零超时 rollups: always equal to a full recount', () => {
  let database: TestDatabase;
  let definition: AppealSubgraph;
  let subgraph: RunningSubgraph;
  let dataSource: DataSource;
  // Monday 2024-03-04 10:00 in Zhengzhou.
  let now = at('2024-03-04T02:00:00.000Z');
  const client = workflowClient(() => subgraph.url);
  const collective = enterpriseByName('河南八方顺亿实业有限公司');
  const urban = departmentByCode('URBAN_MANAGEMENT').id;
  const market = departmentByCode('MARKET_REGULATION').id;
  const c1 = gridCellByCode('BGM-C01').id;
  const c2 = gridCellByCode('BGM-C02').id;

  const served = async (
    groupBy: Grouping,
    from: Date | null,
    to: Date | null,
  ): Promise<Figures[]> => {
    const response = await postGraphQL<{ appealFigures: Figures[] }>(
      subgraph.url,
      FIGURES,
      { groupBy, from: from?.toISOString(), to: to?.toISOString() },
      await client.headersOf('supervisor'),
    );
    expect(response.body.errors).toBeUndefined();
    return response.body.data?.appealFigures ?? [];
  };

  const recounted = async (
    groupBy: Grouping,
    from: Date | null,
    to: Date | null,
  ): Promise<Figures[]> => {
    const rows = (await dataSource.query(recountSql(groupBy), [from, to, now])) as Array<{
      key: string;
      status: string;
      count: number;
      resolved: number;
      on_time: number;
      overdue: number;
      rating_sum: number;
      rated: number;
    }>;
    const keys = [...new Set(rows.map((row) => row.key))].sort();
    return keys.map((key) => {
      const mine = rows
        .filter((row) => row.key === key)
        .sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status));
      const sum = (pick: (row: (typeof mine)[number]) => number) =>
        mine.reduce((total, row) => total + pick(row), 0);
      const resolvedCount = sum((row) => row.resolved);
      const onTimeCount = sum((row) => row.on_time);
      const rated = sum((row) => row.rated);
      return {
        key,
        countsByStatus: mine.map((row) => ({ status: row.status, count: row.count })),
        total: sum((row) => row.count),
        resolvedCount,
        onTimeCount,
        onTimeRate: resolvedCount > 0 ? onTimeCount / resolvedCount : null,
        averageSatisfaction: rated > 0 ? sum((row) => row.rating_sum) / rated : null,
        overdueCount: sum((row) => row.overdue),
      };
    });
  };

  /** Ranges: none, open-ended, day-aligned, not aligned, within one day, a day and a bit. */
  const ranges = (): Array<[Date | null, Date | null]> => [
    [null, null],
    [at('2024-02-20T16:00:00.000Z'), null],
    [null, at('2024-03-02T16:00:00.000Z')],
    [at('2024-02-25T16:00:00.000Z'), at('2024-03-03T16:00:00.000Z')],
    [at('2024-02-26T03:17:00.000Z'), at('2024-03-04T01:59:59.999Z')],
    [at('2024-02-29T17:00:00.000Z'), at('2024-02-29T23:30:00.000Z')],
    [at('2024-02-28T15:59:59.999Z'), at('2024-02-29T16:00:00.001Z')],
    [at('2024-01-01T00:00:00.000Z'), at('2024-12-31T00:00:00.000Z')],
    [new Date(now.getTime() - 30 * DAY_MS + 1234), null],
  ];

  /** Every grouping and range at the clock's now: the served figures equal the recount. */
  const expectEqualToRecount = async (): Promise<number> => {
    let compared = 0;
    for (const groupBy of GROUPINGS)
      for (const [from, to] of ranges()) {
        const expected = await recounted(groupBy, from, to);
        const actual = (await served(groupBy, from, to)).sort((a, b) =>
          a.key < b.key ? -1 : a.key > b.key ? 1 : 0,
        );
        expect({ groupBy, from, to, now, figures: actual }).toEqual({
          groupBy,
          from,
          to,
          now,
          figures: expected,
        });
        compared += expected.length;
      }
    return compared;
  };

  /** Folds the delta logs into the rollups, as about one write in sixteen does; then they are empty. */
  const compact = async (): Promise<void> => {
    expect(await dataSource.query('SELECT appeal.appeal_figure_rollup_compact() AS done')).toEqual([
      { done: true },
    ]);
    expect(
      await dataSource.query(
        `SELECT (SELECT count(*) FROM appeal.appeal_figure_delta)::int AS figures,
                (SELECT count(*) FROM appeal.appeal_open_due_delta)::int AS open_due`,
      ),
    ).toEqual([{ figures: 0, open_due: 0 }]);
  };

  /** At several clock times: midnight, just before and after a deadline hour, mid-day, days later. */
  const expectEqualAtSeveralTimes = async (): Promise<void> => {
    const saved = now;
    try {
      const dueTimes = (await dataSource.query(
        `SELECT due_at FROM appeal.appeal WHERE status NOT IN ${SETTLED} ORDER BY due_at LIMIT 3 OFFSET 5`,
      )) as Array<{ due_at: Date }>;
      const times = [
        saved,
        at('2024-03-04T16:00:00.000Z'),
        at('2024-03-05T15:59:59.999Z'),
        at('2024-03-20T09:30:00.000Z'),
        ...dueTimes.flatMap(({ due_at }) => [
          new Date(due_at),
          new Date(new Date(due_at).getTime() - 1),
        ]),
      ];
      for (const [index, time] of times.entries()) {
        now = time;
        expect(await expectEqualToRecount()).toBeGreaterThan(0);
        // Halfway, what writers logged is folded into the rollups: equal before and after.
        if (index === 1) await compact();
      }
    } finally {
      now = saved;
    }
  };

  beforeAll(async () => {
    database = await createTestDatabase('appeal_figures_rollup');
    definition = await createAppealSubgraph(
      subgraphDependencies(
        'appeal',
        { kind: 'postgres', url: database.url },
        { clock: () => new Date(now), options: fixtureDirectories() },
      ),
    );
    dataSource = definition.dataSource;
    // The seed writes appeals too, before the service starts.
    await seedAppeal(dataSource, at('2024-02-20T00:00:00.000Z'));
    await insertTestCategory(dataSource);
    subgraph = await startSubgraph(definition, {
      port: 0,
      rateLimit: TEST_RATE_LIMIT,
      logger: createLogger('appeal-figures-rollup-test'),
    });
  }, LONG);

  afterAll(async () => {
    await subgraph?.stop();
    await database?.drop();
  }, LONG);

  it(
    'holds through the closed loop: submissions, acceptance, transfer, resolution, ratings, reopening, closing',
    async () => {
      const modes = ['URGENT', 'LEDGER', 'JOINT', 'TRACKED'];
      const ids: string[] = [];
      for (const [index, handlingMode] of [...modes, ...modes, ...modes].entries()) {
        const appeal = await client.submit({
          enterpriseId: collective.id,
          title: uniqueTitle(`汇总 ${handlingMode} ${index}`),
          handlingMode,
        });
        ids.push(appeal.id);
        now = new Date(now.getTime() + 7 * HOUR_MS + 13 * 60_000);
      }
      await expectEqualToRecount();
      // Different fates: accepted only, handled, transferred, resolved, rated, reopened, closed.
      for (const [index, id] of ids.entries()) {
        if (index % 6 === 0) continue;
        // 建账领办: a leader takes the case (the assignment writes the appeal too).
        if (modes[index % 4] === 'LEDGER') await client.ok('assignLeader', id, 'admin');
        await client.ok('acceptAppeal', id, 'gridWorker');
        if (index % 6 === 1) continue;
        if (index % 6 === 2) {
          await client.ok('transferAppeal', id, 'admin');
          continue;
        }
        await client.ok('handleAppeal', id, 'admin');
        // 合力共办 waits for its departments to report in: left in handling here.
        if (modes[index % 4] === 'JOINT') continue;
        await client.ok('addProgressNote', id, 'admin');
        await client.ok('resolveAppeal', id, 'admin');
        if (index % 6 === 3) continue;
        const rating = index % 6 === 4 ? 5 : 2;
        await client.ok('evaluateAppeal', id, 'enterprise', { rating });
        // An unsatisfied rating reopens the case (整改提升); a satisfied one is closed.
        if (rating === 5) await client.ok('closeAppeal', id, 'gridWorker');
      }
      await expectEqualAtSeveralTimes();
    },
    LONG,
  );

  it(
    'holds through bulk SQL: inserts across the district midnight, reassignment, status and rating changes, deletes',
    async () => {
      // Around Zhengzhou's midnights (16:00 UTC) and deadlines on the hour, some open, some late.
      for (let day = 0; day < 12; day += 1)
        for (const [index, offset] of [-1, 0, 1, 3 * HOUR_MS, 9 * HOUR_MS].entries()) {
          const submittedAt = new Date(
            at('2024-02-22T16:00:00.000Z').getTime() + day * DAY_MS + offset,
          );
          const status = STATUS_ORDER[(day + index) % STATUS_ORDER.length] ?? 'HANDLING';
          const settled = ['RESOLVED', 'EVALUATED', 'CLOSED'].includes(status);
          const dueAt = new Date(submittedAt.getTime() + ((day * 5 + index) % 9) * DAY_MS);
          await insertAppeal(dataSource, {
            status,
            handlingMode: ['URGENT', 'LEDGER', 'JOINT', 'TRACKED'][index % 4] ?? 'URGENT',
            gridCellId: index % 2 ? c1 : c2,
            leadDepartmentId: status === 'SUBMITTED' ? null : day % 3 ? urban : market,
            submittedAt,
            dueAt,
            resolvedAt:
              settled || status === 'REOPENED'
                ? new Date(dueAt.getTime() + (day % 2 ? 1 : -1) * HOUR_MS)
                : null,
            rating: ['EVALUATED', 'CLOSED', 'REOPENED'].includes(status) ? 1 + (day % 5) : null,
          });
        }
      await expectEqualToRecount();
      await dataSource.transaction(async (manager) => {
        await manager.query(
          `UPDATE appeal.appeal SET lead_department_id = $1 WHERE lead_department_id = $2 AND handling_mode IN ('URGENT', 'JOINT')`,
          [market, urban],
        );
        await manager.query(
          `UPDATE appeal.appeal SET status = 'RESOLVED', resolved_at = due_at - interval '1 minute' WHERE status = 'HANDLING'`,
        );
        await manager.query(
          `UPDATE appeal.appeal SET evaluation_rating = 3, evaluated_at = now() WHERE status = 'RESOLVED' AND evaluation_rating IS NULL AND grid_cell_id = $1`,
          [c1],
        );
      });
      await dataSource.query(
        `UPDATE appeal.appeal SET grid_cell_id = $1, submitted_at = submitted_at + interval '5 hours', due_at = due_at + interval '1 day' WHERE title = '测试诉求' AND status = 'ACCEPTED'`,
        [c2],
      );
      // Nothing in the service deletes an appeal; the rollups follow a DELETE all the same.
      await dataSource.query(
        `DELETE FROM appeal.appeal a WHERE a.title = '测试诉求' AND a.status = 'TRANSFERRED'
       AND NOT EXISTS (SELECT 1 FROM appeal.timeline_entry t WHERE t.appeal_id = a.id)`,
      );
      // An UPDATE of columns the figures do not read changes nothing.
      await dataSource.query(`UPDATE appeal.appeal SET version = version + 1`);
      await expectEqualAtSeveralTimes();
    },
    LONG,
  );

  it(
    'holds through the 督办 scan and the no-response closer, and under concurrent writers',
    async () => {
      now = at('2024-03-14T02:00:00.000Z');
      const admin = await client.headersOf('admin');
      const scan = await postGraphQL(
        subgraph.url,
        'mutation { runEscalationScan { appealEscalations } }',
        {},
        admin,
      );
      expect(scan.body.errors).toBeUndefined();
      await definition.noResponseCloser.runOnce();
      // Ten writers at once on the same groups and days: none of their counts is lost.
      const open = (await dataSource.query(
        `SELECT id FROM appeal.appeal WHERE status NOT IN ${SETTLED} ORDER BY id LIMIT 20`,
      )) as Array<{ id: string }>;
      await Promise.all(
        open.map(({ id }, index) =>
          dataSource.query(
            `UPDATE appeal.appeal SET status = 'HANDLING', lead_department_id = $2, evaluation_rating = NULL, evaluated_at = NULL WHERE id = $1`,
            [id, index % 2 ? urban : market],
          ),
        ),
      );
      await expectEqualAtSeveralTimes();
    },
    LONG,
  );

  it(
    'lets writers of the same day and group go on while another, mid-compaction, has not committed',
    async () => {
      const submit = `INSERT INTO appeal.appeal (id, title, description, status, handling_mode, channel, category_code, enterprise_id, grid_cell_id, submitted_at, due_at)
      VALUES (gen_random_uuid(), '并发', '测试', 'SUBMITTED', 'URGENT', 'HOTLINE', 'TEST_CATEGORY', gen_random_uuid(), $1, $2, $3)`;
      const values = [c1, now, new Date(now.getTime() + DAY_MS)];
      const first = dataSource.createQueryRunner();
      const second = dataSource.createQueryRunner();
      await first.connect();
      await second.connect();
      try {
        await first.startTransaction();
        await first.query(submit, values);
        // The first holds the compaction lock and the rollup rows it folded until it commits.
        expect(await first.query('SELECT appeal.appeal_figure_rollup_compact() AS done')).toEqual([
          { done: true },
        ]);
        await second.startTransaction();
        // Waiting for a lock would fail here rather than hang.
        await second.query(`SET LOCAL lock_timeout = '2s'`);
        await second.query(submit, values);
        expect(await second.query('SELECT appeal.appeal_figure_rollup_compact() AS done')).toEqual([
          { done: false },
        ]);
        await second.commitTransaction();
        await first.commitTransaction();
      } finally {
        await first.release();
        await second.release();
      }
      await expectEqualToRecount();
    },
    LONG,
  );

  it(
    'would notice a rollup that missed a write (the comparison can fail)',
    async () => {
      await dataSource.query(
        `ALTER TABLE appeal.appeal DISABLE TRIGGER appeal_figure_rollup_update`,
      );
      try {
        await dataSource.query(
          `UPDATE appeal.appeal SET status = 'CLOSED', closure_reason = 'EVALUATED', closed_at = now() WHERE status = 'HANDLING'`,
        );
        await expect(expectEqualToRecount()).rejects.toThrow();
      } finally {
        await dataSource.query(
          `ALTER TABLE appeal.appeal ENABLE TRIGGER appeal_figure_rollup_update`,
        );
      }
    },
    LONG,
  );
});
