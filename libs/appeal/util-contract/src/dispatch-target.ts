/** Who an appeal is dispatched to: a department (职能部门) or a volunteer team (志愿服务队). */
export const DispatchTargetKind = {
  DEPARTMENT: 'DEPARTMENT',
  VOLUNTEER_TEAM: 'VOLUNTEER_TEAM',
} as const;
export type DispatchTargetKind = (typeof DispatchTargetKind)[keyof typeof DispatchTargetKind];

export const DISPATCH_TARGET_KINDS: readonly DispatchTargetKind[] =
  Object.values(DispatchTargetKind);

/** What the target of a dispatch is asked to do. */
export const DispatchRole = {
  /** 牵头: handles the case and answers for it. */
  LEAD: 'LEAD',
  /** 协办: helps the lead department (合力共办). */
  ASSISTING: 'ASSISTING',
  /** 志愿服务: a volunteer team covering the cell takes a task. */
  VOLUNTEER: 'VOLUNTEER',
} as const;
export type DispatchRole = (typeof DispatchRole)[keyof typeof DispatchRole];
