import { buildFederatedSchema } from '@erqi/shared/util-federation';
import type { GraphQLSchema } from 'graphql';
import { appealReference } from './appeal/appeal.reference';
import { AppealResolver } from './appeal/appeal.resolver';
import { CheckInResolver } from './check-in/check-in.resolver';
import { gridCellReference } from './grid-cell/grid-cell.reference';
import { GridCellResolver } from './grid-cell/grid-cell.resolver';
import { ShiftResolver } from './volunteer-activity/shift.resolver';
import { VolunteerActivityResolver } from './volunteer-activity/volunteer-activity.resolver';
import { volunteerTaskReference } from './volunteer-task/volunteer-task.reference';
import { VolunteerTaskResolver } from './volunteer-task/volunteer-task.resolver';
import { volunteerTeamReference } from './volunteer-team/volunteer-team.reference';
import { VolunteerTeamResolver } from './volunteer-team/volunteer-team.resolver';
import { VolunteerResolver } from './volunteer/volunteer.resolver';

export function buildVolunteerSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [
        VolunteerTeamResolver,
        VolunteerResolver,
        VolunteerActivityResolver,
        ShiftResolver,
        CheckInResolver,
        VolunteerTaskResolver,
        GridCellResolver,
        AppealResolver,
      ],
    },
    { VolunteerTeam: volunteerTeamReference, VolunteerTask: volunteerTaskReference, GridCell: gridCellReference, Appeal: appealReference },
  );
}
