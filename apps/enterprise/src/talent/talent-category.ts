import { registerEnumType } from 'type-graphql';

/** The four kinds of talent the 2024 targets of 双招双引 count. */
export enum TalentCategory {
  /** 高端人才 */
  HIGH_END = 'HIGH_END',
  /** 高层次人才、急需紧缺人才 (recognised) */
  HIGH_LEVEL_OR_URGENT = 'HIGH_LEVEL_OR_URGENT',
  /** 新增技能人才 */
  SKILLED_WORKER = 'SKILLED_WORKER',
  /** 新增高技能人才 */
  HIGHLY_SKILLED_WORKER = 'HIGHLY_SKILLED_WORKER',
}
registerEnumType(TalentCategory, {
  name: 'TalentCategory',
  description:
    'HIGH_END 高端人才, HIGH_LEVEL_OR_URGENT 高层次/急需紧缺人才, SKILLED_WORKER 新增技能人才, HIGHLY_SKILLED_WORKER 新增高技能人才',
});

/** The Chinese name of each category, as the board prints it. */
export const TALENT_CATEGORY_LABELS: Record<TalentCategory, string> = {
  [TalentCategory.HIGH_END]: '高端人才',
  [TalentCategory.HIGH_LEVEL_OR_URGENT]: '高层次及急需紧缺人才',
  [TalentCategory.SKILLED_WORKER]: '新增技能人才',
  [TalentCategory.HIGHLY_SKILLED_WORKER]: '新增高技能人才',
};
