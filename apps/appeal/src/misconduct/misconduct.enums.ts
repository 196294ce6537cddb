import { registerEnumType } from 'type-graphql';

/** Where a misconduct case (违法违纪案件) stands: reported, then each of the six steps done, then 讲评. */
export enum MisconductCaseStatus {
  /** 已报告: a supervisor reported it, or the discipline officer filed it. */
  REPORTED = 'REPORTED',
  /** 集中受理 done. */
  ACCEPTED = 'ACCEPTED',
  /** 直办转办 done: handled directly or passed to the body that investigates. */
  ROUTED = 'ROUTED',
  /** 调查处理 done. */
  INVESTIGATED = 'INVESTIGATED',
  /** 结案反馈 done: closed and the reporter told. */
  CONCLUDED = 'CONCLUDED',
  /** 评价回访 done: the enterprise or reporter visited again and asked. */
  FOLLOWED_UP = 'FOLLOWED_UP',
  /** 整改提升 done: the department rectified; the case awaits its 讲评. */
  RECTIFIED = 'RECTIFIED',
  /** 讲评: the case review and its lessons are written; nothing follows. */
  REVIEWED = 'REVIEWED',
}
registerEnumType(MisconductCaseStatus, {
  name: 'MisconductCaseStatus',
  description:
    'REPORTED → ACCEPTED → ROUTED → INVESTIGATED → CONCLUDED → FOLLOWED_UP → RECTIFIED → REVIEWED (讲评)',
});

/** The six steps of the closed loop (问题讲评机制), taken in this order. */
export enum MisconductStep {
  /** 集中受理 */
  CENTRAL_INTAKE = 'CENTRAL_INTAKE',
  /** 直办转办 */
  DIRECT_OR_TRANSFER = 'DIRECT_OR_TRANSFER',
  /** 调查处理 */
  INVESTIGATION = 'INVESTIGATION',
  /** 结案反馈 */
  CLOSURE_FEEDBACK = 'CLOSURE_FEEDBACK',
  /** 评价回访 */
  FOLLOW_UP_VISIT = 'FOLLOW_UP_VISIT',
  /** 整改提升 */
  RECTIFICATION = 'RECTIFICATION',
}
registerEnumType(MisconductStep, {
  name: 'MisconductStep',
  description:
    '集中受理 CENTRAL_INTAKE → 直办转办 DIRECT_OR_TRANSFER → 调查处理 INVESTIGATION → 结案反馈 CLOSURE_FEEDBACK → 评价回访 FOLLOW_UP_VISIT → 整改提升 RECTIFICATION',
});
