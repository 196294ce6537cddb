import type { MigrationInterface, QueryRunner } from 'typeorm';

// gen_random_uuid() in a subquery's select list runs once per row (in a LATERAL join without a reference it would run once).
/** ISO 8601 in UTC with milliseconds, as CloudEvents' `time` and our schemas' date-time want it. */
const NOW_ISO = `to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * The volunteer service publishes which cells each team covers (`volunteer.team-coverage`, compacted)
 * through its outbox. The teams that exist already are enqueued once here, so the topic starts complete.
 */
export class PublishTeamCoverage1796076300000 implements MigrationInterface {
  name = 'PublishTeamCoverage1796076300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      INSERT INTO outbox_message (event_id, topic, message_key, headers, payload)
      SELECT team.event_id, 'volunteer.team-coverage', team.id::text,
        jsonb_build_object('ce_specversion', '1.0', 'ce_id', team.event_id::text, 'ce_type', 'cn.erqi.volunteer.team-coverage-changed',
          'ce_source', '/erqi/volunteer', 'ce_time', ${NOW_ISO}, 'ce_subject', team.id::text, 'content-type', 'application/json'),
        jsonb_build_object('teamId', team.id, 'teamCode', team.code, 'name', team.name, 'changedAt', ${NOW_ISO},
          'gridCellIds', COALESCE((SELECT jsonb_agg(cell.grid_cell_id ORDER BY cell.grid_cell_id) FROM volunteer_team_grid_cell cell
                                   WHERE cell.volunteer_team_id = team.id), '[]'::jsonb))::text
      FROM (SELECT source.*, gen_random_uuid() AS event_id FROM volunteer_team source) team`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DELETE FROM outbox_message WHERE topic = 'volunteer.team-coverage' AND sent_at IS NULL`,
    );
  }
}
