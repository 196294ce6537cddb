import { requireUser } from '@erqi/shared/util-auth';
import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { VolunteerContext } from '../context';
import { VolunteerTeam } from '../volunteer-team/volunteer-team.entity';
import { VolunteerTask } from './volunteer-task.entity';
import { TEAM_TASKS_DEFAULT, TeamTasksArgs } from './volunteer-task.input';

/** VolunteerTeam.tasks: here, beside the tasks, so that the team's folder needs nothing of theirs. */
@Resolver(() => VolunteerTeam)
export class TeamTasksResolver {
  @FieldResolver(() => [VolunteerTask], {
    description:
      "The tasks (志愿任务) spread to this team, newest first: for the team's members and lead, supervisors and admins; empty for others",
  })
  tasks(
    @Root() team: VolunteerTeam,
    @Args(() => TeamTasksArgs) { status, escalated, first }: TeamTasksArgs,
    @Ctx() context: VolunteerContext,
  ): Promise<VolunteerTask[]> {
    requireUser(context.caller);
    return context.loaders
      .tasksByTeam(
        { status: status ?? null, escalated: escalated ?? null },
        first ?? TEAM_TASKS_DEFAULT,
      )
      .load(team.id);
  }
}
