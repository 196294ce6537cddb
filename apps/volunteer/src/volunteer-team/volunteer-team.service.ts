import { keysetPage, type Page } from '@erqi/shared/data-access-pagination';
import { NotFound } from '@erqi/shared/util-errors';
import type { DataSource, Repository } from 'typeorm';
import { isUuid } from '@erqi/shared/util-uuid';
import { VolunteerTeam, VolunteerTeamGridCell } from './volunteer-team.entity';
import type { VolunteerTeamsArgs } from './volunteer-team.input';

export class VolunteerTeamService {
  private readonly teams: Repository<VolunteerTeam>;

  constructor(dataSource: DataSource) {
    this.teams = dataSource.getRepository(VolunteerTeam);
  }

  async get(id: string): Promise<VolunteerTeam> {
    const team = isUuid(id) ? await this.teams.findOneBy({ id }) : null;
    if (!team) throw new NotFound('VolunteerTeam', id);
    return team;
  }

  list(args: VolunteerTeamsArgs): Promise<Page<VolunteerTeam>> {
    const query = this.teams.createQueryBuilder('team');
    if (args.gridCellId != null) {
      // An id that cannot be a cell's matches no team, rather than failing the uuid cast.
      if (!isUuid(args.gridCellId)) query.andWhere('FALSE');
      else {
        const covering = query
          .subQuery()
          .select('1')
          .from(VolunteerTeamGridCell, 'coverage')
          .where('coverage.volunteer_team_id = team.id')
          .andWhere('coverage.grid_cell_id = :gridCellId')
          .getQuery();
        query.andWhere(`EXISTS ${covering}`, { gridCellId: args.gridCellId });
      }
    }
    return keysetPage(query, args, { sortColumn: 'code' });
  }
}
