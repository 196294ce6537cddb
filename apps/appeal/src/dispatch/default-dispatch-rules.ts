import {
  type AppealCategoryFixture,
  departmentByCode,
  stableId,
} from '@erqi/shared/util-seed-fixtures';
import type { DispatchRule } from './dispatch-rule.entity';

/**
 * The departments that help by default (合力共办), by category: the problems around a site need the
 * builders too, an event needs safety and the street office beside the organiser, an environmental
 * assessment the approval office, a loan the mortgage registrar.
 */
export const DEFAULT_ASSISTING_DEPARTMENTS: Readonly<Record<string, readonly string[]>> = {
  SURROUNDINGS: ['HOUSING_CONSTRUCTION'],
  EVENT_SUPPORT: ['EMERGENCY_MANAGEMENT', 'HOUZHAI_STREET_OFFICE'],
  SNOW_AND_ICE: ['HOUZHAI_STREET_OFFICE'],
  // 环评: the approval office issues what the environment bureau assesses.
  ENVIRONMENT: ['ADMINISTRATIVE_APPROVAL'],
  // 政银企对接: market regulation registers the chattel mortgage (动产抵押登记) a loan often needs.
  FINANCING: ['MARKET_REGULATION'],
};

/** One category-wide rule per category: its default department leads, with the helpers above. */
export function defaultDispatchRules(
  categories: readonly AppealCategoryFixture[],
  now: Date,
): DispatchRule[] {
  const department = (code: string) => ({ id: departmentByCode(code).id, code });
  return categories.map((category) => {
    const lead = department(category.defaultDepartmentCode);
    return {
      id: stableId('dispatch-rule', category.code),
      categoryCode: category.code,
      gridCellId: null,
      leadDepartmentId: lead.id,
      leadDepartmentCode: lead.code,
      assistingDepartments: (DEFAULT_ASSISTING_DEPARTMENTS[category.code] ?? []).map(department),
      priority: 0,
      createdAt: now,
      updatedAt: now,
    };
  });
}
