import { createOutboxTable, dropOutboxTable } from '@erqi/shared/data-access-events';
import type { MigrationInterface, QueryRunner } from 'typeorm';

// gen_random_uuid() in a subquery's select list runs once per row (in a LATERAL join without a reference it would run once).
/** ISO 8601 in UTC with milliseconds, as CloudEvents' `time` and our schemas' date-time want it. */
const NOW_ISO = `to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * The enterprise service publishes the enterprise → grid cell registry through an outbox of its own,
 * written in the same transaction as each registration. The enterprises registered already are
 * enqueued once here, so that the compacted topic starts complete.
 */
export class PublishEnterpriseRegistry1796076200000 implements MigrationInterface {
  name = 'PublishEnterpriseRegistry1796076200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createOutboxTable(queryRunner);
    await queryRunner.query(`
      INSERT INTO outbox_message (event_id, topic, message_key, headers, payload)
      SELECT row.event_id, 'enterprise.registry', row.id::text,
        jsonb_build_object('ce_specversion', '1.0', 'ce_id', row.event_id::text, 'ce_type', 'cn.erqi.enterprise.registry-changed',
          'ce_source', '/erqi/enterprise', 'ce_time', ${NOW_ISO}, 'ce_subject', row.id::text, 'content-type', 'application/json'),
        jsonb_build_object('enterpriseId', row.id, 'name', row.name, 'creditCode', row.credit_code, 'gridCellId', row.grid_cell_id,
          'changedAt', ${NOW_ISO})::text
      FROM (SELECT source.*, gen_random_uuid() AS event_id FROM enterprise source) row`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropOutboxTable(queryRunner);
  }
}
