import { databaseTargetToEnv, type DatabaseTarget } from '@erqi/shared/data-access-database';
import { departments, gridCells } from '@erqi/shared/util-seed-fixtures';
import { writeDevelopmentJwks } from '@erqi/shared/util-auth';
import { collectOutput, startNodeProcess, waitForHealthy } from '@erqi/shared/util-process';
import { findFreePort } from '@erqi/shared/util-tcp-port';
import type { Client } from 'pg';
import { progress } from './stats';

/**
 * The appeals the appeal benches count over, spread like a working district: most cases done, a tail
 * still open, some late; submitted over the last 180 days. Appeal `i` of `generate_series($1, $2)` is
 * the same whichever chunk writes it, so a fill in chunks equals one in a single statement.
 */
const FILL = `
  WITH series AS (
    SELECT i, (now() - (i % 180) * interval '1 day' - (i % 1440) * interval '1 minute') AS submitted_at,
           (ARRAY['URGENT', 'LEDGER', 'JOINT', 'TRACKED'])[1 + i % 4] AS mode,
           CASE WHEN i % 100 < 8 THEN 'SUBMITTED' WHEN i % 100 < 14 THEN 'ACCEPTED' WHEN i % 100 < 24 THEN 'HANDLING'
                WHEN i % 100 < 30 THEN 'TRANSFERRED' WHEN i % 100 < 50 THEN 'RESOLVED' WHEN i % 100 < 65 THEN 'EVALUATED'
                WHEN i % 100 < 97 THEN 'CLOSED' ELSE 'REOPENED' END AS status
    FROM generate_series($1::int, $2::int) AS i
  ), timed AS (
    SELECT series.*, submitted_at + (CASE mode WHEN 'URGENT' THEN 1 WHEN 'JOINT' THEN 5 WHEN 'LEDGER' THEN 15 ELSE 30 END) * interval '1 day' AS due_at
    FROM series
  )
  INSERT INTO appeal (id, title, description, status, handling_mode, channel, category_code, enterprise_id, grid_cell_id, lead_department_id,
    submitted_at, due_at, resolved_at, evaluation_rating, evaluated_at, closure_reason, closed_at)
  SELECT gen_random_uuid(), '压测诉求 ' || i, '基准测试', status, mode, 'HOTLINE', 'LICENSING', gen_random_uuid(),
    ($3::uuid[])[1 + i % array_length($3::uuid[], 1)],
    CASE WHEN status = 'SUBMITTED' THEN NULL ELSE ($4::uuid[])[1 + (i / 7) % array_length($4::uuid[], 1)] END,
    submitted_at, due_at,
    -- 85% resolved on time, the rest up to two days late.
    CASE WHEN status IN ('RESOLVED', 'EVALUATED', 'CLOSED', 'REOPENED')
         THEN CASE WHEN i % 20 < 17 THEN submitted_at + (due_at - submitted_at) * 0.6 ELSE due_at + (i % 48) * interval '1 hour' END END,
    CASE WHEN status IN ('EVALUATED', 'CLOSED', 'REOPENED') AND i % 10 > 0 THEN CASE WHEN status = 'REOPENED' THEN 1 + i % 2 ELSE 3 + i % 3 END END,
    CASE WHEN status IN ('EVALUATED', 'CLOSED', 'REOPENED') AND i % 10 > 0 THEN due_at END,
    CASE WHEN status = 'CLOSED' THEN CASE WHEN i % 10 > 0 THEN 'EVALUATED' ELSE 'NO_RESPONSE' END END,
    CASE WHEN status = 'CLOSED' THEN due_at + interval '3 days' END
  FROM timed`;

/** The lead department's dispatch of every dispatched appeal; 95% reported in (报到) on time. */
const DISPATCHES = `
  INSERT INTO appeal_dispatch (id, appeal_id, target_kind, target_id, target_code, role, dispatched_at, acknowledge_by, acknowledged_at)
  SELECT gen_random_uuid(), a.id, 'DEPARTMENT', a.lead_department_id, 'BENCH_' || substr(md5(a.lead_department_id::text), 1, 6), 'LEAD',
    a.submitted_at, a.submitted_at + interval '2 hours', CASE WHEN hashtext(a.id::text) % 20 <> 0 THEN a.submitted_at + interval '1 hour' END
  FROM appeal a WHERE a.lead_department_id IS NOT NULL`;

/** Appeals written per INSERT: a progress line after each. */
const CHUNK = 100_000;

/** Migrates and seeds the throw-away database as the service does on `main.ts --seed`. */
export async function migrateAndSeedAppeal(target: DatabaseTarget): Promise<void> {
  const seeding = startNodeProcess('apps/appeal/src/main.ts', databaseTargetToEnv(target), {
    args: ['--seed'],
    quiet: true,
  });
  const seedOutput = collectOutput(seeding);
  const code = await new Promise<number | null>((resolve) => seeding.once('exit', resolve));
  if (code !== 0) throw new Error(`seeding failed:\n${seedOutput()}`);
}

/**
 * Writes `count` bench appeals (search_path appeal) in chunks of 100,000, printing progress, and, if
 * asked, the lead dispatch of each.
 */
export async function fillAppeals(
  client: Client,
  count: number,
  options: { dispatches?: boolean } = {},
): Promise<void> {
  const started = performance.now();
  for (let first = 1; first <= count; first += CHUNK) {
    const last = Math.min(count, first + CHUNK - 1);
    await client.query(FILL, [
      first,
      last,
      gridCells.map((cell) => cell.id),
      departments.map((department) => department.id),
    ]);
    const seconds = (performance.now() - started) / 1000;
    progress(
      `inserted ${last.toLocaleString('en')}/${count.toLocaleString('en')} appeals (${seconds.toFixed(0)} s)`,
    );
  }
  if (options.dispatches) {
    progress('inserting their dispatches');
    await client.query(DISPATCHES);
  }
}

/**
 * The appeal service over `target` in production mode, with no 督办 watcher of its own (the benches
 * run the scan themselves), trusting the development key set the bench's tokens are signed with.
 * Returns its GraphQL URL and the process.
 */
export async function startAppealForBench(
  target: DatabaseTarget,
): Promise<{ url: string; service: ReturnType<typeof startNodeProcess> }> {
  const port = await findFreePort();
  const service = startNodeProcess(
    'apps/appeal/src/main.ts',
    {
      ...databaseTargetToEnv(target),
      PORT: String(port),
      NODE_ENV: 'production',
      // Production needs a key source; the bench's tokens are signed with the development key set.
      AUTH_JWKS_FILE: await writeDevelopmentJwks(),
      ESCALATION_SCAN_SECONDS: '0',
    },
    { quiet: true },
  );
  const serviceOutput = collectOutput(service);
  await waitForHealthy(`http://127.0.0.1:${port}/health`, service).catch((error: unknown) => {
    service.kill();
    throw new Error(`the appeal service did not start: ${String(error)}\n${serviceOutput()}`);
  });
  return { url: `http://127.0.0.1:${port}/graphql`, service };
}
