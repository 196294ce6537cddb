import { stableId } from '@erqi/shared/util-seed-fixtures';
import type { EntityManager } from 'typeorm';
import { TalentCategory } from '../talent/talent-category';

/**
 * Sample 双招双引 ledger (invented, `sample = true`): projects and talents with the promises made to
 * them, owned by the seed's departments, some kept, some due. No company here carries the district's
 * brands; the names are made up.
 */
const projects = [
  ['智能装备产业园（示例）', '河南智造装备投资有限公司（示例）', 32_000, '2024-01-18'],
  ['冷链物流分拨中心（示例）', '郑州冷链物流集团有限公司（示例）', 12_500, '2024-02-26'],
] as const;

const talents = [
  ['李博士（示例）', TalentCategory.HIGH_END, '河南智造装备投资有限公司（示例）', '2024-02-01'],
  [
    '周工程师（示例）',
    TalentCategory.HIGH_LEVEL_OR_URGENT,
    '郑州冷链物流集团有限公司（示例）',
    '2024-02-20',
  ],
] as const;

/** [recipient (project or talent index), text, owner department, due on, fulfilled] */
const promises: ReadonlyArray<
  [recipient: { project: number } | { talent: number }, string, string, string, boolean]
> = [
  [
    { project: 0 },
    '15 个工作日内完成项目用地规划条件核定',
    'HOUSING_CONSTRUCTION',
    '2024-02-29',
    true,
  ],
  [{ project: 0 }, '协调办理施工许可并联审批', 'ADMINISTRATIVE_APPROVAL', '2024-06-30', false],
  [{ project: 1 }, '兑现物流企业落户奖励首期资金', 'DEVELOPMENT_REFORM', '2024-09-30', false],
  [{ project: 1 }, '协调解决园区周边道路照明', 'URBAN_MANAGEMENT', '2027-03-31', false],
  [{ talent: 0 }, '人才公寓一套，免租三年', 'HUMAN_RESOURCES', '2024-04-30', false],
  [{ talent: 0 }, '子女入学协调', 'HUMAN_RESOURCES', '2024-08-31', false],
  [{ talent: 1 }, '急需紧缺人才认定及安家补贴', 'HUMAN_RESOURCES', '2027-06-30', false],
];

/** Sample recognitions of 2024 (invented figures, marked sample), well short of the targets early in the year. */
const recognitions: ReadonlyArray<[TalentCategory, number, string, string]> = [
  [TalentCategory.HIGH_END, 86, '2024-02-29', '第一批高端人才引进（示例）'],
  [TalentCategory.HIGH_LEVEL_OR_URGENT, 9, '2024-02-29', '第一批高层次及急需紧缺人才认定（示例）'],
  [TalentCategory.SKILLED_WORKER, 3_120, '2024-02-29', '春季职业技能培训取证（示例）'],
  [TalentCategory.HIGHLY_SKILLED_WORKER, 1_980, '2024-02-29', '高技能人才评价（示例）'],
];

export async function seedInvestmentSamples(
  manager: EntityManager,
  departments: ReadonlyArray<{ id: string; code: string; name: string }>,
  now: Date,
): Promise<void> {
  // The seed's own copy of the department registry, until grid's records arrive (same ids).
  for (const department of departments)
    await manager.query(
      `INSERT INTO known_department (id, code, name, changed_at) VALUES ($1, $2, $3, 'epoch')
       ON CONFLICT DO NOTHING`,
      [department.id, department.code, department.name],
    );
  for (const [name, investor, amount, signedOn] of projects)
    await manager.query(
      `INSERT INTO attracted_project (id, name, investor, investment_ten_thousand_yuan, signed_on, sample, created_at)
       VALUES ($1, $2, $3, $4, $5, true, $6) ON CONFLICT (id) DO NOTHING`,
      [stableId('attracted-project', name), name, investor, amount, signedOn, now],
    );
  for (const [name, category, employer, arrivedOn] of talents)
    await manager.query(
      `INSERT INTO attracted_talent (id, name, category, employer, arrived_on, sample, created_at)
       VALUES ($1, $2, $3, $4, $5, true, $6) ON CONFLICT (id) DO NOTHING`,
      [stableId('attracted-talent', name), name, category, employer, arrivedOn, now],
    );
  for (const [recipient, text, department, dueOn, fulfilled] of promises) {
    const projectId =
      'project' in recipient
        ? stableId('attracted-project', projects[recipient.project]?.[0] ?? '')
        : null;
    const talentId =
      'talent' in recipient
        ? stableId('attracted-talent', talents[recipient.talent]?.[0] ?? '')
        : null;
    await manager.query(
      `INSERT INTO policy_promise (id, project_id, talent_id, text, owner_department_code, due_on, state,
                                   fulfilled_at, fulfilled_by, fulfilment_note, sample, created_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, true, 'seed', $11) ON CONFLICT (id) DO NOTHING`,
      [
        stableId('policy-promise', text),
        projectId,
        talentId,
        text,
        department,
        dueOn,
        fulfilled ? 'FULFILLED' : 'PENDING',
        fulfilled ? new Date(`${dueOn}T02:00:00Z`) : null,
        fulfilled ? 'seed' : null,
        fulfilled ? '已按期兑现（示例）' : null,
        now,
      ],
    );
  }
  for (const [category, count, recognisedOn, note] of recognitions)
    await manager.query(
      `INSERT INTO talent_recognition (id, year, category, count, recognised_on, note, sample, recorded_by, recorded_at)
       VALUES ($1, 2024, $2, $3, $4, $5, true, 'seed', $6) ON CONFLICT (id) DO NOTHING`,
      [stableId('talent-recognition', note), category, count, recognisedOn, note, now],
    );
}
