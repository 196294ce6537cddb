import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { VolunteerContext } from '../context';
import { VolunteerTeam } from './volunteer-team.entity';
import { GridCell } from '../grid-cell/grid-cell.entity';

@Resolver(() => GridCell)
export class GridCellVolunteerTeamsResolver {
  @FieldResolver(() => [VolunteerTeam], {
    description: 'The volunteer teams (志愿服务队) that cover this cell',
  })
  volunteerTeams(
    @Root() cell: GridCell,
    @Ctx() context: VolunteerContext,
  ): Promise<VolunteerTeam[]> {
    return context.loaders.teamsByGridCell.load(cell.id);
  }
}
