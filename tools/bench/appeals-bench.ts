import { loadavg } from 'node:os';
import { createThrowawayDatabase } from '@erqi/shared/data-access-database-admin';
import { serviceAuthorization } from '@erqi/shared/util-auth';
import { postGraphQL } from '@erqi/shared/util-graphql-client';
import { authHeaderFor, seedUser } from '@erqi/shared/util-seed-tokens';
import { type startNodeProcess, stopProcess } from '@erqi/shared/util-process';
import { Client } from 'pg';
import { CLOCK_TICKS_PER_SECOND, readCpuTicks } from './process-cpu';
import { fillAppeals, migrateAndSeedAppeal, startAppealForBench } from './appeal-fill';
import { endProgress, median, progress, type Timing, timeRuns, writeBenchFigures } from './stats';

/**
 * `npm run bench:appeals`: the figures (零超时) and the 督办 scan over BENCH_APPEALS (100,000) seeded
 * appeals. A throw-away database is migrated by the appeal service itself (`main.ts --seed`), filled
 * with `INSERT … SELECT generate_series`, analysed, and the service is then asked over HTTP, as a
 * client would: each grouping of `appealFigures`, the first page of `overdueAppeals`, and the watcher's
 * scan (`runEscalationScan`). Raw figures: tmp/bench/appeals.json; by hand in docs/BENCHMARKS.md.
 * Quick: `BENCH_APPEALS=20000 BENCH_CATCHUP_RUNS=3 BENCH_CATCHUP_ONLY=1` times the catch-up alone.
 */
const APPEALS = Number(process.env['BENCH_APPEALS'] ?? 100_000);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 30);
const CATCH_UP_RUNS = Number(process.env['BENCH_CATCHUP_RUNS'] ?? 5);
/** Times the 督办 catch-up only: no figures, overdue list or steady-state scan. */
const CATCH_UP_ONLY = process.env['BENCH_CATCHUP_ONLY'] === '1';

/**
 * Takes back what a catch-up scan wrote, so that the next run meets the same backlog (the overdue
 * marks are the escalation rows since 1797120000000-MoveOverdueMarkToEscalations; the release
 * before marked `appeal.overdue`, reset too while the column exists, so that the bench can time that
 * release beside this one). The timeline is append-only (a trigger refuses DELETE): this throw-away database lifts the triggers for the undo.
 * VACUUM afterwards, so that each run writes into tables and indexes in the same state rather than
 * among the previous run's dead rows.
 */
const UNDO_ESCALATIONS = `
  BEGIN;
  SET LOCAL session_replication_role = replica;
  DELETE FROM appeal_escalation;
  DELETE FROM timeline_entry WHERE actor = 'system' AND note LIKE '督办:%';
  DELETE FROM outbox_message WHERE headers->>'ce_type' = 'cn.erqi.appeal.overdue';
  UPDATE appeal SET overdue = false WHERE overdue;
  COMMIT`;
const VACUUM_AFTER_UNDO = ['appeal', 'appeal_escalation', 'timeline_entry', 'outbox_message'].map(
  (table) => `VACUUM ANALYZE ${table}`,
);

/** The deadlines already due when the bench starts count as escalated: the scan then costs what it costs every minute. */
const PRE_ESCALATE = `
  INSERT INTO appeal_escalation (id, appeal_id, deadline, deadline_at, department_code, detected_at)
  SELECT gen_random_uuid(), id, 'HANDLING', due_at, NULL, now() FROM appeal WHERE status NOT IN ('RESOLVED', 'EVALUATED', 'CLOSED') AND due_at <= now()
  UNION ALL
  SELECT gen_random_uuid(), d.appeal_id, 'ACKNOWLEDGEMENT', d.acknowledge_by, d.target_code, now()
  FROM appeal_dispatch d JOIN appeal a ON a.id = d.appeal_id
  WHERE d.acknowledged_at IS NULL AND d.acknowledge_by <= now() AND a.status NOT IN ('RESOLVED', 'EVALUATED', 'CLOSED')
  ON CONFLICT DO NOTHING`;

const FIGURES = `query($groupBy: FigureGrouping!) { appealFigures(groupBy: $groupBy) { key total onTimeRate averageSatisfaction overdueCount countsByStatus { status count } } }`;
const OVERDUE = `{ overdueAppeals(first: 50) { totalCount nodes { id dueAt } } }`;
const SCAN = `mutation { runEscalationScan { appealEscalations findingEscalations cleared } }`;

/**
 * CPU spent while `work` runs by the service process and by the PostgreSQL backends serving this
 * database (the bench's own excluded), in ms: on a shared machine wall-clock rates swing with the
 * neighbours' load, CPU time much less. Backends are listed every 200 ms, each keeping its last
 * reading, so a connection that closes mid-run loses at most that much.
 */
async function cpuDuring<T>(
  servicePid: number,
  client: Client,
  work: () => Promise<T>,
): Promise<{ result: T; serviceCpuMs: number; postgresCpuMs: number }> {
  const backends = async (): Promise<number[]> =>
    (
      (
        await client.query(
          `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
        )
      ).rows as Array<{ pid: number }>
    ).map((row) => row.pid);
  const first = new Map<number, number>();
  const last = new Map<number, number>();
  // A backend first seen during the run started during it: all its CPU counts.
  const sample = async (atStart = false): Promise<void> => {
    for (const pid of await backends()) {
      const ticks = readCpuTicks(pid);
      if (Number.isNaN(ticks)) continue;
      if (!first.has(pid)) first.set(pid, atStart ? ticks : 0);
      last.set(pid, ticks);
    }
  };
  await sample(true);
  const serviceBefore = readCpuTicks(servicePid);
  let running = true;
  const sampler = (async () => {
    while (running) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      await sample();
    }
  })();
  try {
    const result = await work();
    const serviceAfter = readCpuTicks(servicePid);
    running = false;
    await sampler;
    await sample();
    let postgresTicks = 0;
    for (const [pid, ticks] of last) postgresTicks += ticks - (first.get(pid) ?? 0);
    const toMs = (ticks: number) => (ticks * 1000) / CLOCK_TICKS_PER_SECOND;
    return {
      result,
      serviceCpuMs: toMs(serviceAfter - serviceBefore),
      postgresCpuMs: toMs(postgresTicks),
    };
  } finally {
    running = false;
  }
}

const round = (value: number) => Number(value.toFixed(1));

async function main(): Promise<void> {
  const database = await createThrowawayDatabase(
    process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    'appeals_bench',
  );
  const target = { kind: 'postgres' as const, url: database.url };
  const client = new Client({
    connectionString: database.url,
    options: '-c search_path=appeal,public',
  });
  let service: ReturnType<typeof startNodeProcess> | undefined;
  try {
    console.log('migrating and seeding a throw-away database (appeal main.ts --seed)');
    await migrateAndSeedAppeal(target);

    await client.connect();
    const filling = performance.now();
    await fillAppeals(client, APPEALS, { dispatches: true });
    progress('ANALYZE');
    await client.query('ANALYZE');
    endProgress();
    const fillSeconds = (performance.now() - filling) / 1000;
    const [counts] = (
      await client.query(`SELECT count(*)::int AS appeals, count(*) FILTER (WHERE status NOT IN ('RESOLVED', 'EVALUATED', 'CLOSED') AND due_at <= now())::int AS overdue,
        (SELECT count(*)::int FROM appeal_dispatch) AS dispatches FROM appeal`)
    ).rows as Array<{ appeals: number; overdue: number; dispatches: number }>;
    console.log(`filled in ${fillSeconds.toFixed(1)} s: ${JSON.stringify(counts)}`);

    const started = await startAppealForBench(target);
    service = started.service;
    const url = started.url;
    // Asked as the gateway asks (its service token beside the user's): in production a subgraph
    // answers users only through it, and does not rate-limit it.
    const asGateway = { 'x-service-authorization': await serviceAuthorization('gateway') };
    const supervisor = { ...asGateway, ...(await authHeaderFor(seedUser('SUPERVISOR'))) };
    const admin = { ...asGateway, ...(await authHeaderFor(seedUser('ADMIN'))) };
    const ask = async (
      query: string,
      variables: Record<string, unknown>,
      headers: Record<string, string>,
    ): Promise<unknown> => {
      const { body } = await postGraphQL(url, query, variables, headers);
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data;
    };

    // Catch-up: what a watcher does when it first meets the backlog (after an outage, a deploy), timed
    // CATCH_UP_RUNS times; before each run what the previous one wrote is taken back.
    const loadAverageBefore = loadavg().map((value) => Number(value.toFixed(2)));
    const catchUpRuns: Array<{
      deadlines: number;
      ms: number;
      perSecond: number;
      /** CPU µs per deadline: the service, and the PostgreSQL backends of this database. */
      serviceCpuUs: number;
      postgresCpuUs: number;
    }> = [];
    const servicePid = service.pid ?? Number.NaN;
    for (let i = 0; i < CATCH_UP_RUNS; i += 1) {
      await client.query(UNDO_ESCALATIONS);
      for (const vacuum of VACUUM_AFTER_UNDO) await client.query(vacuum);
      const started = performance.now();
      const { result, serviceCpuMs, postgresCpuMs } = await cpuDuring(
        servicePid,
        client,
        async () =>
          (await ask(SCAN, {}, admin)) as { runEscalationScan: { appealEscalations: number } },
      );
      const ms = performance.now() - started;
      const deadlines = result.runEscalationScan.appealEscalations;
      const run = {
        deadlines,
        ms: round(ms),
        perSecond: Math.round((deadlines / ms) * 1000),
        serviceCpuUs: Math.round((serviceCpuMs * 1000) / deadlines),
        postgresCpuUs: Math.round((postgresCpuMs * 1000) / deadlines),
      };
      catchUpRuns.push(run);
      console.log(
        `catch-up scan ${i + 1}/${CATCH_UP_RUNS}: ${deadlines} deadlines escalated in ${ms.toFixed(0)} ms (${run.perSecond}/s); CPU per deadline ${run.serviceCpuUs} µs service + ${run.postgresCpuUs} µs PostgreSQL`,
      );
    }
    const rates = catchUpRuns.map((run) => run.perSecond);
    const cpuPerDeadline = catchUpRuns.map((run) => run.serviceCpuUs + run.postgresCpuUs);
    const loadAverageAfter = loadavg().map((value) => Number(value.toFixed(2)));
    console.log(
      `督办 catch-up: ${median(rates)} deadlines/s median (${Math.min(...rates)}–${Math.max(...rates)}), CPU ${median(cpuPerDeadline)} µs per deadline median (${Math.min(...cpuPerDeadline)}–${Math.max(...cpuPerDeadline)}) over ${catchUpRuns.length} runs; load average ${loadAverageBefore.join(' ')} before, ${loadAverageAfter.join(' ')} after`,
    );

    const figures: Record<string, Timing> = {};
    let overdueList: Timing | undefined;
    let steadyScan: Timing | undefined;
    if (!CATCH_UP_ONLY) {
      await client.query(PRE_ESCALATE);
      await client.query('ANALYZE appeal_escalation');
      for (const groupBy of ['DEPARTMENT', 'GRID_CELL', 'HANDLING_MODE']) {
        figures[groupBy] = await timeRuns(
          `appealFigures(groupBy: ${groupBy})`,
          RUNS,
          async () => void (await ask(FIGURES, { groupBy }, supervisor)),
        );
      }
      overdueList = await timeRuns(
        'overdueAppeals(first: 50)',
        RUNS,
        async () => void (await ask(OVERDUE, {}, supervisor)),
      );
      steadyScan = await timeRuns(
        '督办 scan, steady state (runEscalationScan)',
        RUNS,
        async () => void (await ask(SCAN, {}, admin)),
      );
    }

    const result = {
      appeals: counts?.appeals,
      openPastDue: counts?.overdue,
      dispatches: counts?.dispatches,
      fillSeconds: round(fillSeconds),
      runs: RUNS,
      figures,
      overdueAppealsFirstPage: overdueList,
      escalationScanSteadyState: steadyScan,
      escalationCatchUp: {
        loadAverageBefore,
        loadAverageAfter,
        runs: catchUpRuns,
        medianMs: round(median(catchUpRuns.map((run) => run.ms))),
        medianDeadlinesPerSecond: median(rates),
        minDeadlinesPerSecond: Math.min(...rates),
        maxDeadlinesPerSecond: Math.max(...rates),
        medianCpuUsPerDeadline: median(cpuPerDeadline),
      },
    };
    writeBenchFigures('appeals', result);
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
