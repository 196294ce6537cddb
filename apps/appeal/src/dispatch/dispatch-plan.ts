import {
  addWorkingDuration,
  type WorkingCalendar,
  type WorkingDuration,
} from '@erqi/shared/util-working-calendar';
import type { DirectoryTeam } from './volunteer-team-directory';
import type { DispatchRule, RuleDepartment } from './dispatch-rule.entity';
import { DispatchRole, DispatchTargetKind, ROLE_LABELS } from './dispatch.enums';

/** One department or team an appeal goes to, and why. */
export interface DispatchTarget {
  kind: DispatchTargetKind;
  id: string;
  code: string;
  role: DispatchRole;
}

/**
 * The rule that applies to an appeal in `gridCellId`, of the rules of its category: the cell's own
 * over the category-wide ones, then the higher priority, then the older (a unique index makes the
 * last a formality). Undefined when none applies: the category's default department leads alone.
 */
export function chooseRule(
  rules: readonly DispatchRule[],
  gridCellId: string,
): DispatchRule | undefined {
  const specificity = (rule: DispatchRule): number =>
    rule.gridCellId === gridCellId ? 1 : rule.gridCellId === null ? 0 : -1;
  return rules
    .filter((rule) => specificity(rule) >= 0)
    .sort(
      (a, b) =>
        specificity(b) - specificity(a) ||
        b.priority - a.priority ||
        a.createdAt.getTime() - b.createdAt.getTime() ||
        a.id.localeCompare(b.id),
    )[0];
}

/** The lead first, then the assisting departments in the rule's order, then the teams; each target once. */
export function dispatchTargets(
  lead: RuleDepartment,
  assisting: readonly RuleDepartment[],
  teams: readonly DirectoryTeam[],
): DispatchTarget[] {
  const targets: DispatchTarget[] = [
    { kind: DispatchTargetKind.DEPARTMENT, ...lead, role: DispatchRole.LEAD },
  ];
  const seen = new Set([`${DispatchTargetKind.DEPARTMENT}:${lead.id}`]);
  const add = (target: DispatchTarget): void => {
    const key = `${target.kind}:${target.id}`;
    if (seen.has(key)) return;
    seen.add(key);
    targets.push(target);
  };
  for (const department of assisting)
    add({
      kind: DispatchTargetKind.DEPARTMENT,
      id: department.id,
      code: department.code,
      role: DispatchRole.ASSISTING,
    });
  for (const team of teams)
    add({
      kind: DispatchTargetKind.VOLUNTEER_TEAM,
      id: team.id,
      code: team.code,
      role: DispatchRole.VOLUNTEER,
    });
  return targets;
}

/**
 * When a department must report in (报到): `window` of working time after the dispatch (weekends and
 * holidays do not count), but never after the appeal is due. Volunteer teams are not asked to report in.
 */
export function acknowledgeByFor(
  target: DispatchTarget,
  dispatchedAt: Date,
  window: WorkingDuration,
  calendar: WorkingCalendar,
  dueAt: Date,
): Date | null {
  if (target.kind !== DispatchTargetKind.DEPARTMENT) return null;
  return new Date(
    Math.min(addWorkingDuration(calendar, dispatchedAt, window).getTime(), dueAt.getTime()),
  );
}

/** The timeline note of a dispatch, e.g. "派发: dispatched to URBAN_MANAGEMENT (lead), BAGUAMIAO_CREW (volunteer team)". */
export function dispatchNote(targets: readonly DispatchTarget[]): string {
  return `派发: dispatched to ${targets.map((target) => `${target.code} (${ROLE_LABELS[target.role]})`).join(', ')}`;
}

/** The timeline note of a department reporting in. */
export function acknowledgementNote(departmentCode: string): string {
  return `报到: ${departmentCode} reported in`;
}
