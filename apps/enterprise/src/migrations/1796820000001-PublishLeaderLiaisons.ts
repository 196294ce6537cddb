import type { MigrationInterface, QueryRunner } from 'typeorm';

/** ISO 8601 in UTC with milliseconds, as CloudEvents' `time` and our schemas' date-time want it. */
const NOW_ISO = `to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * 领导联系企业 by the event path: every enterprise's registry record is published once more, now
 * with the leaders (token subjects) liaising with it, so that the appeal service learns the liaisons
 * made before its records carried them. Later changes publish the record in their own transaction.
 */
export class PublishLeaderLiaisons1796820000001 implements MigrationInterface {
  name = 'PublishLeaderLiaisons1796820000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      INSERT INTO outbox_message (event_id, topic, message_key, headers, payload)
      SELECT row.event_id, 'enterprise.registry', row.id::text,
        jsonb_build_object('ce_specversion', '1.0', 'ce_id', row.event_id::text, 'ce_type', 'cn.erqi.enterprise.registry-changed',
          'ce_source', '/erqi/enterprise', 'ce_time', ${NOW_ISO}, 'ce_subject', row.id::text, 'content-type', 'application/json'),
        jsonb_build_object('enterpriseId', row.id, 'name', row.name, 'creditCode', row.credit_code, 'gridCellId', row.grid_cell_id,
          'changedAt', ${NOW_ISO}, 'leaderSubjects', row.leader_subjects)::text
      FROM (
        SELECT source.*, gen_random_uuid() AS event_id,
          COALESCE((SELECT jsonb_agg(liaison.leader_subject ORDER BY liaison.leader_subject)
                    FROM leader_liaison liaison WHERE liaison.enterprise_id = source.id), '[]'::jsonb) AS leader_subjects
        FROM enterprise source
      ) row`);
  }

  async down(): Promise<void> {
    // Published records stay published; the previous records simply did not name the leaders.
  }
}
