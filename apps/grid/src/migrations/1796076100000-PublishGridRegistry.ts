import { createOutboxTable, dropOutboxTable } from '@erqi/shared/data-access-events';
import type { MigrationInterface, QueryRunner } from 'typeorm';

// gen_random_uuid() in a subquery's select list runs once per row (in a LATERAL join without a reference it would run once).
/** ISO 8601 in UTC with milliseconds, as CloudEvents' `time` and our schemas' date-time want it. */
const NOW_ISO = `to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** One outbox row per row of `table`: a CloudEvent of `type` on `topic`, keyed by the row's id. */
function snapshotSql(table: string, topic: string, type: string, data: string): string {
  return `
    INSERT INTO outbox_message (event_id, topic, message_key, headers, payload)
    SELECT row.event_id, '${topic}', row.id::text,
      jsonb_build_object('ce_specversion', '1.0', 'ce_id', row.event_id::text, 'ce_type', '${type}', 'ce_source', '/erqi/grid',
        'ce_time', ${NOW_ISO}, 'ce_subject', row.id::text, 'content-type', 'application/json'),
      (${data})::text
    FROM (SELECT source.*, gen_random_uuid() AS event_id FROM ${table} source) row`;
}

/**
 * The grid service publishes its registries (departments, grid cells) through an outbox of its own,
 * written in the same transaction as each change. The rows that exist already are enqueued once here,
 * so that the compacted topics start complete.
 */
export class PublishGridRegistry1796076100000 implements MigrationInterface {
  name = 'PublishGridRegistry1796076100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createOutboxTable(queryRunner);
    await queryRunner.query(
      snapshotSql(
        'department',
        'grid.departments',
        'cn.erqi.grid.department-changed',
        `jsonb_build_object('departmentId', row.id, 'code', row.code, 'name', row.name, 'changedAt', ${NOW_ISO})`,
      ),
    );
    await queryRunner.query(
      snapshotSql(
        'grid_cell',
        'grid.grid-cells',
        'cn.erqi.grid.grid-cell-changed',
        `jsonb_build_object('gridCellId', row.id, 'code', row.code, 'name', row.name, 'kind', row.kind, 'changedAt', ${NOW_ISO})`,
      ),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropOutboxTable(queryRunner);
  }
}
