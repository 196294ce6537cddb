import { loadavg } from 'node:os';
import { createThrowawayDatabase } from '@erqi/shared/data-access-database-admin';
import { serviceAuthorization } from '@erqi/shared/util-auth';
import { postGraphQL } from '@erqi/shared/util-graphql-client';
import { authHeaderFor, seedUser } from '@erqi/shared/util-seed-tokens';
import { type startNodeProcess, stopProcess } from '@erqi/shared/util-process';
import { Client } from 'pg';
import { fillAppeals, migrateAndSeedAppeal, startAppealForBench } from './appeal-fill';
import {
  endProgress,
  median,
  progress,
  summarise,
  type Timing,
  timeRuns,
  writeBenchFigures,
} from './stats';

const round = (value: number, digits = 1) => Number(value.toFixed(digits));

/**
 * `npm run bench:figures`: 零超时 over BENCH_APPEALS (1,000,000) appeals, read from the rollups the
 * database keeps. A throw-away database is migrated and seeded by the appeal service, filled with the
 * bench appeals (tools/bench/appeal-fill.ts, the rollup triggers on), analysed; then the service is
 * asked over HTTP, as the gateway asks, for each grouping without dates and over a 30-day range that
 * starts and ends mid-day, BENCH_RUNS (30) times after a warm-up. Then what keeping the rollups costs a
 * writer: EXPLAIN ANALYZE of a bulk UPDATE of BENCH_BULK (10,000) appeals and of a single appeal's
 * status change, with the triggers and without (each in a transaction rolled back), and the old full
 * recount for comparison. Raw figures: tmp/bench/figures.json; by hand in docs/BENCHMARKS.md.
 */
const APPEALS = Number(process.env['BENCH_APPEALS'] ?? 1_000_000);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 30);
const BULK = Number(process.env['BENCH_BULK'] ?? 10_000);
const WRITE_RUNS = Number(process.env['BENCH_WRITE_RUNS'] ?? 5);
const RECOUNT_RUNS = Number(process.env['BENCH_RECOUNT_RUNS'] ?? 3);

const FIGURES = `query($groupBy: FigureGrouping!, $from: DateTime, $to: DateTime) { appealFigures(groupBy: $groupBy, from: $from, to: $to) {
  key total resolvedCount onTimeRate averageSatisfaction overdueCount countsByStatus { status count } } }`;

/** What the service ran before the rollups: one GROUP BY over every appeal (here by department). */
const FULL_RECOUNT = `
  SELECT COALESCE(a.lead_department_id::text, 'UNASSIGNED') AS key, a.status, count(*)::int AS count,
    count(*) FILTER (WHERE a.status IN ('RESOLVED', 'EVALUATED', 'CLOSED') AND a.resolved_at IS NOT NULL)::int AS resolved,
    count(*) FILTER (WHERE a.status IN ('RESOLVED', 'EVALUATED', 'CLOSED') AND a.resolved_at <= a.due_at)::int AS on_time,
    count(*) FILTER (WHERE a.status NOT IN ('RESOLVED', 'EVALUATED', 'CLOSED') AND a.due_at <= now())::int AS overdue,
    COALESCE(sum(a.evaluation_rating), 0)::int AS rating_sum, count(a.evaluation_rating)::int AS rated
  FROM appeal a GROUP BY 1, 2 ORDER BY 1`;

const TRIGGERS = [
  'appeal_figure_rollup_insert',
  'appeal_figure_rollup_update',
  'appeal_figure_rollup_delete',
];

interface ExplainedWrite {
  /** The statement's execution time, the triggers included. */
  totalMs: number;
  /** The rollup trigger's own time. */
  triggerMs: number;
}

/** EXPLAIN ANALYZE of a write, rolled back, with the rollup triggers on or off. */
async function explainWrite(
  client: Client,
  sql: string,
  triggers: boolean,
): Promise<ExplainedWrite> {
  await client.query('BEGIN');
  try {
    if (!triggers)
      for (const trigger of TRIGGERS)
        await client.query(`ALTER TABLE appeal DISABLE TRIGGER ${trigger}`);
    const { rows } = (await client.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`)) as {
      rows: Array<{
        'QUERY PLAN': Array<{
          'Execution Time': number;
          Triggers?: Array<{ 'Trigger Name': string; Time: number }>;
        }>;
      }>;
    };
    const plan = rows[0]?.['QUERY PLAN'][0];
    return {
      totalMs: plan?.['Execution Time'] ?? Number.NaN,
      triggerMs: (plan?.Triggers ?? [])
        .filter((trigger) => TRIGGERS.includes(trigger['Trigger Name']))
        .reduce((total, trigger) => total + trigger.Time, 0),
    };
  } finally {
    await client.query('ROLLBACK');
  }
}

/** Alternates runs with and without the triggers, so that the machine's noise hits both alike. */
async function writeCost(
  client: Client,
  label: string,
  sql: string,
  runs: number,
  appeals: number,
) {
  // Warm-up: the trigger's plans are made on its first call in a session.
  await explainWrite(client, sql, true);
  await explainWrite(client, sql, false);
  const on: ExplainedWrite[] = [];
  const off: ExplainedWrite[] = [];
  for (let i = 0; i < runs; i += 1) {
    on.push(await explainWrite(client, sql, true));
    off.push(await explainWrite(client, sql, false));
    progress(`${label}: ${i + 1}/${runs}`);
  }
  endProgress();
  const withTriggerMs = median(on.map((run) => run.totalMs));
  const withoutTriggerMs = median(off.map((run) => run.totalMs));
  const triggerMs = median(on.map((run) => run.triggerMs));
  const result = {
    appeals,
    runs,
    withTriggerMs: round(withTriggerMs, 2),
    withoutTriggerMs: round(withoutTriggerMs, 2),
    triggerMs: round(triggerMs, 2),
    triggerUsPerAppeal: round((triggerMs * 1000) / appeals, 2),
  };
  console.log(
    `${label}: ${result.withTriggerMs} ms with the rollup trigger, ${result.withoutTriggerMs} ms without; the trigger itself ${result.triggerMs} ms (${result.triggerUsPerAppeal} µs per appeal)`,
  );
  return result;
}

async function main(): Promise<void> {
  const loadAtStart = loadavg().map((value) => round(value, 2));
  const database = await createThrowawayDatabase(
    process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    'figures_bench',
  );
  const target = { kind: 'postgres' as const, url: database.url };
  const client = new Client({
    connectionString: database.url,
    options: '-c search_path=appeal,public',
  });
  let service: ReturnType<typeof startNodeProcess> | undefined;
  try {
    console.log(`load average at start: ${loadAtStart.join(', ')}`);
    console.log('migrating and seeding a throw-away database (appeal main.ts --seed)');
    await migrateAndSeedAppeal(target);
    await client.connect();
    const filling = performance.now();
    await fillAppeals(client, APPEALS);
    endProgress();
    // As autovacuum would leave them: the fill's upserts left dead versions of every rollup row.
    progress('VACUUM ANALYZE');
    await client.query('VACUUM ANALYZE');
    endProgress();
    const fillSeconds = (performance.now() - filling) / 1000;
    const [counts] = (
      await client.query(`SELECT count(*)::int AS appeals,
        count(*) FILTER (WHERE status NOT IN ('RESOLVED', 'EVALUATED', 'CLOSED'))::int AS open,
        (SELECT count(*)::int FROM appeal_figure_rollup) AS rollup_rows,
        (SELECT count(*)::int FROM appeal_open_due_rollup) AS open_due_rollup_rows,
        (SELECT count(*)::int FROM appeal_figure_delta) AS delta_rows,
        (SELECT sum(count)::int FROM (SELECT count FROM appeal_figure_rollup WHERE grouping = 'DEPARTMENT'
          UNION ALL SELECT count FROM appeal_figure_delta WHERE grouping = 'DEPARTMENT') AS kept) AS rollup_appeals
        FROM appeal`)
    ).rows as Array<Record<string, number>>;
    console.log(
      `filled in ${fillSeconds.toFixed(1)} s (rollup triggers on): ${JSON.stringify(counts)}`,
    );
    if (counts?.['appeals'] !== counts?.['rollup_appeals'])
      throw new Error('the rollup and its delta log do not hold every appeal');

    const started = await startAppealForBench(target);
    service = started.service;
    const url = started.url;
    // Asked as the gateway asks (its service token beside the user's).
    const supervisor = {
      'x-service-authorization': await serviceAuthorization('gateway'),
      ...(await authHeaderFor(seedUser('SUPERVISOR'))),
    };
    // 30 days that start and end mid-day (03:17 and 03:17 UTC): two part-days counted from appeal.
    const to = new Date(
      Math.floor(Date.now() / 86_400_000) * 86_400_000 - 10 * 86_400_000 + 11_820_000,
    );
    const from = new Date(to.getTime() - 30 * 86_400_000);
    const figures: Record<string, Timing> = {};
    for (const groupBy of ['DEPARTMENT', 'GRID_CELL', 'HANDLING_MODE'])
      for (const range of [{}, { from: from.toISOString(), to: to.toISOString() }]) {
        const label = `appealFigures(groupBy: ${groupBy}${'from' in range ? ', 30 days' : ''})`;
        figures[label] = await timeRuns(label, RUNS, async () => {
          const { body } = await postGraphQL(url, FIGURES, { groupBy, ...range }, supervisor);
          if (body.errors) throw new Error(JSON.stringify(body.errors));
        });
      }

    const recountTimes: number[] = [];
    for (let i = 0; i < RECOUNT_RUNS; i += 1) {
      const started = performance.now();
      await client.query(FULL_RECOUNT);
      recountTimes.push(performance.now() - started);
      progress(`the old full recount (by department, SQL only): ${i + 1}/${RECOUNT_RUNS}`);
    }
    endProgress();
    const fullRecount = { runs: RECOUNT_RUNS, ...summarise(recountTimes) };
    console.log(`the old full recount (by department, SQL only): p50 ${fullRecount.p50Ms} ms`);

    const { rows: picked } = (await client.query(
      `SELECT array_agg(id) AS ids FROM (SELECT id FROM appeal WHERE status = 'HANDLING' ORDER BY id LIMIT $1) AS p`,
      [BULK],
    )) as { rows: Array<{ ids: string[] }> };
    const ids = picked[0]?.ids ?? [];
    const idList = `'{${ids.join(',')}}'::uuid[]`;
    const one = `'${ids[0]}'::uuid`;
    const writes = {
      bulkResolve: await writeCost(
        client,
        `bulk UPDATE of ${ids.length} appeals (HANDLING → RESOLVED)`,
        `UPDATE appeal SET status = 'RESOLVED', resolved_at = due_at - interval '1 hour' WHERE id = ANY(${idList})`,
        WRITE_RUNS,
        ids.length,
      ),
      bulkOverdueFlag: await writeCost(
        client,
        `bulk UPDATE of ${ids.length} appeals (the 督办 flag only, no figure changes)`,
        `UPDATE appeal SET overdue = true WHERE id = ANY(${idList})`,
        WRITE_RUNS,
        ids.length,
      ),
      singleStatusChange: await writeCost(
        client,
        'one appeal HANDLING → RESOLVED',
        `UPDATE appeal SET status = 'RESOLVED', resolved_at = due_at - interval '1 hour' WHERE id = ${one}`,
        RUNS,
        1,
      ),
    };

    const loadAtEnd = loadavg().map((value) => round(value, 2));
    const result = {
      appeals: counts?.['appeals'],
      open: counts?.['open'],
      rollupRows: counts?.['rollup_rows'],
      openDueRollupRows: counts?.['open_due_rollup_rows'],
      deltaRows: counts?.['delta_rows'],
      fillSeconds: round(fillSeconds),
      runs: RUNS,
      range: { from: from.toISOString(), to: to.toISOString() },
      figures,
      fullRecount,
      writes,
      loadAverage: { atStart: loadAtStart, atEnd: loadAtEnd },
    };
    writeBenchFigures('figures', result);
    console.log(JSON.stringify(result, null, 2));
  } finally {
    if (service) await stopProcess(service);
    await client.end().catch(() => undefined);
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
