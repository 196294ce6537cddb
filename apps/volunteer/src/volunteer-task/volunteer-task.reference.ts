import type { VolunteerContext } from '../context';
import { requireTaskRead, requireTaskReader } from './task-access';
import type { VolunteerTask } from './volunteer-task.entity';

/** Resolves `VolunteerTask` references from other subgraphs in one batch per request, under the same rule as `volunteerTask(id)`. */
export const volunteerTaskReference = {
  async __resolveReference(
    reference: Pick<VolunteerTask, 'id'>,
    context: VolunteerContext,
  ): Promise<VolunteerTask | null> {
    // Refuse before looking, so that a caller outside every team learns nothing, not even whether the task exists.
    requireTaskReader(context.caller);
    const task = await context.loaders.volunteerTask.load(reference.id);
    if (!task) return null;
    await requireTaskRead(
      context.caller,
      async () => (await context.loaders.volunteerTeam.load(task.teamId))?.code,
    );
    return task;
  },
};
