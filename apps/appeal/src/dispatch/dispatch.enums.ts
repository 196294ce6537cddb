import { registerEnumType } from 'type-graphql';

/** Who an appeal is dispatched to: a department (职能部门) or a volunteer team (志愿服务队). */
export enum DispatchTargetKind {
  DEPARTMENT = 'DEPARTMENT',
  VOLUNTEER_TEAM = 'VOLUNTEER_TEAM',
}
registerEnumType(DispatchTargetKind, { name: 'DispatchTargetKind', description: 'Whether a dispatch went to a department or to a volunteer team' });

/** What the target is asked to do. */
export enum DispatchRole {
  /** 牵头: handles the case and answers for it. */
  LEAD = 'LEAD',
  /** 协办: helps the lead department (合力共办). */
  ASSISTING = 'ASSISTING',
  /** 志愿服务: a volunteer team covering the cell takes a task. */
  VOLUNTEER = 'VOLUNTEER',
}
registerEnumType(DispatchRole, { name: 'DispatchRole', description: 'LEAD handles the case, ASSISTING departments help, VOLUNTEER teams take a task' });

/** How a role reads in the timeline note. */
export const ROLE_LABELS: Record<DispatchRole, string> = {
  [DispatchRole.LEAD]: 'lead',
  [DispatchRole.ASSISTING]: 'assisting',
  [DispatchRole.VOLUNTEER]: 'volunteer team',
};
