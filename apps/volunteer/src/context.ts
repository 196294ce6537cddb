import type { IncomingMessage } from 'node:http';
import type { Caller } from '@erqi/shared/util-auth';
import type { DataSource } from 'typeorm';
import { CheckInService } from './check-in/check-in.service';
import { createVolunteerLoaders, type VolunteerLoaders } from './loaders';
import { teamScopeOf } from './team-access';
import { VolunteerActivityService } from './volunteer-activity/volunteer-activity.service';
import { VolunteerTaskService } from './volunteer-task/volunteer-task.service';
import { VolunteerTeamService } from './volunteer-team/volunteer-team.service';
import { VolunteerService } from './volunteer/volunteer.service';

/** What every resolver of the volunteer subgraph receives: the caller, the services and this request's loaders. */
export interface VolunteerContext {
  /** Who is asking, verified from their token (anonymous without one). */
  caller: Caller;
  teams: VolunteerTeamService;
  volunteers: VolunteerService;
  activities: VolunteerActivityService;
  checkIns: CheckInService;
  tasks: VolunteerTaskService;
  /** Their lists of volunteers and tasks hold only the caller's teams (see `team-access.ts`). */
  loaders: VolunteerLoaders;
}

export function createVolunteerContextFactory(
  dataSource: DataSource,
  /** Called after a transaction that enqueued events has committed (wakes the outbox relay). */
  onEventsCommitted: () => void = () => undefined,
): (request: IncomingMessage, caller: Caller) => Promise<VolunteerContext> {
  const teams = new VolunteerTeamService(dataSource);
  const volunteers = new VolunteerService(dataSource);
  const activities = new VolunteerActivityService(dataSource);
  const checkIns = new CheckInService(dataSource);
  const tasks = new VolunteerTaskService(dataSource, onEventsCommitted);
  return async (_request, caller) => ({
    caller, teams, volunteers, activities, checkIns, tasks, loaders: createVolunteerLoaders(dataSource, teamScopeOf(caller)),
  });
}
