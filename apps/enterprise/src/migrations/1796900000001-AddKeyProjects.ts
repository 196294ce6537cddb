import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The seed's factory hall of 河南八方顺亿实业有限公司 (`stableId('project', 'bafang-new-factory-hall')`). */
const FACTORY_HALL_PROJECT_ID = '740ffd9b-38df-57f6-a6ef-00db00636040';

/**
 * 重点项目: a project the district follows as key (区领导联系重点企业和项目). A flag on the project,
 * false for every project there is, except the seed's factory hall, which the seed marks key (a database
 * seeded before this migration has it already and would not be seeded again).
 */
export class AddKeyProjects1796900000001 implements MigrationInterface {
  name = 'AddKeyProjects1796900000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE project ADD COLUMN key_project boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(`UPDATE project SET key_project = true WHERE id = $1`, [
      FACTORY_HALL_PROJECT_ID,
    ]);
    await queryRunner.query(`CREATE INDEX project_key ON project (name, id) WHERE key_project`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX project_key`);
    await queryRunner.query(`ALTER TABLE project DROP COLUMN key_project`);
  }
}
