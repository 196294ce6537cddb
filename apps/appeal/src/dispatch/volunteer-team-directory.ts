import type { DataSource, EntityManager } from 'typeorm';

/** A volunteer team as dispatching needs it: its code names its topic. */
export interface DirectoryTeam {
  id: string;
  code: string;
}

/** Answers which volunteer teams cover a grid cell; the volunteer service owns them. */
export interface VolunteerTeamDirectory {
  /**
   * The teams covering this cell, none when no team does (or none is known yet to). Inside a
   * transaction pass its `manager`: a second connection per open transaction exhausts the pool under load.
   */
  teamsCovering(gridCellId: string, manager?: EntityManager): Promise<DirectoryTeam[]>;
}

/**
 * Reads the appeal service's own copy of team coverage (`known_volunteer_team`, fed by the volunteer
 * service's `volunteer.team-coverage` topic): no call to another service.
 */
export class LocalVolunteerTeamDirectory implements VolunteerTeamDirectory {
  constructor(private readonly dataSource: DataSource) {}

  async teamsCovering(gridCellId: string, manager?: EntityManager): Promise<DirectoryTeam[]> {
    const rows = (await (manager ?? this.dataSource).query(
      'SELECT id, code FROM known_volunteer_team WHERE $1::uuid = ANY (grid_cell_ids) ORDER BY code',
      [gridCellId],
    )) as DirectoryTeam[];
    return rows.map(({ id, code }) => ({ id, code }));
  }
}
