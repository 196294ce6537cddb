import { NotFound } from '@erqi/shared/util-errors';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Appeal } from '../appeal/appeal.entity';
import type { VolunteerContext } from '../context';
import { VolunteerTeam } from '../volunteer-team/volunteer-team.entity';
import { VolunteerTask } from './volunteer-task.entity';
import { UpdateVolunteerTaskStatusArgs } from './volunteer-task.input';

@Resolver(() => VolunteerTask)
export class VolunteerTaskResolver {
  @Query(() => VolunteerTask, {
    description:
      "One volunteer task by id, for its team's lead, supervisors and admins (FORBIDDEN for others); NOT_FOUND if there is none",
  })
  volunteerTask(
    @Arg('id', () => ID) id: string,
    @Ctx() context: VolunteerContext,
  ): Promise<VolunteerTask> {
    return context.tasks.get(context.caller, id);
  }

  @Mutation(() => VolunteerTask, {
    description:
      "Moves a task one step: OPEN → IN_PROGRESS → DONE, by the team's lead or an admin (FORBIDDEN for others). NOT_FOUND for an unknown id; CONFLICT (with currentStatus) for any other move",
  })
  updateVolunteerTaskStatus(
    @Args(() => UpdateVolunteerTaskStatusArgs) { id, status }: UpdateVolunteerTaskStatusArgs,
    @Ctx() context: VolunteerContext,
  ): Promise<VolunteerTask> {
    return context.tasks.updateStatus(context.caller, id, status);
  }

  @FieldResolver(() => VolunteerTeam)
  async team(
    @Root() task: VolunteerTask,
    @Ctx() context: VolunteerContext,
  ): Promise<VolunteerTeam> {
    const team = await context.loaders.volunteerTeam.load(task.teamId);
    if (!team) throw new NotFound('VolunteerTeam', task.teamId, 'teamId');
    return team;
  }

  @FieldResolver(() => Appeal, { description: 'The appeal the task came from' })
  appeal(@Root() task: VolunteerTask): Appeal {
    return { id: task.appealId };
  }
}
