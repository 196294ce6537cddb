import { MisconductCaseStatus, MisconductStep } from './misconduct.enums';

interface StepRule {
  /** The status the case must be in. */
  from: MisconductCaseStatus;
  /** The status once the step is done. */
  to: MisconductCaseStatus;
  /** The step's name in the source, written on the history. */
  label: string;
}

/** The closed loop as data: each step from exactly one status, so the six go in order. */
export const MISCONDUCT_STEPS: Readonly<Record<MisconductStep, StepRule>> = {
  [MisconductStep.CENTRAL_INTAKE]: {
    from: MisconductCaseStatus.REPORTED,
    to: MisconductCaseStatus.ACCEPTED,
    label: '集中受理',
  },
  [MisconductStep.DIRECT_OR_TRANSFER]: {
    from: MisconductCaseStatus.ACCEPTED,
    to: MisconductCaseStatus.ROUTED,
    label: '直办转办',
  },
  [MisconductStep.INVESTIGATION]: {
    from: MisconductCaseStatus.ROUTED,
    to: MisconductCaseStatus.INVESTIGATED,
    label: '调查处理',
  },
  [MisconductStep.CLOSURE_FEEDBACK]: {
    from: MisconductCaseStatus.INVESTIGATED,
    to: MisconductCaseStatus.CONCLUDED,
    label: '结案反馈',
  },
  [MisconductStep.FOLLOW_UP_VISIT]: {
    from: MisconductCaseStatus.CONCLUDED,
    to: MisconductCaseStatus.FOLLOWED_UP,
    label: '评价回访',
  },
  [MisconductStep.RECTIFICATION]: {
    from: MisconductCaseStatus.FOLLOWED_UP,
    to: MisconductCaseStatus.RECTIFIED,
    label: '整改提升',
  },
};

/** The step a case in `status` takes next; null once all six are done. */
export function nextStepOf(status: MisconductCaseStatus): MisconductStep | null {
  const steps = Object.entries(MISCONDUCT_STEPS) as Array<[MisconductStep, StepRule]>;
  return steps.find(([, rule]) => rule.from === status)?.[0] ?? null;
}
