import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 督办: the overdue mark moves from the appeal row into the escalation ledger. An appeal is marked
 * while one of its escalations is not yet cleared (`cleared_at IS NULL`), so the row the watcher's
 * claim inserts is the mark: a catch-up no longer UPDATEs the appeal (a new version of a wide row and
 * an entry in each of its indexes, `overdue` being in `appeal_overdue`), and clearing touches only the
 * ledger. Expand step: `appeal.overdue` and `appeal_overdue` stay for the release before this one,
 * which still reads and writes them during a rolling update; nothing reads them from here on, and the
 * next release drops them.
 */
export class MoveOverdueMarkToEscalations1797120000000 implements MigrationInterface {
  name = 'MoveOverdueMarkToEscalations1797120000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE appeal_escalation ADD COLUMN cleared_at timestamptz`);
    // What the old mark said: the escalations of an appeal no longer marked were cleared already.
    await queryRunner.query(`
      UPDATE appeal_escalation e SET cleared_at = now()
      FROM appeal a WHERE a.id = e.appeal_id AND NOT a.overdue`);
    // Appeal.overdue for a page of appeals and the watcher's clearing look only at standing escalations.
    await queryRunner.query(
      `CREATE INDEX appeal_escalation_standing ON appeal_escalation (appeal_id) WHERE cleared_at IS NULL`,
    );
    await queryRunner.query(
      `COMMENT ON COLUMN appeal.overdue IS 'superseded by appeal_escalation.cleared_at (1797120000000); kept for the release before, dropped by the next'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`COMMENT ON COLUMN appeal.overdue IS NULL`);
    await queryRunner.query(`
      UPDATE appeal a SET overdue = EXISTS (
        SELECT 1 FROM appeal_escalation e WHERE e.appeal_id = a.id AND e.cleared_at IS NULL)
      WHERE a.overdue <> EXISTS (
        SELECT 1 FROM appeal_escalation e WHERE e.appeal_id = a.id AND e.cleared_at IS NULL)`);
    await queryRunner.query(`DROP INDEX appeal_escalation_standing`);
    await queryRunner.query(`ALTER TABLE appeal_escalation DROP COLUMN cleared_at`);
  }
}
