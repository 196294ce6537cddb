import { type DueState, dueState, hoursAndMinutes } from '../../format/time';

/** The part of a dispatch (派单) the desk reads. */
export interface DispatchLike {
  targetKind: 'DEPARTMENT' | 'VOLUNTEER_TEAM';
  targetCode: string;
  dispatchedAt: string;
  acknowledgeBy: string | null;
  acknowledgedAt: string | null;
  /** Working minutes left, as the server counts them with its calendar (null once reported in). */
  acknowledgeWorkingMinutesLeft: number | null;
}

/**
 * The dispatch of an appeal to this department: the latest one, since a transfer (转办) dispatches
 * anew and only the newest deadline counts.
 */
export function dispatchTo<T extends DispatchLike>(
  dispatches: readonly T[],
  departmentCode: string | undefined,
): T | undefined {
  return dispatches
    .filter((dispatch) => dispatch.targetKind === 'DEPARTMENT')
    .filter((dispatch) => dispatch.targetCode === departmentCode)
    .sort((a, b) => a.dispatchedAt.localeCompare(b.dispatchedAt))
    .at(-1);
}

/**
 * Where a report-in (报到) stands: reported, or the working time left before the deadline, both as the
 * server counts them (it knows the holidays and office hours; the page does not).
 */
export type ReportIn =
  | { kind: 'reported'; at: string }
  | { kind: 'waiting'; state: DueState; deadline: string; hours: number; minutes: number }
  | { kind: 'none' };

export function reportIn(dispatch: DispatchLike | undefined, now: Date): ReportIn {
  if (!dispatch) return { kind: 'none' };
  if (dispatch.acknowledgedAt) return { kind: 'reported', at: dispatch.acknowledgedAt };
  if (!dispatch.acknowledgeBy) return { kind: 'none' };
  const minutes = dispatch.acknowledgeWorkingMinutesLeft ?? 0;
  const left = hoursAndMinutes(minutes * 60_000);
  return {
    kind: 'waiting',
    // Passed by the clock, or no working time left: overdue either way.
    state:
      minutes <= 0 ? 'overdue' : dueState({ dueAt: dispatch.acknowledgeBy, closed: false, now }),
    deadline: dispatch.acknowledgeBy,
    ...left,
  };
}

/** 待报到 first, the nearest deadline first; then the rest by deadline. */
export function byReportInDeadline<T extends { dispatch: DispatchLike | undefined }>(
  rows: readonly T[],
): T[] {
  const key = (row: T): string =>
    `${row.dispatch?.acknowledgedAt ? '1' : '0'}${row.dispatch?.acknowledgeBy ?? '9'}`;
  return [...rows].sort((a, b) => key(a).localeCompare(key(b)));
}
