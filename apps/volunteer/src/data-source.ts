import { createServiceDataSource, type DatabaseTarget } from '@erqi/shared/data-access-database';
import { AppliedEvent, OutboxMessage } from '@erqi/shared/data-access-events';
import type { DataSource, Logger } from 'typeorm';
import { CheckIn } from './check-in/check-in.entity';
import { CreateVolunteerTables1764072300000 } from './migrations/1764072300000-CreateVolunteerTables';
import { CreateVolunteerTasks1764072500000 } from './migrations/1764072500000-CreateVolunteerTasks';
import { PublishTeamCoverage1796076300000 } from './migrations/1796076300000-PublishTeamCoverage';
import { ManageTeamsAndVolunteers1796500000000 } from './migrations/1796500000000-ManageTeamsAndVolunteers';
import { VolunteerPostsAndSignUps1796600000000 } from './migrations/1796600000000-VolunteerPostsAndSignUps';
import { AddVolunteerTaskSteps1796700000000 } from './migrations/1796700000000-AddVolunteerTaskSteps';
import { ShiftSignUp } from './shift-sign-up/shift-sign-up.entity';
import { Shift } from './volunteer-activity/shift.entity';
import { VolunteerPost } from './volunteer-activity/volunteer-post.entity';
import { VolunteerActivity } from './volunteer-activity/volunteer-activity.entity';
import { VolunteerTask } from './volunteer-task/volunteer-task.entity';
import { VolunteerTeam, VolunteerTeamGridCell } from './volunteer-team/volunteer-team.entity';
import { Volunteer } from './volunteer/volunteer.entity';

/** The volunteer service's tables live in the `volunteer` schema; no other service reads them. */
export const VOLUNTEER_SCHEMA = 'volunteer';

export function createVolunteerDataSource(target: DatabaseTarget, logger?: Logger): DataSource {
  return createServiceDataSource({
    schema: VOLUNTEER_SCHEMA,
    target,
    entities: [
      VolunteerTeam,
      VolunteerTeamGridCell,
      Volunteer,
      VolunteerActivity,
      VolunteerPost,
      Shift,
      ShiftSignUp,
      CheckIn,
      VolunteerTask,
      AppliedEvent,
      OutboxMessage,
    ],
    migrations: [
      CreateVolunteerTables1764072300000,
      CreateVolunteerTasks1764072500000,
      PublishTeamCoverage1796076300000,
      ManageTeamsAndVolunteers1796500000000,
      VolunteerPostsAndSignUps1796600000000,
      AddVolunteerTaskSteps1796700000000,
    ],
    logger,
  });
}
