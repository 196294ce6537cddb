import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 照片 and the offline queue's id. An appeal remembers who filed it and the id the filing device
 * gave it, unique per submitter: a resend after a lost answer finds the appeal already filed, and
 * one person's ids can never collide with, or reveal, another's. Photos are kept as bytes, owned by
 * their uploader until a submission attaches them (in order) to its appeal; unattached ones are swept.
 */
export class AddPhotosAndClientRequestIds1796098900000 implements MigrationInterface {
  name = 'AddPhotosAndClientRequestIds1796098900000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE appeal ADD COLUMN submitted_by text`);
    await queryRunner.query(`ALTER TABLE appeal ADD COLUMN client_request_id uuid`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX appeal_client_request ON appeal (submitted_by, client_request_id) WHERE client_request_id IS NOT NULL`,
    );
    await queryRunner.query(`
      CREATE TABLE appeal_photo (
        id uuid PRIMARY KEY,
        uploader_subject text NOT NULL,
        content_type text NOT NULL,
        bytes int NOT NULL,
        content bytea NOT NULL,
        uploaded_at timestamptz NOT NULL,
        appeal_id uuid REFERENCES appeal (id) ON DELETE CASCADE,
        position smallint,
        CONSTRAINT appeal_photo_attached_in_place CHECK ((appeal_id IS NULL) = (position IS NULL))
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX appeal_photo_appeal ON appeal_photo (appeal_id, position) WHERE appeal_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX appeal_photo_unattached ON appeal_photo (uploader_subject, uploaded_at) WHERE appeal_id IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX appeal_photo_unattached_age ON appeal_photo (uploaded_at) WHERE appeal_id IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE appeal_photo`);
    await queryRunner.query(`DROP INDEX appeal_client_request`);
    await queryRunner.query(`ALTER TABLE appeal DROP COLUMN client_request_id`);
    await queryRunner.query(`ALTER TABLE appeal DROP COLUMN submitted_by`);
  }
}
