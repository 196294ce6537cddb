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

/**
 * Adds the deltas of a set of changed appeal rows to both rollups. ON CONFLICT DO UPDATE adds to the
 * latest committed row under its row lock, so concurrent writers never lose each other's counts; rows
 * are written in key order so that two statements cannot deadlock on them; groups whose deltas cancel
 * (an UPDATE of a column the figures do not read) write nothing and lock nothing.
 */
const applyDeltas = (changes: string) => `
  WITH f AS (${facts(changes)}),
  totals AS (
    INSERT INTO appeal_figure_rollup AS r (grouping, group_key, submitted_day, status, count, resolved, on_time, rating_sum, rated)
    SELECT grouping, group_key, submitted_day, status, sum(sign), sum(resolved), sum(on_time), sum(rating_sum), sum(rated)
    FROM f
    GROUP BY grouping, submitted_day, group_key, status
    HAVING sum(sign) <> 0 OR sum(resolved) <> 0 OR sum(on_time) <> 0 OR sum(rating_sum) <> 0 OR sum(rated) <> 0
    ORDER BY grouping, submitted_day, group_key, status
    ON CONFLICT (grouping, submitted_day, group_key, status) DO UPDATE SET
      count = r.count + excluded.count, resolved = r.resolved + excluded.resolved, on_time = r.on_time + excluded.on_time,
      rating_sum = r.rating_sum + excluded.rating_sum, rated = r.rated + excluded.rated
  )
  INSERT INTO appeal_open_due_rollup AS r (grouping, due_day, submitted_day, group_key, status, count)
  SELECT grouping, due_day, submitted_day, group_key, status, sum(sign)
  FROM f
  WHERE status NOT IN ${SETTLED}
  GROUP BY grouping, due_day, submitted_day, group_key, status
  HAVING sum(sign) <> 0
  ORDER BY grouping, due_day, submitted_day, group_key, status
  ON CONFLICT (grouping, due_day, submitted_day, group_key, status) DO UPDATE SET count = r.count + excluded.count`;

const COLUMNS = `status, lead_department_id, grid_cell_id, handling_mode, submitted_at, due_at, resolved_at, evaluation_rating`;

/**
 * 零超时 over a million appeals: the figures kept per (grouping, group, submitted day, status) by the
 * database itself, so every writer keeps them right (the workflow's saves, the 督办 batch, bulk SQL,
 * seeds); open appeals also per due day, for the clock-dependent overdue count.
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
    // Every write updates rows in place: room on each page keeps the updates HOT (no new index entries).
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
    // Statement-level: a bulk UPDATE of 10,000 appeals costs one aggregated upsert, not 10,000.
    // search_path is fixed at creation so that a writer with another search_path still finds the rollups.
    await queryRunner.query(`
      CREATE FUNCTION appeal_figure_rollup_apply() RETURNS trigger LANGUAGE plpgsql
      SET search_path FROM CURRENT AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          ${applyDeltas(`SELECT 1 AS sign, ${COLUMNS} FROM new_rows`)};
        ELSIF TG_OP = 'UPDATE' THEN
          ${applyDeltas(`SELECT -1 AS sign, ${COLUMNS} FROM old_rows UNION ALL SELECT 1, ${COLUMNS} FROM new_rows`)};
        ELSE
          ${applyDeltas(`SELECT -1 AS sign, ${COLUMNS} FROM old_rows`)};
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
    // The triggers' lock on appeal holds writers off until this commits: the backfill misses none.
    await queryRunner.query(applyDeltas(`SELECT 1 AS sign, ${COLUMNS} FROM appeal`));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER appeal_figure_rollup_delete ON appeal`);
    await queryRunner.query(`DROP TRIGGER appeal_figure_rollup_update ON appeal`);
    await queryRunner.query(`DROP TRIGGER appeal_figure_rollup_insert ON appeal`);
    await queryRunner.query(`DROP FUNCTION appeal_figure_rollup_apply()`);
    await queryRunner.query(`DROP TABLE appeal_open_due_rollup`);
    await queryRunner.query(`DROP TABLE appeal_figure_rollup`);
  }
}
