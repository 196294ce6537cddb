import type { AppealStatus } from '../../graphql/generated';
import { type DueState, dueState } from '../../format/time';

/** Statuses past handling: the deadline no longer runs (grey, 已办结 and after). */
const FINISHED: readonly AppealStatus[] = ['RESOLVED', 'EVALUATED', 'CLOSED'];

export function appealDueState(
  appeal: { status: AppealStatus; dueAt: string },
  now = new Date(),
): DueState {
  return dueState({ dueAt: appeal.dueAt, closed: FINISHED.includes(appeal.status), now });
}

/** Open ones first, soonest due first: what the grid worker must chase comes to the top. */
export function byDueTime<T extends { status: AppealStatus; dueAt: string }>(
  appeals: readonly T[],
): T[] {
  return [...appeals].sort((a, b) => {
    const finished = Number(FINISHED.includes(a.status)) - Number(FINISHED.includes(b.status));
    return finished !== 0 ? finished : a.dueAt.localeCompare(b.dueAt);
  });
}
