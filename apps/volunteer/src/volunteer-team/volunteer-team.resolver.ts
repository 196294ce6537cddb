import { Connection } from '@erqi/shared/data-access-pagination';
import { requireUser } from '@erqi/shared/util-auth';
import { Arg, Args, Ctx, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { VolunteerContext } from '../context';
import { GridCell } from '../grid-cell/grid-cell.entity';
import { VolunteerTask } from '../volunteer-task/volunteer-task.entity';
import { TEAM_TASKS_DEFAULT, TeamTasksArgs } from '../volunteer-task/volunteer-task.input';
import { Volunteer } from '../volunteer/volunteer.entity';
import { VolunteerTeam } from './volunteer-team.entity';
import { VolunteerTeamsArgs } from './volunteer-team.input';

@ObjectType()
export class VolunteerTeamConnection extends Connection(VolunteerTeam) {}

@Resolver(() => VolunteerTeam)
export class VolunteerTeamResolver {
  @Query(() => VolunteerTeamConnection, { description: 'Volunteer teams ordered by code, a page at a time' })
  volunteerTeams(@Args(() => VolunteerTeamsArgs) args: VolunteerTeamsArgs, @Ctx() context: VolunteerContext): Promise<VolunteerTeamConnection> {
    return context.teams.list(args);
  }

  @Query(() => VolunteerTeam, { description: 'One volunteer team by id; NOT_FOUND if there is none' })
  volunteerTeam(@Arg('id', () => ID) id: string, @Ctx() context: VolunteerContext): Promise<VolunteerTeam> {
    return context.teams.get(id);
  }

  @FieldResolver(() => [GridCell], { description: 'The grid cells this team covers' })
  async gridCells(@Root() team: VolunteerTeam, @Ctx() context: VolunteerContext): Promise<GridCell[]> {
    const cellIds = await context.loaders.gridCellIdsByTeam.load(team.id);
    return cellIds.map((id) => ({ id }));
  }

  @FieldResolver(() => [Volunteer], { description: "The members, by name: for the team's lead, supervisors and admins; empty for others" })
  volunteers(@Root() team: VolunteerTeam, @Ctx() context: VolunteerContext): Promise<Volunteer[]> {
    requireUser(context.caller);
    return context.loaders.volunteersByTeam.load(team.id);
  }

  @FieldResolver(() => [VolunteerTask], {
    description: "The tasks (志愿任务) spread to this team, newest first: for the team's lead, supervisors and admins; empty for others",
  })
  tasks(@Root() team: VolunteerTeam, @Args(() => TeamTasksArgs) { status, first }: TeamTasksArgs, @Ctx() context: VolunteerContext): Promise<VolunteerTask[]> {
    requireUser(context.caller);
    return context.loaders.tasksByTeam(status ?? null, first ?? TEAM_TASKS_DEFAULT).load(team.id);
  }
}
