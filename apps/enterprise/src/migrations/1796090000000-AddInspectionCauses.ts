import { createAppliedEventTable, dropAppliedEventTable } from '@erqi/shared/data-access-events';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Sample entries (the district's legal office keeps the real list): code, citation, what it empowers. */
const SAMPLE_LEGAL_BASES: ReadonlyArray<[code: string, citation: string, scope: string]> = [
  ['AQSC-65', '《中华人民共和国安全生产法》第六十五条', '安全生产监督检查'],
  ['XF-53', '《中华人民共和国消防法》第五十三条', '消防监督检查'],
  ['SPAQ-110', '《中华人民共和国食品安全法》第一百一十条', '食品生产经营监督检查'],
  ['TZSB-61', '《中华人民共和国特种设备安全法》第六十一条', '特种设备安全监督检查'],
  ['HJBH-24', '《中华人民共和国环境保护法》第二十四条', '排污单位现场检查'],
  ['CPZL-18', '《中华人民共和国产品质量法》第十八条', '产品质量违法行为查处'],
  ['SSZG-54', '《中华人民共和国税收征收管理法》第五十四条', '税务检查'],
  ['LDBZ-15', '《劳动保障监察条例》第十五条', '劳动保障监察'],
];

/**
 * The two kinds of cause an inspection may rest on (无事不扰): an open appeal of the enterprise, known
 * from the appeal service's events (`known_appeal`, with the applied-event table and the consumer
 * group's name), or an entry of the catalogue of legal bases (`inspection_legal_basis`), seeded with
 * sample entries marked as such.
 */
export class AddInspectionCauses1796090000000 implements MigrationInterface {
  name = 'AddInspectionCauses1796090000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createAppliedEventTable(queryRunner);
    await queryRunner.query(`
      CREATE TABLE known_appeal (
        id uuid PRIMARY KEY,
        enterprise_id uuid NOT NULL,
        status text NOT NULL,
        changed_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX known_appeal_enterprise ON known_appeal (enterprise_id)`);
    await queryRunner.query(
      `CREATE TABLE consumer_instance (id text PRIMARY KEY, created_at timestamptz NOT NULL DEFAULT now())`,
    );
    await queryRunner.query(`INSERT INTO consumer_instance (id) VALUES (gen_random_uuid()::text)`);
    await queryRunner.query(`
      CREATE TABLE inspection_legal_basis (
        code text PRIMARY KEY CHECK (code ~ '^[A-Z0-9-]{2,40}$'),
        citation text NOT NULL UNIQUE CHECK (char_length(citation) BETWEEN 1 AND 200),
        scope text NOT NULL,
        sample boolean NOT NULL
      )`);
    for (const [code, citation, scope] of SAMPLE_LEGAL_BASES)
      await queryRunner.query(
        `INSERT INTO inspection_legal_basis (code, citation, scope, sample) VALUES ($1, $2, $3, true)`,
        [code, citation, scope],
      );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE inspection_legal_basis`);
    await queryRunner.query(`DROP TABLE consumer_instance`);
    await queryRunner.query(`DROP TABLE known_appeal`);
    await dropAppliedEventTable(queryRunner);
  }
}
