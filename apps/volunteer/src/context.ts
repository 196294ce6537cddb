import type { DataSource } from 'typeorm';
import { CheckInService } from './check-in/check-in.service';
import { createVolunteerLoaders, type VolunteerLoaders } from './loaders';
import { VolunteerActivityService } from './volunteer-activity/volunteer-activity.service';
import { VolunteerTaskService } from './volunteer-task/volunteer-task.service';
import { VolunteerTeamService } from './volunteer-team/volunteer-team.service';
import { VolunteerService } from './volunteer/volunteer.service';

/** What every resolver of the volunteer subgraph receives: the services and this request's loaders. */
export interface VolunteerContext {
  teams: VolunteerTeamService;
  volunteers: VolunteerService;
  activities: VolunteerActivityService;
  checkIns: CheckInService;
  tasks: VolunteerTaskService;
  loaders: VolunteerLoaders;
}

export function createVolunteerContextFactory(dataSource: DataSource): () => Promise<VolunteerContext> {
  const teams = new VolunteerTeamService(dataSource);
  const volunteers = new VolunteerService(dataSource);
  const activities = new VolunteerActivityService(dataSource);
  const checkIns = new CheckInService(dataSource);
  const tasks = new VolunteerTaskService(dataSource);
  return async () => ({ teams, volunteers, activities, checkIns, tasks, loaders: createVolunteerLoaders(dataSource) });
}
