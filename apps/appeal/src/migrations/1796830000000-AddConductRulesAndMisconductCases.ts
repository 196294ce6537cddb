import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 无事不扰十不准 / 有事办好十必须: the seed names two of each (from_source); the rest complete them to
 * ten each, plausibly, and say so (from_source = false). Frozen here: a change is a new migration.
 */
const RULES: ReadonlyArray<[code: string, kind: string, text: string, fromSource: boolean]> = [
  ['NO-01', 'PROHIBITION', '不准政务服务事项超出清单审批、变相审批', true],
  ['NO-02', 'PROHIBITION', '不准各相关部门对企业合理诉求置之不理、推诿扯皮、敷衍塞责', true],
  ['NO-03', 'PROHIBITION', '不准违规向企业收费、摊派或索要赞助', false],
  ['NO-04', 'PROHIBITION', '不准无故到企业检查，随意打扰企业正常生产经营', false],
  ['NO-05', 'PROHIBITION', '不准吃拿卡要，接受企业宴请和礼品礼金', false],
  ['NO-06', 'PROHIBITION', '不准指定中介服务机构或强制企业接受有偿服务', false],
  ['NO-07', 'PROHIBITION', '不准对企业选择性执法、“一刀切”执法', false],
  ['NO-08', 'PROHIBITION', '不准拖欠企业账款、对企业的承诺违约毁约', false],
  ['NO-09', 'PROHIBITION', '不准利用职务之便为本人或亲友经商办企业谋取利益', false],
  ['NO-10', 'PROHIBITION', '不准泄露企业商业秘密和个人信息', false],
  ['MUST-01', 'OBLIGATION', '必须实行清单管理，做到审批服务“零超时”', true],
  ['MUST-02', 'OBLIGATION', '必须实行包容审慎监管、“温情”执法', true],
  ['MUST-03', 'OBLIGATION', '必须一次性告知办事所需材料和流程', false],
  ['MUST-04', 'OBLIGATION', '必须落实首问负责，企业诉求限时答复', false],
  ['MUST-05', 'OBLIGATION', '必须公开办事流程、时限和收费标准', false],
  ['MUST-06', 'OBLIGATION', '必须推动惠企政策直达快享、应享尽享', false],
  ['MUST-07', 'OBLIGATION', '必须对企业诉求跟踪办理、办结反馈', false],
  ['MUST-08', 'OBLIGATION', '必须兑现依法向企业作出的政策承诺', false],
  ['MUST-09', 'OBLIGATION', '必须为重点企业和重点项目提供“一对一”包联服务', false],
  ['MUST-10', 'OBLIGATION', '必须接受营商环境监督员和企业的监督评议', false],
];

/** Findings recorded before rules existed: the rule closest to an undercover finding of neglect. */
const BACKFILL_RULE = 'NO-02';

const CASE_STATUSES = `'REPORTED', 'ACCEPTED', 'ROUTED', 'INVESTIGATED', 'CONCLUDED', 'FOLLOWED_UP', 'RECTIFIED', 'REVIEWED'`;

/** The rule catalogue; every supervision finding cites a rule; misconduct cases (问题讲评) with their steps. */
export class AddConductRulesAndMisconductCases1796830000000 implements MigrationInterface {
  name = 'AddConductRulesAndMisconductCases1796830000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE conduct_rule (
        code text PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('PROHIBITION', 'OBLIGATION')),
        position integer NOT NULL UNIQUE,
        text text NOT NULL,
        from_source boolean NOT NULL
      )`);
    for (const [index, [code, kind, text, fromSource]] of RULES.entries()) {
      await queryRunner.query(
        `INSERT INTO conduct_rule (code, kind, position, text, from_source) VALUES ($1, $2, $3, $4, $5)`,
        [code, kind, index + 1, text, fromSource],
      );
    }

    await queryRunner.query(
      `ALTER TABLE supervision_finding ADD COLUMN rule_code text REFERENCES conduct_rule (code)`,
    );
    await queryRunner.query(`UPDATE supervision_finding SET rule_code = $1`, [BACKFILL_RULE]);
    await queryRunner.query(`ALTER TABLE supervision_finding ALTER COLUMN rule_code SET NOT NULL`);
    await queryRunner.query(
      `CREATE INDEX supervision_finding_rule ON supervision_finding (rule_code)`,
    );

    // department_code belongs to the grid service: stored as given, no foreign key.
    await queryRunner.query(`
      CREATE TABLE misconduct_case (
        id uuid PRIMARY KEY,
        official_name text NOT NULL,
        official_post text NOT NULL,
        department_code text NOT NULL,
        summary text NOT NULL,
        status text NOT NULL CHECK (status IN (${CASE_STATUSES})),
        reported_by text NOT NULL,
        reporter_subject text NOT NULL,
        reporter_role text NOT NULL,
        reported_at timestamptz NOT NULL,
        review text,
        lessons text,
        reviewed_by text,
        reviewed_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        CHECK ((status = 'REVIEWED') = (review IS NOT NULL AND lessons IS NOT NULL))
      )`);
    await queryRunner.query(
      `CREATE INDEX misconduct_case_listing ON misconduct_case (reported_at, id)`,
    );
    await queryRunner.query(
      `CREATE INDEX misconduct_case_reporter ON misconduct_case (reporter_subject, reported_at, id)`,
    );
    await queryRunner.query(`
      CREATE TABLE misconduct_case_rule (
        case_id uuid NOT NULL REFERENCES misconduct_case (id),
        rule_code text NOT NULL REFERENCES conduct_rule (code),
        PRIMARY KEY (case_id, rule_code)
      )`);
    await queryRunner.query(
      `CREATE INDEX misconduct_case_rule_rule ON misconduct_case_rule (rule_code)`,
    );
    await queryRunner.query(`
      CREATE TABLE misconduct_case_entry (
        id uuid PRIMARY KEY,
        insertion_order bigint GENERATED ALWAYS AS IDENTITY,
        case_id uuid NOT NULL REFERENCES misconduct_case (id),
        at timestamptz NOT NULL,
        actor text NOT NULL,
        from_status text CHECK (from_status IN (${CASE_STATUSES})),
        to_status text NOT NULL CHECK (to_status IN (${CASE_STATUSES})),
        note text NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX misconduct_case_entry_case ON misconduct_case_entry (case_id, insertion_order)`,
    );
    // A case's history is a record, like the ledger's: never rewritten.
    await queryRunner.query(`
      CREATE FUNCTION misconduct_case_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'misconduct_case_entry is append-only: % is not allowed', TG_OP;
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER misconduct_case_entry_append_only BEFORE UPDATE OR DELETE ON misconduct_case_entry
      FOR EACH ROW EXECUTE FUNCTION misconduct_case_entry_append_only()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE misconduct_case_entry`);
    await queryRunner.query(`DROP FUNCTION misconduct_case_entry_append_only()`);
    await queryRunner.query(`DROP TABLE misconduct_case_rule`);
    await queryRunner.query(`DROP TABLE misconduct_case`);
    await queryRunner.query(`ALTER TABLE supervision_finding DROP COLUMN rule_code`);
    await queryRunner.query(`DROP TABLE conduct_rule`);
  }
}
