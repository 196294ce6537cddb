import { DEFAULT_SUBGRAPH_TIMEOUT_MS, fetchEntities } from '@erqi/shared/data-access-subgraph-client';

/** A volunteer team as dispatching needs it: its code names its topic. */
export interface DirectoryTeam {
  id: string;
  code: string;
}

/** Answers which volunteer teams cover a grid cell; the volunteer service owns them. */
export interface VolunteerTeamDirectory {
  /** The teams covering this cell, none when no team does (or the cell is unknown there). */
  teamsCovering(gridCellId: string): Promise<DirectoryTeam[]>;
}

export const DEFAULT_VOLUNTEER_SUBGRAPH_URL = 'http://127.0.0.1:4004/graphql';

export interface HttpVolunteerTeamDirectoryOptions {
  /** The volunteer subgraph's GraphQL endpoint. @default process.env.VOLUNTEER_SUBGRAPH_URL ?? 'http://127.0.0.1:4004/graphql' */
  url?: string;
  /** How long to wait for an answer before giving up. @default 5000 */
  timeoutMs?: number;
}

/** Asks the volunteer subgraph for `GridCell.volunteerTeams`, the field it contributes to cells. */
export class HttpVolunteerTeamDirectory implements VolunteerTeamDirectory {
  readonly url: string;
  private readonly timeoutMs: number;

  constructor(options: HttpVolunteerTeamDirectoryOptions = {}) {
    this.url = options.url ?? process.env['VOLUNTEER_SUBGRAPH_URL'] ?? DEFAULT_VOLUNTEER_SUBGRAPH_URL;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_SUBGRAPH_TIMEOUT_MS;
  }

  async teamsCovering(gridCellId: string): Promise<DirectoryTeam[]> {
    const [cell] = await fetchEntities<{ volunteerTeams?: Array<Partial<DirectoryTeam>> | null }>({
      url: this.url,
      service: 'volunteer',
      timeoutMs: this.timeoutMs,
      representations: [{ __typename: 'GridCell', id: gridCellId }],
      selection: '... on GridCell { volunteerTeams { id code } }',
    });
    return (cell?.volunteerTeams ?? []).flatMap((team) => (team.id && team.code ? [{ id: team.id, code: team.code }] : []));
  }
}
