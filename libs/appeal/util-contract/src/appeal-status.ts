/**
 * Where an appeal is on the closed loop 集中受理 → 直办转办 → 调查处理 → 结案反馈 → 评价回访 → 整改提升.
 * A const object rather than an enum, so that the literal `'SUBMITTED'` (fixtures, events) is one too.
 */
export const AppealStatus = {
  /** 已提交: received, not yet taken in. */
  SUBMITTED: 'SUBMITTED',
  /** 集中受理: taken in and registered. */
  ACCEPTED: 'ACCEPTED',
  /** 直办: the lead department handles it directly. */
  HANDLING: 'HANDLING',
  /** 转办: passed on to the department that can act. */
  TRANSFERRED: 'TRANSFERRED',
  /** 结案反馈: handled, feedback given to the enterprise. */
  RESOLVED: 'RESOLVED',
  /** 评价回访: the enterprise has rated the result on a return visit. */
  EVALUATED: 'EVALUATED',
  /** 办结: closed. */
  CLOSED: 'CLOSED',
  /** 整改提升: the evaluation was unsatisfied, so the case is back in handling. */
  REOPENED: 'REOPENED',
} as const;
export type AppealStatus = (typeof AppealStatus)[keyof typeof AppealStatus];

/** Every status, in the order of the loop. */
export const APPEAL_STATUSES: readonly AppealStatus[] = Object.values(AppealStatus);

/** Statuses in which an appeal waits for nothing more from the departments: its deadlines no longer matter. */
export const SETTLED_STATUSES: readonly AppealStatus[] = [
  AppealStatus.RESOLVED,
  AppealStatus.EVALUATED,
  AppealStatus.CLOSED,
];

/** Why an appeal was closed. */
export const ClosureReason = {
  /** 办结: closed after a satisfied (3–5) evaluation. */
  EVALUATED: 'EVALUATED',
  /** Nobody evaluated it within the evaluation window: recorded as no response, not as satisfied. */
  NO_RESPONSE: 'NO_RESPONSE',
  /** A duplicate, merged into the earlier appeal it repeats. */
  MERGED: 'MERGED',
} as const;
export type ClosureReason = (typeof ClosureReason)[keyof typeof ClosureReason];
