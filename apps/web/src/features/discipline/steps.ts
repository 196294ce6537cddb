import type { MisconductCaseStatus, MisconductStep } from '../../graphql/generated';

/** 问题讲评's six steps in order: 集中受理 → 直办转办 → 调查处理 → 结案反馈 → 评价回访 → 整改提升. */
export const SIX_STEPS: readonly MisconductStep[] = [
  'CENTRAL_INTAKE',
  'DIRECT_OR_TRANSFER',
  'INVESTIGATION',
  'CLOSURE_FEEDBACK',
  'FOLLOW_UP_VISIT',
  'RECTIFICATION',
];

/** The statuses in order; a case at index i has taken the first i steps (REVIEWED: all six and 讲评). */
const ORDER: readonly MisconductCaseStatus[] = [
  'REPORTED',
  'ACCEPTED',
  'ROUTED',
  'INVESTIGATED',
  'CONCLUDED',
  'FOLLOWED_UP',
  'RECTIFIED',
  'REVIEWED',
];

/** How many of the six steps a case in this status has taken (6 for RECTIFIED and REVIEWED). */
export function stepsTaken(status: MisconductCaseStatus): number {
  return Math.min(ORDER.indexOf(status), SIX_STEPS.length);
}
