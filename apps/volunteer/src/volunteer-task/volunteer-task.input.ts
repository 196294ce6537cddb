import { IsOptional, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { VolunteerTaskStatus } from './volunteer-task.entity';

/** A completion note shows 1 to this many characters. */
export const COMPLETION_NOTE_MAX = 500;

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

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: only the tasks escalated to the lead (上报队长: nobody accepted them in time); false: only the others',
  })
  escalated?: boolean | null;

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
    description:
      "The next status: IN_PROGRESS from OPEN or ACCEPTED, DONE from IN_PROGRESS (ACCEPTED is acceptVolunteerTask's)",
  })
  status!: VolunteerTaskStatus;
}

@ArgsType()
export class AcceptVolunteerTaskArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'The member who takes it on: a VOLUNTEER omits it (or names itself); the lead or an admin must name one',
  })
  volunteerId?: string | null;
}

@ArgsType()
export class CompleteVolunteerTaskArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => String, {
    description: `What was done (完成说明), 1 to ${COMPLETION_NOTE_MAX} visible characters; shown on the appeal's timeline`,
  })
  note!: string;
}
