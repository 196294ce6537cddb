import type { MigrationInterface, QueryRunner } from 'typeorm';

// Frozen here, as this migration wrote them: the settled statuses (SETTLED_STATUSES) and the
// district's day (Asia/Shanghai, UTC+8 without daylight saving since 1991).
const SETTLED = `('RESOLVED', 'EVALUATED', 'CLOSED')`;
const DAY = (column: string) => `((${column} + interval '8 hours') AT TIME ZONE 'UTC')::date`;

/**
 * The appeal rows a statement added (sign 1) or took away (sign -1), projected onto the three
 * groupings: one row per appeal and grouping.
 */
const facts = (changes: string) => `
  SELECT g.grouping, g.group_key, ${DAY('c.submitted_at')} AS submitted_day, c.status, c.sign,
    ${DAY('c.due_at')} AS due_day,
    CASE WHEN c.status IN ${SETTLED} AND c.resolved_at IS NOT NULL THEN c.sign ELSE 0 END AS resolved,
    CASE WHEN c.status IN ${SETTLED} AND c.resolved_at <= c.due_at THEN c.sign ELSE 0 END AS on_time,
    COALESCE(c.evaluation_rating, 0) * c.sign AS rating_sum,
    CASE WHEN c.evaluation_rating IS NOT NULL THEN c.sign ELSE 0 END AS rated
  FROM (${changes}) AS c
  CROSS JOIN LATERAL (VALUES
    ('DEPARTMENT', COALESCE(c.lead_department_id::text, 'UNASSIGNED')),
    ('GRID_CELL', c.grid_cell_id::text),
    ('HANDLING_MODE', c.handling_mode)
  ) AS g (grouping, group_key)`;

/** Sums figure rows (`source`: grouping, group_key, submitted_day, status and the five measures) per key. */
const sumFigures = (source: string, measures: (m: string) => string) => `
    SELECT grouping, group_key, submitted_day, status, ${measures('count')}, ${measures('resolved')}, ${measures('on_time')},
      ${measures('rating_sum')}, ${measures('rated')}
    FROM ${source}
    GROUP BY grouping, submitted_day, group_key, status
    HAVING ${measures('count')} <> 0 OR ${measures('resolved')} <> 0 OR ${measures('on_time')} <> 0
      OR ${measures('rating_sum')} <> 0 OR ${measures('rated')} <> 0
    ORDER BY grouping, submitted_day, group_key, status`;

const FIGURE_COLUMNS = `grouping, group_key, submitted_day, status, count, resolved, on_time, rating_sum, rated`;
const OPEN_DUE_COLUMNS = `grouping, due_day, submitted_day, group_key, status, count`;

/** Adds summed figure rows to a rollup; ON CONFLICT adds to the latest committed row under its row lock. */
const upsertFigures = (rows: string) => `
  INSERT INTO appeal_figure_rollup AS r (${FIGURE_COLUMNS})
  ${rows}
  ON CONFLICT (grouping, submitted_day, group_key, status) DO UPDATE SET
    count = r.count + excluded.count, resolved = r.resolved + excluded.resolved, on_time = r.on_time + excluded.on_time,
    rating_sum = r.rating_sum + excluded.rating_sum, rated = r.rated + excluded.rated`;
const upsertOpenDue = (rows: string) => `
  INSERT INTO appeal_open_due_rollup AS r (${OPEN_DUE_COLUMNS})
  ${rows}
  ON CONFLICT (grouping, due_day, submitted_day, group_key, status) DO UPDATE SET count = r.count + excluded.count`;
const sumOpenDue = (source: string, where: string, measure: string) => `
    SELECT grouping, due_day, submitted_day, group_key, status, sum(${measure})
    FROM ${source} ${where}
    GROUP BY grouping, due_day, submitted_day, group_key, status
    HAVING sum(${measure}) <> 0
    ORDER BY grouping, due_day, submitted_day, group_key, status`;

/**
 * Appends the summed changes of one statement to the delta logs: plain INSERTs, so that concurrent
 * writers never wait for each other on a rollup row (every submission of the day would otherwise
 * queue on the same "today, UNASSIGNED, SUBMITTED" row until its transaction commits). Groups whose
 * changes cancel (an UPDATE of a column the figures do not read) write nothing.
 */
const logDeltas = (changes: string) => `
  WITH f AS (${facts(changes)}),
  open_due AS (
    INSERT INTO appeal_open_due_delta (${OPEN_DUE_COLUMNS})
    ${sumOpenDue('f', `WHERE status NOT IN ${SETTLED}`, 'sign')}
  )
  INSERT INTO appeal_figure_delta (${FIGURE_COLUMNS})
  ${sumFigures('f', (measure) => `sum(${measure === 'count' ? 'sign' : measure})`)}`;

/** The same changes straight into the rollups (the backfill, under the migration's lock). */
const applyToRollups = (changes: string) => `
  WITH f AS (${facts(changes)}),
  figures AS (
    ${upsertFigures(sumFigures('f', (measure) => `sum(${measure === 'count' ? 'sign' : measure})`))}
  )
  ${upsertOpenDue(sumOpenDue('f', `WHERE status NOT IN ${SETTLED}`, 'sign'))}`;

/** One compaction at a time in the database (a transaction-level advisory lock, this key). */
const COMPACTION_LOCK = 1797100000;

const COLUMNS = `status, lead_department_id, grid_cell_id, handling_mode, submitted_at, due_at, resolved_at, evaluation_rating`;

/**
 * 零超时 over a million appeals: the figures kept per (grouping, group, submitted day, status) by the
 * database itself, so every writer keeps them right (the workflow's saves, the 督办 batch, bulk SQL,
 * seeds); open appeals also per due day, for the clock-dependent overdue count. A session that lifts
 * triggers (`session_replication_role = replica`) bypasses them too: only for columns the figures do not read.
 */
export class AddAppealFigureRollup1797100000000 implements MigrationInterface {
  name = 'AddAppealFigureRollup1797100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE appeal_figure_rollup (
      grouping text NOT NULL,
      group_key text NOT NULL,
      submitted_day date NOT NULL,
      status text NOT NULL,
      count integer NOT NULL,
      resolved integer NOT NULL,
      on_time integer NOT NULL,
      rating_sum integer NOT NULL,
      rated integer NOT NULL,
      PRIMARY KEY (grouping, submitted_day, group_key, status)
    ) WITH (fillfactor = 50)`);
    // Compactions update rows in place: room on each page keeps the updates HOT (no new index entries).
    // Open appeals by due day too: "overdue now" is every open one less those due after now.
    await queryRunner.query(`CREATE TABLE appeal_open_due_rollup (
      grouping text NOT NULL,
      due_day date NOT NULL,
      submitted_day date NOT NULL,
      group_key text NOT NULL,
      status text NOT NULL,
      count integer NOT NULL,
      PRIMARY KEY (grouping, due_day, submitted_day, group_key, status)
    ) WITH (fillfactor = 50)`);
    // What writers add, until a compaction folds it into the rollups; the figures read both.
    await queryRunner.query(`CREATE TABLE appeal_figure_delta (
      grouping text NOT NULL,
      group_key text NOT NULL,
      submitted_day date NOT NULL,
      status text NOT NULL,
      count integer NOT NULL,
      resolved integer NOT NULL,
      on_time integer NOT NULL,
      rating_sum integer NOT NULL,
      rated integer NOT NULL
    )`);
    await queryRunner.query(`CREATE TABLE appeal_open_due_delta (
      grouping text NOT NULL,
      due_day date NOT NULL,
      submitted_day date NOT NULL,
      group_key text NOT NULL,
      status text NOT NULL,
      count integer NOT NULL
    )`);
    // Folds the committed deltas into the rollups in one transaction: a reader sees them either in the
    // logs or in the rollups, never both. Returns false, doing nothing, while another compaction runs:
    // a writer never waits for one. Rows are upserted in key order, so compactions cannot deadlock.
    await queryRunner.query(`
      CREATE FUNCTION appeal_figure_rollup_compact() RETURNS boolean LANGUAGE plpgsql
      SET search_path FROM CURRENT AS $$
      BEGIN
        IF NOT pg_try_advisory_xact_lock(${COMPACTION_LOCK}) THEN
          RETURN false;
        END IF;
        WITH moved AS (DELETE FROM appeal_figure_delta RETURNING *)
        ${upsertFigures(sumFigures('moved', (measure) => `sum(${measure})`))};
        WITH moved AS (DELETE FROM appeal_open_due_delta RETURNING *)
        ${upsertOpenDue(sumOpenDue('moved', '', 'count'))};
        RETURN true;
      END
      $$`);
    // Statement-level: a bulk UPDATE of 10,000 appeals costs one aggregated upsert, not 10,000.
    // search_path is fixed at creation so that a writer with another search_path still finds the rollups.
    await queryRunner.query(`
      CREATE FUNCTION appeal_figure_rollup_apply() RETURNS trigger LANGUAGE plpgsql
      SET search_path FROM CURRENT AS $$
      DECLARE
        logged bigint;
      BEGIN
        IF TG_OP = 'INSERT' THEN
          ${logDeltas(`SELECT 1 AS sign, ${COLUMNS} FROM new_rows`)};
          GET DIAGNOSTICS logged = ROW_COUNT;
        ELSIF TG_OP = 'UPDATE' THEN
          ${logDeltas(`SELECT -1 AS sign, ${COLUMNS} FROM old_rows UNION ALL SELECT 1, ${COLUMNS} FROM new_rows`)};
          GET DIAGNOSTICS logged = ROW_COUNT;
        ELSE
          ${logDeltas(`SELECT -1 AS sign, ${COLUMNS} FROM old_rows`)};
          GET DIAGNOSTICS logged = ROW_COUNT;
        END IF;
        -- About one write in sixteen, and every write that logged 100 figure rows or more, also folds
        -- the logs in, so they stay short.
        IF logged >= 100 OR random() < 0.0625 THEN
          PERFORM appeal_figure_rollup_compact();
        END IF;
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`CREATE TRIGGER appeal_figure_rollup_insert AFTER INSERT ON appeal
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION appeal_figure_rollup_apply()`);
    await queryRunner.query(`CREATE TRIGGER appeal_figure_rollup_update AFTER UPDATE ON appeal
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION appeal_figure_rollup_apply()`);
    await queryRunner.query(`CREATE TRIGGER appeal_figure_rollup_delete AFTER DELETE ON appeal
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION appeal_figure_rollup_apply()`);
    // TRUNCATE has no transition table: it empties the rollups with the table.
    await queryRunner.query(`
      CREATE FUNCTION appeal_figure_rollup_clear() RETURNS trigger LANGUAGE plpgsql
      SET search_path FROM CURRENT AS $$
      BEGIN
        DELETE FROM appeal_figure_rollup;
        DELETE FROM appeal_open_due_rollup;
        DELETE FROM appeal_figure_delta;
        DELETE FROM appeal_open_due_delta;
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`CREATE TRIGGER appeal_figure_rollup_truncate AFTER TRUNCATE ON appeal
      FOR EACH STATEMENT EXECUTE FUNCTION appeal_figure_rollup_clear()`);
    // The triggers' lock on appeal holds writers off until this commits: the backfill misses none.
    await queryRunner.query(applyToRollups(`SELECT 1 AS sign, ${COLUMNS} FROM appeal`));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER appeal_figure_rollup_truncate ON appeal`);
    await queryRunner.query(`DROP FUNCTION appeal_figure_rollup_clear()`);
    await queryRunner.query(`DROP TRIGGER appeal_figure_rollup_delete ON appeal`);
    await queryRunner.query(`DROP TRIGGER appeal_figure_rollup_update ON appeal`);
    await queryRunner.query(`DROP TRIGGER appeal_figure_rollup_insert ON appeal`);
    await queryRunner.query(`DROP FUNCTION appeal_figure_rollup_apply()`);
    await queryRunner.query(`DROP FUNCTION appeal_figure_rollup_compact()`);
    await queryRunner.query(`DROP TABLE appeal_open_due_delta`);
    await queryRunner.query(`DROP TABLE appeal_figure_delta`);
    await queryRunner.query(`DROP TABLE appeal_open_due_rollup`);
    await queryRunner.query(`DROP TABLE appeal_figure_rollup`);
  }
}
