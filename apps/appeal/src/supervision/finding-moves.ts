import { Role } from '@erqi/shared/util-auth';
import { FindingStatus } from './supervision.enums';

export type FindingMove =
  'startRectification' | 'reportRectified' | 'verifyFinding' | 'rejectRectification';

export interface FindingMoveRule {
  from: readonly FindingStatus[];
  to: FindingStatus;
  /** Who may make it; DEPARTMENT_STAFF only for their own department's findings. */
  roles: readonly Role[];
  /** The history note when the caller gives none. */
  defaultNote: string;
}

/** The ledger's life cycle: the department rectifies, a supervisor strikes it off (对账销号) or sends it back. */
export const FINDING_MOVES: Readonly<Record<FindingMove, FindingMoveRule>> = {
  startRectification: {
    from: [FindingStatus.OPEN],
    to: FindingStatus.RECTIFYING,
    roles: [Role.DEPARTMENT_STAFF],
    defaultNote: '部门开始整改',
  },
  reportRectified: {
    from: [FindingStatus.RECTIFYING],
    to: FindingStatus.RECTIFIED,
    roles: [Role.DEPARTMENT_STAFF],
    defaultNote: '部门报告整改完成',
  },
  verifyFinding: {
    from: [FindingStatus.RECTIFIED],
    to: FindingStatus.VERIFIED,
    roles: [Role.SUPERVISOR, Role.ADMIN],
    defaultNote: '对账销号',
  },
  rejectRectification: {
    from: [FindingStatus.RECTIFIED],
    to: FindingStatus.RECTIFYING,
    roles: [Role.SUPERVISOR, Role.ADMIN],
    defaultNote: '整改不到位，退回重新整改',
  },
};
