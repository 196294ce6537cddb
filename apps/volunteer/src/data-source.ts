import { createServiceDataSource, type DatabaseTarget } from '@erqi/shared/data-access-database';
import type { DataSource, Logger } from 'typeorm';
import { CheckIn } from './check-in/check-in.entity';
import { CreateVolunteerTables1764072300000 } from './migrations/1764072300000-CreateVolunteerTables';
import { Shift } from './volunteer-activity/shift.entity';
import { VolunteerActivity } from './volunteer-activity/volunteer-activity.entity';
import { VolunteerTeam, VolunteerTeamGridCell } from './volunteer-team/volunteer-team.entity';
import { Volunteer } from './volunteer/volunteer.entity';

/** The volunteer service's tables live in the `volunteer` schema; no other service reads them. */
export const VOLUNTEER_SCHEMA = 'volunteer';

export function createVolunteerDataSource(target: DatabaseTarget, logger?: Logger): DataSource {
  return createServiceDataSource({
    schema: VOLUNTEER_SCHEMA,
    target,
    entities: [VolunteerTeam, VolunteerTeamGridCell, Volunteer, VolunteerActivity, Shift, CheckIn],
    migrations: [CreateVolunteerTables1764072300000],
    logger,
  });
}
