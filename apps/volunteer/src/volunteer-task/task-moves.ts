import { enqueueEvents, type OutboundEvent } from '@erqi/shared/data-access-events';
import { Conflict } from '@erqi/shared/util-errors';
import type { DataSource } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { Volunteer } from '../volunteer/volunteer.entity';
import type { NamedVolunteer } from './volunteer-task.events';
import { VolunteerTask, VolunteerTaskStatus } from './volunteer-task.entity';

/** The one step after each status; DONE is the end. Rules as data: read with `cannotMove`. */
export const NEXT_STATUS: Record<VolunteerTaskStatus, VolunteerTaskStatus | null> = {
  [VolunteerTaskStatus.OPEN]: VolunteerTaskStatus.ACCEPTED,
  [VolunteerTaskStatus.ACCEPTED]: VolunteerTaskStatus.IN_PROGRESS,
  [VolunteerTaskStatus.IN_PROGRESS]: VolunteerTaskStatus.DONE,
  [VolunteerTaskStatus.DONE]: null,
};

/**
 * Moves the task from exactly the status it was read in, with the columns `set`, and enqueues the
 * step's event in the same transaction. Null when another move got there first (the caller answers
 * CONFLICT with the status it finds then), so two steps at once never both pass.
 */
export async function moveTask(
  dataSource: DataSource,
  task: VolunteerTask,
  to: VolunteerTaskStatus,
  set: QueryDeepPartialEntity<VolunteerTask>,
  event: (moved: VolunteerTask) => OutboundEvent,
): Promise<VolunteerTask | null> {
  return dataSource.transaction(async (manager) => {
    const result = await manager
      .createQueryBuilder()
      .update(VolunteerTask)
      .set({ ...set, status: to })
      .where('id = :id AND status = :from', { id: task.id, from: task.status })
      .execute();
    if (result.affected !== 1) return null;
    const moved = await manager.findOneByOrFail(VolunteerTask, { id: task.id });
    await enqueueEvents(manager, [event(moved)]);
    return moved;
  });
}

/** The member named with a step (name only, for the timeline), or null when none accepted it. */
export async function namedVolunteer(
  dataSource: DataSource,
  volunteerId: string | null,
): Promise<NamedVolunteer | null> {
  if (!volunteerId) return null;
  const volunteer = await dataSource
    .getRepository(Volunteer)
    .findOne({ select: { id: true, name: true }, where: { id: volunteerId } });
  return volunteer ? { id: volunteer.id, name: volunteer.name } : null;
}

/** CONFLICT naming the task's current status and what it may do next. */
export function cannotMove(task: VolunteerTask, wanted: VolunteerTaskStatus): Conflict {
  const next = NEXT_STATUS[task.status];
  const allowed = next ? `its next step is ${next}` : 'it is finished';
  return new Conflict(
    `VolunteerTask ${task.id} is ${task.status}, not ready for ${wanted}: ${allowed}`,
    { field: 'status', currentStatus: task.status },
  );
}
