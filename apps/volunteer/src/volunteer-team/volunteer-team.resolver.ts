import { Connection } from '@erqi/shared/data-access-pagination';
import {
  Arg,
  Args,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { VolunteerContext } from '../context';
import { GridCell } from '../grid-cell/grid-cell.entity';
import { VolunteerTeam } from './volunteer-team.entity';
import {
  CreateVolunteerTeamInput,
  UpdateVolunteerTeamInput,
  VolunteerTeamsArgs,
} from './volunteer-team.input';

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

  @Mutation(() => VolunteerTeam, {
    description:
      'Forms a team (ADMIN; FORBIDDEN for others). BAD_USER_INPUT naming the field (a code not in upper snake case, a blank name, an unknown grid cell), CONFLICT (code taken); nothing is written then. Publishes its coverage.',
  })
  createVolunteerTeam(
    @Arg('input', () => CreateVolunteerTeamInput) input: CreateVolunteerTeamInput,
    @Ctx() context: VolunteerContext,
  ): Promise<VolunteerTeam> {
    return context.teams.create(context.caller, input);
  }

  @Mutation(() => VolunteerTeam, {
    description:
      "Changes a team's name, community, cells or lead (its lead or ADMIN; FORBIDDEN for others). The lead must be an active member (BAD_USER_INPUT leadVolunteerId); cells must be known (BAD_USER_INPUT gridCellIds). Publishes its coverage.",
  })
  updateVolunteerTeam(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateVolunteerTeamInput) input: UpdateVolunteerTeamInput,
    @Ctx() context: VolunteerContext,
  ): Promise<VolunteerTeam> {
    return context.teams.update(context.caller, id, input);
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
