/** 领导领办: the four ways a case is led, each with its own deadline. */
export const HandlingMode = {
  /** 急事即知即办: urgent, handled the moment it is known. */
  URGENT: 'URGENT',
  /** 难事建账领办: hard, put on a ledger and led by a leader. */
  LEDGER: 'LEDGER',
  /** 愁事合力共办: worrying, several departments handle it together. */
  JOINT: 'JOINT',
  /** 盼事跟踪盯办: hoped-for, tracked until done. */
  TRACKED: 'TRACKED',
} as const;
export type HandlingMode = (typeof HandlingMode)[keyof typeof HandlingMode];

export const HANDLING_MODES: readonly HandlingMode[] = Object.values(HandlingMode);
