import type { VolunteerContext } from '../context';
import type { VolunteerTeam } from './volunteer-team.entity';

/** Resolves `VolunteerTeam` references from other subgraphs in one batch per request. */
export const volunteerTeamReference = {
  __resolveReference(
    reference: Pick<VolunteerTeam, 'id'>,
    context: VolunteerContext,
  ): Promise<VolunteerTeam | null> {
    return context.loaders.volunteerTeam.load(reference.id);
  },
};
