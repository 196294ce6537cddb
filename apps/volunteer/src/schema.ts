import { buildFederatedSchema } from '@erqi/shared/util-federation';
import type { GraphQLSchema } from 'graphql';
import { appealReference } from './appeal/appeal.reference';
import { AppealVolunteerTasksResolver } from './volunteer-task/appeal-volunteer-tasks.resolver';
import { CheckInResolver } from './check-in/check-in.resolver';
import { gridCellReference } from './grid-cell/grid-cell.reference';
import { GridCellVolunteerTeamsResolver } from './volunteer-team/grid-cell-volunteer-teams.resolver';
import { ShiftResolver } from './volunteer-activity/shift.resolver';
import { VolunteerPostResolver } from './volunteer-activity/volunteer-post.resolver';
import { ShiftSignUpResolver } from './shift-sign-up/shift-sign-up.resolver';
import { ActivityServiceHoursResolver } from './volunteer/activity-service-hours.resolver';
import { VolunteerActivityResolver } from './volunteer-activity/volunteer-activity.resolver';
import { volunteerTaskReference } from './volunteer-task/volunteer-task.reference';
import { VolunteerTaskResolver } from './volunteer-task/volunteer-task.resolver';
import { volunteerTeamReference } from './volunteer-team/volunteer-team.reference';
import { VolunteerTeamResolver } from './volunteer-team/volunteer-team.resolver';
// VolunteerTeam's fields come from three folders: loaded in this order, the printed SDL keeps their order.
import { TeamVolunteersResolver } from './volunteer/team-volunteers.resolver';
import { TeamTasksResolver } from './volunteer-task/team-tasks.resolver';
import { VolunteerResolver } from './volunteer/volunteer.resolver';

export function buildVolunteerSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [
        VolunteerTeamResolver,
        TeamVolunteersResolver,
        TeamTasksResolver,
        VolunteerResolver,
        ActivityServiceHoursResolver,
        VolunteerActivityResolver,
        VolunteerPostResolver,
        ShiftResolver,
        ShiftSignUpResolver,
        CheckInResolver,
        VolunteerTaskResolver,
        GridCellVolunteerTeamsResolver,
        AppealVolunteerTasksResolver,
      ],
    },
    {
      VolunteerTeam: volunteerTeamReference,
      VolunteerTask: volunteerTaskReference,
      GridCell: gridCellReference,
      Appeal: appealReference,
    },
  );
}
