import { IsOptional, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { VolunteerTaskStatus } from './volunteer-task.entity';

/** How many tasks `VolunteerTeam.tasks` gives by default, and at most. */
export const TEAM_TASKS_DEFAULT = 50;
export const TEAM_TASKS_MAX = 100;

@ArgsType()
export class TeamTasksArgs {
  @Field(() => VolunteerTaskStatus, {
    nullable: true,
    description: 'Only the tasks in this status',
  })
  status?: VolunteerTaskStatus | null;

  @Field(() => Int, {
    nullable: true,
    defaultValue: TEAM_TASKS_DEFAULT,
    description: `The most recent ones, at most ${TEAM_TASKS_MAX}`,
  })
  @IsOptional()
  @Min(1, { message: 'first must be at least 1' })
  @Max(TEAM_TASKS_MAX, { message: `first must be at most ${TEAM_TASKS_MAX}` })
  first?: number | null;
}

@ArgsType()
export class UpdateVolunteerTaskStatusArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => VolunteerTaskStatus, {
    description: 'The next status: IN_PROGRESS from OPEN, DONE from IN_PROGRESS',
  })
  status!: VolunteerTaskStatus;
}
