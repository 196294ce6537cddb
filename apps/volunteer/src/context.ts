import type { IncomingMessage } from 'node:http';
import type { SubgraphDependencies } from '@erqi/shared/feature-subgraph-server';
import type { Caller } from '@erqi/shared/util-auth';
import type { DataSource } from 'typeorm';
import { CheckInService } from './check-in/check-in.service';
import { ShiftSignUpService } from './shift-sign-up/shift-sign-up.service';
import { createVolunteerLoaders, type VolunteerLoaders } from './loaders';
import { teamScopeOf } from './volunteer-team/team-access';
import { VolunteerActivityService } from './volunteer-activity/volunteer-activity.service';
import { taskScopeOf } from './volunteer-task/task-access';
import { VolunteerTaskSteps } from './volunteer-task/task-steps.service';
import { VolunteerTaskService } from './volunteer-task/volunteer-task.service';
import { VolunteerTeamService } from './volunteer-team/volunteer-team.service';
import { VolunteerService } from './volunteer/volunteer.service';
import type { VolunteerWorkers } from './workers';

/** The volunteer subgraph's own settings (config.ts reads them from the environment). */
export interface VolunteerOptions {
  /** The consumer group dispatches are read as. @default VOLUNTEER_CONSUMER_GROUP ('volunteer-service') */
  consumerGroupId?: string;
  /** 上报队长: minutes an OPEN task waits for a member before it goes to the lead. @default 60 */
  taskAcceptMinutes?: number;
  /** How often the escalation sweep looks; 0 runs none in this replica. @default 60000 */
  taskEscalationSweepMs?: number;
  /** Minutes around a shift that check-in and check-out stay open. @default VOLUNTEER_CHECK_IN_GRACE_MINUTES (30) */
  checkInGraceMinutes?: number;
}

/** What every resolver of the volunteer subgraph receives: the caller, the services and this request's loaders. */
export interface VolunteerContext {
  /** Who is asking, verified from their token (anonymous without one). */
  caller: Caller;
  teams: VolunteerTeamService;
  volunteers: VolunteerService;
  activities: VolunteerActivityService;
  checkIns: CheckInService;
  signUps: ShiftSignUpService;
  tasks: VolunteerTaskService;
  /** A task's steps by the team's members: accept, start, complete. */
  taskSteps: VolunteerTaskSteps;
  /** Their lists of volunteers and tasks hold only the caller's teams (see `team-access.ts`). */
  loaders: VolunteerLoaders;
}

export function createVolunteerContextFactory(
  dataSource: DataSource,
  dependencies: SubgraphDependencies<VolunteerOptions>,
  workers: VolunteerWorkers,
): (request: IncomingMessage, caller: Caller) => Promise<VolunteerContext> {
  const { clock } = dependencies;
  // A task's move or a team's coverage is published at once rather than at the relay's next poll.
  const onEventsCommitted = (): void => workers.outboxRelay?.wake();
  const teams = new VolunteerTeamService(dataSource, clock, onEventsCommitted);
  const volunteers = new VolunteerService(dataSource, clock);
  const activities = new VolunteerActivityService(dataSource, clock);
  const checkIns = new CheckInService(
    dataSource,
    clock,
    dependencies.options?.checkInGraceMinutes ?? 30,
  );
  const signUps = new ShiftSignUpService(dataSource, clock);
  const tasks = new VolunteerTaskService(dataSource, clock, onEventsCommitted);
  const taskSteps = new VolunteerTaskSteps(dataSource, tasks, clock, onEventsCommitted);
  return async (_request, caller) => ({
    caller,
    teams,
    volunteers,
    activities,
    checkIns,
    signUps,
    tasks,
    taskSteps,
    loaders: createVolunteerLoaders(dataSource, teamScopeOf(caller), clock, taskScopeOf(caller)),
  });
}
