/** 我的任务: which step a volunteer may take on a task of its team, and the order they are shown in. */

export type TaskStatus = 'OPEN' | 'ACCEPTED' | 'IN_PROGRESS' | 'DONE';

export interface TaskLike {
  status: TaskStatus;
  dueAt: string;
  escalatedAt: string | null;
  acceptedBy: { id: string } | null;
}

/** 接单 an open task; start and complete one I accepted; nothing on someone else's. */
export function myTaskStep(
  task: TaskLike,
  volunteerId: string | undefined,
): 'accept' | 'start' | 'complete' | undefined {
  if (task.status === 'OPEN') return 'accept';
  if (!volunteerId || task.acceptedBy?.id !== volunteerId) return undefined;
  if (task.status === 'ACCEPTED') return 'start';
  if (task.status === 'IN_PROGRESS') return 'complete';
  return undefined;
}

/** 已上报 (escalated to the lead) first, then the nearest due. */
export function escalatedFirst<T extends TaskLike>(tasks: readonly T[]): T[] {
  return [...tasks].sort(
    (a, b) =>
      Number(b.escalatedAt !== null) - Number(a.escalatedAt !== null) ||
      new Date(a.dueAt).getTime() - new Date(b.dueAt).getTime(),
  );
}

/** The open tasks anyone of the team may take, and mine (accepted by me), split for two lists. */
export function splitTasks<T extends TaskLike>(
  tasks: readonly T[],
  volunteerId: string | undefined,
): { open: T[]; mine: T[] } {
  return {
    open: escalatedFirst(tasks.filter((task) => task.status === 'OPEN')),
    mine: escalatedFirst(
      tasks.filter((task) => task.status !== 'OPEN' && task.acceptedBy?.id === volunteerId),
    ).sort((a, b) => Number(a.status === 'DONE') - Number(b.status === 'DONE')),
  };
}

/** The server takes 1 to 500 visible characters as a completion note. */
export const NOTE_MAX = 500;

export function noteProblem(note: string): 'empty' | 'tooLong' | undefined {
  const visible = note.replace(/[\s\u200b-\u200f\u2060\ufeff\u00ad]/g, '');
  if (visible.length === 0) return 'empty';
  if ([...note.trim()].length > NOTE_MAX) return 'tooLong';
  return undefined;
}
