import type { VolunteerContext } from '../context';
import type { VolunteerTask } from './volunteer-task.entity';

/** Resolves `VolunteerTask` references from other subgraphs in one batch per request. */
export const volunteerTaskReference = {
  __resolveReference(reference: Pick<VolunteerTask, 'id'>, context: VolunteerContext): Promise<VolunteerTask | null> {
    return context.loaders.volunteerTask.load(reference.id);
  },
};
