import { Connection } from '@erqi/shared/data-access-pagination';
import { Arg, Args, Ctx, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { VolunteerContext } from '../context';
import { GridCell } from '../grid-cell/grid-cell.entity';
import { VolunteerTeam } from './volunteer-team.entity';
import { VolunteerTeamsArgs } from './volunteer-team.input';

@ObjectType()
export class VolunteerTeamConnection extends Connection(VolunteerTeam) {}

@Resolver(() => VolunteerTeam)
export class VolunteerTeamResolver {
  @Query(() => VolunteerTeamConnection, {
    description: 'Volunteer teams ordered by code, a page at a time',
  })
  volunteerTeams(
    @Args(() => VolunteerTeamsArgs) args: VolunteerTeamsArgs,
    @Ctx() context: VolunteerContext,
  ): Promise<VolunteerTeamConnection> {
    return context.teams.list(args);
  }

  @Query(() => VolunteerTeam, {
    description: 'One volunteer team by id; NOT_FOUND if there is none',
  })
  volunteerTeam(
    @Arg('id', () => ID) id: string,
    @Ctx() context: VolunteerContext,
  ): Promise<VolunteerTeam> {
    return context.teams.get(id);
  }

  @FieldResolver(() => [GridCell], { description: 'The grid cells this team covers' })
  async gridCells(
    @Root() team: VolunteerTeam,
    @Ctx() context: VolunteerContext,
  ): Promise<GridCell[]> {
    const cellIds = await context.loaders.gridCellIdsByTeam.load(team.id);
    return cellIds.map((id) => ({ id }));
  }
}
