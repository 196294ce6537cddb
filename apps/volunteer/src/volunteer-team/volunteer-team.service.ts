import { randomUUID } from 'node:crypto';
import { enqueueEvents } from '@erqi/shared/data-access-events';
import { keysetPage, type Page } from '@erqi/shared/data-access-pagination';
import { type Caller, requireRole, Role } from '@erqi/shared/util-auth';
import type { Clock } from '@erqi/shared/util-clock';
import { BadUserInput, Conflict, NotFound } from '@erqi/shared/util-errors';
import { hasVisibleText } from '@erqi/shared/util-text';
import { isUuid } from '@erqi/shared/util-uuid';
import { type DataSource, type EntityManager, QueryFailedError, type Repository } from 'typeorm';
import { unknownGridCellIds } from '../grid-cell/known-grid-cell';
import { teamCoverageChangedEvent } from '../registry/registry.events';
import { requireTeamManager, requireTeamManagerRole } from './team-access';
import { VolunteerTeam, VolunteerTeamGridCell } from './volunteer-team.entity';
import {
  type CreateVolunteerTeamInput,
  TEAM_CODE,
  type UpdateVolunteerTeamInput,
  type VolunteerTeamsArgs,
} from './volunteer-team.input';

const UNIQUE_VIOLATION = '23505';

export class VolunteerTeamService {
  private readonly teams: Repository<VolunteerTeam>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    /** Called after a transaction that enqueued events has committed, so they leave at once. */
    private readonly onEventsCommitted: () => void = () => undefined,
  ) {
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

  /**
   * Forms a team (ADMIN). Everything is checked inside the one transaction that writes the team, its
   * cells and its coverage event, so a refused call writes nothing.
   */
  async create(caller: Caller, input: CreateVolunteerTeamInput): Promise<VolunteerTeam> {
    requireRole(caller, [Role.ADMIN], 'form volunteer teams');
    // The input's validators already ran; these hold the rules for callers that skip GraphQL.
    if (!TEAM_CODE.test(input.code))
      throw new BadUserInput(
        'code',
        'code must be upper snake case (A-Z, 0-9, _), e.g. BAGUAMIAO_CREW',
      );
    const team: VolunteerTeam = {
      id: randomUUID(),
      code: input.code,
      name: visible('name', input.name),
      community: visible('community', input.community),
      leadVolunteerId: null,
    };
    const gridCellIds = [...new Set(input.gridCellIds)];
    try {
      await this.dataSource.transaction(async (manager) => {
        await requireKnownCells(manager, gridCellIds);
        if (await manager.existsBy(VolunteerTeam, { code: team.code })) throw codeTaken(team.code);
        await manager.insert(VolunteerTeam, team);
        await this.writeCoverage(manager, team, gridCellIds);
      });
    } catch (error) {
      // Two teams of one code at the same moment: the unique index decides.
      if (isUniqueViolation(error)) throw codeTaken(team.code);
      throw error;
    }
    this.onEventsCommitted();
    return team;
  }

  /** Changes a team (its lead or ADMIN); the code never changes, as it names the team's topics. */
  async update(
    caller: Caller,
    id: string,
    input: UpdateVolunteerTeamInput,
  ): Promise<VolunteerTeam> {
    requireTeamManagerRole(caller, 'change volunteer teams');
    const current = await this.get(id);
    requireTeamManager(caller, current.code, 'change it');
    const updated = await this.dataSource.transaction(async (manager) => {
      const team = await manager.findOneOrFail(VolunteerTeam, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (input.name != null) team.name = visible('name', input.name);
      if (input.community != null) team.community = visible('community', input.community);
      if (input.leadVolunteerId !== undefined)
        team.leadVolunteerId = await requireActiveMember(manager, team, input.leadVolunteerId);
      const gridCellIds =
        input.gridCellIds != null ? [...new Set(input.gridCellIds)] : await cellsOf(manager, id);
      await requireKnownCells(manager, input.gridCellIds != null ? gridCellIds : []);
      await manager.update(
        VolunteerTeam,
        { id },
        { name: team.name, community: team.community, leadVolunteerId: team.leadVolunteerId },
      );
      await manager.delete(VolunteerTeamGridCell, { volunteerTeamId: id });
      await this.writeCoverage(manager, team, gridCellIds);
      return team;
    });
    this.onEventsCommitted();
    return updated;
  }

  /** The team's cells and, in the same transaction, its coverage on `volunteer.team-coverage`. */
  private async writeCoverage(
    manager: EntityManager,
    team: VolunteerTeam,
    gridCellIds: readonly string[],
  ): Promise<void> {
    if (gridCellIds.length > 0)
      await manager.insert(
        VolunteerTeamGridCell,
        gridCellIds.map((gridCellId) => ({ volunteerTeamId: team.id, gridCellId })),
      );
    await enqueueEvents(manager, [
      teamCoverageChangedEvent({ ...team, gridCellIds }, this.clock()),
    ]);
  }
}

function visible(field: string, value: string): string {
  const trimmed = value.trim();
  if (!hasVisibleText(trimmed))
    throw new BadUserInput(field, `${field} must contain visible characters, not only spaces`);
  return trimmed;
}

async function requireKnownCells(manager: EntityManager, gridCellIds: string[]): Promise<void> {
  const malformed = gridCellIds.filter((cellId) => !isUuid(cellId));
  const unknown = [
    ...malformed,
    ...(await unknownGridCellIds(
      manager,
      gridCellIds.filter((cellId) => isUuid(cellId)),
    )),
  ];
  if (unknown.length > 0)
    throw new BadUserInput(
      'gridCellIds',
      `No grid cell is known with the id ${unknown.join(', ')}; a cell drawn a moment ago may take a few seconds to be known`,
      { unknownGridCellIds: unknown },
    );
}

/** The lead must be one of the team's active members; null names none. */
async function requireActiveMember(
  manager: EntityManager,
  team: VolunteerTeam,
  volunteerId: string | null,
): Promise<string | null> {
  if (volunteerId === null) return null;
  const rows = isUuid(volunteerId)
    ? ((await manager.query(
        `SELECT 1 FROM volunteer WHERE id = $1 AND volunteer_team_id = $2 AND active`,
        [volunteerId, team.id],
      )) as unknown[])
    : [];
  if (rows.length === 0)
    throw new BadUserInput(
      'leadVolunteerId',
      `The lead must be an active member of ${team.code}; ${volunteerId} is not`,
    );
  return volunteerId;
}

async function cellsOf(manager: EntityManager, teamId: string): Promise<string[]> {
  const rows = await manager.find(VolunteerTeamGridCell, {
    where: { volunteerTeamId: teamId },
    order: { gridCellId: 'ASC' },
  });
  return rows.map((row) => row.gridCellId);
}

function codeTaken(code: string): Conflict {
  return new Conflict(`A volunteer team with code ${code} already exists`, { field: 'code' });
}

function isUniqueViolation(error: unknown): boolean {
  return (
    error instanceof QueryFailedError &&
    (error.driverError as { code?: string }).code === UNIQUE_VIOLATION
  );
}
