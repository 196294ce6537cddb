import { registerEnumType } from 'type-graphql';

/** Where a finding of the undercover-supervision ledger (暗访督导台账) stands. */
export enum FindingStatus {
  /** 已登记: recorded by a supervisor, the department has not started. */
  OPEN = 'OPEN',
  /** 整改中: the department is rectifying. */
  RECTIFYING = 'RECTIFYING',
  /** 已整改: the department reports it rectified; a supervisor still has to check. */
  RECTIFIED = 'RECTIFIED',
  /** 对账销号: a supervisor checked the rectification and struck the item off. */
  VERIFIED = 'VERIFIED',
}
registerEnumType(FindingStatus, {
  name: 'FindingStatus',
  description:
    'OPEN → RECTIFYING → RECTIFIED → VERIFIED (对账销号); a rejected rectification goes back to RECTIFYING',
});
