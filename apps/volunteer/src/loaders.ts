import {
  byIdLoader,
  groupRowsBy,
  keepFirstPerParent,
} from '@erqi/shared/data-access-batch-loading';
import { uuidsOf } from '@erqi/shared/util-uuid';
import DataLoader from 'dataloader';
import type { Clock } from '@erqi/shared/util-clock';
import { type DataSource, In } from 'typeorm';
import { CheckIn } from './check-in/check-in.entity';
import { type HoursSummary, summariseServiceHours } from './check-in/service-hours';
import { ShiftSignUp } from './shift-sign-up/shift-sign-up.entity';
import { VolunteerPost } from './volunteer-activity/volunteer-post.entity';
import { Shift } from './volunteer-activity/shift.entity';
import { VolunteerActivity } from './volunteer-activity/volunteer-activity.entity';
import { VolunteerTask, type VolunteerTaskStatus } from './volunteer-task/volunteer-task.entity';
import { VolunteerTeam, VolunteerTeamGridCell } from './volunteer-team/volunteer-team.entity';
import { Volunteer } from './volunteer/volunteer.entity';
import { type TeamScope, whereInTeamScope } from './volunteer-team/team-access';

/** Which of a team's tasks a list wants: by status, and escalated (上报队长) or not; null keeps all. */
export interface TeamTaskFilter {
  status: VolunteerTaskStatus | null;
  escalated: boolean | null;
}

/**
 * The `first` newest tasks (filtered, if asked) of every team asked for in this tick, in ONE query:
 * a window function numbers each team's tasks newest first and the join keeps the first `first` of each.
 */
function tasksByTeamLoader(
  dataSource: DataSource,
  scope: TeamScope,
  { status, escalated }: TeamTaskFilter,
  first: number,
): DataLoader<string, VolunteerTask[]> {
  return new DataLoader(async (teamIds) => {
    const wanted = uuidsOf(teamIds);
    if (wanted.length === 0) return teamIds.map(() => []);
    const rows = await keepFirstPerParent(
      dataSource.getRepository(VolunteerTask).createQueryBuilder('task'),
      {
        entity: VolunteerTask,
        parentColumn: 'volunteer_team_id',
        parentIds: wanted,
        orderWithinParent: 'candidate.created_at DESC, candidate.id DESC',
        first,
        narrow: (candidates) => {
          whereInTeamScope(candidates, scope, 'candidate.volunteer_team_id');
          if (status !== null) candidates.andWhere('candidate.status = :status', { status });
          if (escalated !== null)
            candidates.andWhere(`candidate.escalated_at IS ${escalated ? 'NOT NULL' : 'NULL'}`);
          return candidates;
        },
      },
    )
      .orderBy('task.createdAt', 'DESC')
      .addOrderBy('task.id', 'DESC')
      .getMany();
    return groupRowsBy(teamIds, rows, (task) => task.teamId);
  });
}

/** Completed check-ins of every volunteer asked for, overlapping [from, until), summed by month and activity. */
function serviceHoursLoader(
  dataSource: DataSource,
  from: Date | null,
  until: Date | null,
): DataLoader<string, HoursSummary> {
  return new DataLoader(async (volunteerIds) => {
    const wanted = uuidsOf(volunteerIds);
    const rows =
      wanted.length === 0
        ? []
        : ((await dataSource.query(
            `SELECT check_in.volunteer_id, check_in.checked_in_at, check_in.checked_out_at,
                    shift.volunteer_activity_id
             FROM volunteer.check_in check_in JOIN volunteer.shift shift ON shift.id = check_in.shift_id
             WHERE check_in.volunteer_id = ANY($1::uuid[]) AND check_in.checked_out_at IS NOT NULL
               AND ($2::timestamptz IS NULL OR check_in.checked_out_at > $2)
               AND ($3::timestamptz IS NULL OR check_in.checked_in_at < $3)`,
            [wanted, from, until],
          )) as Array<{
            volunteer_id: string;
            checked_in_at: Date;
            checked_out_at: Date;
            volunteer_activity_id: string;
          }>);
    return groupRowsBy(volunteerIds, rows, (row) => row.volunteer_id).map((mine) =>
      summariseServiceHours(
        mine.map((row) => ({
          checkedInAt: new Date(row.checked_in_at),
          checkedOutAt: new Date(row.checked_out_at),
          activityId: row.volunteer_activity_id,
        })),
        from,
        until,
      ),
    );
  });
}

/**
 * Per-request loaders, so that a list of N parents costs one query per kind of child, not N.
 * The lists of volunteers and tasks hold only the teams in the caller's `scope` (filtered in SQL);
 * the by-id loaders do not filter: whoever uses them checks the one row they return. Tasks have their
 * own scope (`taskScopeOf`: a VOLUNTEER sees its team's tasks, not its members' data).
 */
export function createVolunteerLoaders(
  dataSource: DataSource,
  scope: TeamScope,
  clock: Clock,
  taskScope: TeamScope = scope,
) {
  // One loader per filter and page size, so teams asked the same way share a query.
  const teamTaskLoaders = new Map<string, DataLoader<string, VolunteerTask[]>>();
  const tasksByTeam = (
    filter: TeamTaskFilter,
    first: number,
  ): DataLoader<string, VolunteerTask[]> => {
    const cacheKey = `${filter.status ?? '*'}:${String(filter.escalated)}:${first}`;
    let loader = teamTaskLoaders.get(cacheKey);
    if (!loader) {
      loader = tasksByTeamLoader(dataSource, taskScope, filter, first);
      teamTaskLoaders.set(cacheKey, loader);
    }
    return loader;
  };

  const hoursLoaders = new Map<string, DataLoader<string, HoursSummary>>();

  return {
    volunteerTeam: byIdLoader(dataSource, VolunteerTeam),
    volunteer: byIdLoader(dataSource, Volunteer),
    volunteerActivity: byIdLoader(dataSource, VolunteerActivity),
    shift: byIdLoader(dataSource, Shift),
    volunteerTask: byIdLoader(dataSource, VolunteerTask),
    /** `Appeal.volunteerTasks` for every appeal of the request, in one query, oldest first. */
    tasksByAppeal: new DataLoader<string, VolunteerTask[]>(async (appealIds) => {
      const wanted = uuidsOf(appealIds);
      if (wanted.length === 0) return appealIds.map(() => []);
      const query = dataSource
        .getRepository(VolunteerTask)
        .createQueryBuilder('task')
        .where('task.appeal_id IN (:...appealIds)', { appealIds: wanted })
        .orderBy('task.createdAt', 'ASC')
        .addOrderBy('task.id', 'ASC');
      const tasks = await whereInTeamScope(query, taskScope, 'task.volunteer_team_id').getMany();
      return groupRowsBy(appealIds, tasks, (task) => task.appealId);
    }),
    tasksByTeam,
    /** `GridCell.volunteerTeams` for every cell of the request, in one query (coverage joined to teams). */
    teamsByGridCell: new DataLoader<string, VolunteerTeam[]>(async (cellIds) => {
      const wanted = uuidsOf(cellIds);
      const coverage =
        wanted.length > 0
          ? await dataSource
              .getRepository(VolunteerTeamGridCell)
              .find({ where: { gridCellId: In(wanted) }, relations: { team: true } })
          : [];
      return groupRowsBy(cellIds, coverage, (row) => row.gridCellId).map((rows) =>
        rows.map((row) => row.team).sort((a, b) => a.code.localeCompare(b.code)),
      );
    }),
    gridCellIdsByTeam: new DataLoader<string, string[]>(async (teamIds) => {
      const coverage = await dataSource
        .getRepository(VolunteerTeamGridCell)
        .find({ where: { volunteerTeamId: In(uuidsOf(teamIds)) }, order: { gridCellId: 'ASC' } });
      return groupRowsBy(teamIds, coverage, (row) => row.volunteerTeamId).map((rows) =>
        rows.map((row) => row.gridCellId),
      );
    }),
    volunteersByTeam: new DataLoader<string, Volunteer[]>(async (teamIds) => {
      const wanted = uuidsOf(teamIds);
      if (wanted.length === 0) return teamIds.map(() => []);
      const query = dataSource
        .getRepository(Volunteer)
        .createQueryBuilder('volunteer')
        .where('volunteer.volunteer_team_id IN (:...teamIds)', { teamIds: wanted })
        // Those who left keep their history but are no longer listed as members.
        .andWhere('volunteer.active');
      const volunteers = await whereInTeamScope(
        query,
        scope,
        'volunteer.volunteer_team_id',
      ).getMany();
      return groupRowsBy(teamIds, volunteers, (volunteer) => volunteer.teamId).map((members) =>
        members.sort((a, b) => a.name.localeCompare(b.name, 'zh')),
      );
    }),
    /** `VolunteerTeam.memberCount`: active members per team, one query; a number, public like the team. */
    memberCountByTeam: new DataLoader<string, number>(async (teamIds) => {
      const wanted = uuidsOf(teamIds);
      const rows: Array<{ teamId: string; n: number }> =
        wanted.length > 0
          ? await dataSource.query(
              `SELECT volunteer_team_id AS "teamId", count(*)::int AS n FROM volunteer
               WHERE volunteer_team_id = ANY($1::uuid[]) AND active GROUP BY volunteer_team_id`,
              [wanted],
            )
          : [];
      const counts = new Map(rows.map((row) => [row.teamId, row.n]));
      return teamIds.map((teamId) => counts.get(teamId) ?? 0);
    }),
    shiftsByActivity: new DataLoader<string, Shift[]>(async (activityIds) => {
      const shifts = await dataSource.getRepository(Shift).find({
        where: { activityId: In(uuidsOf(activityIds)) },
        order: { startsAt: 'ASC', duty: 'ASC' },
      });
      return groupRowsBy(activityIds, shifts, (shift) => shift.activityId);
    }),
    volunteerPost: byIdLoader(dataSource, VolunteerPost),
    postsByActivity: new DataLoader<string, VolunteerPost[]>(async (activityIds) => {
      const posts = await dataSource.getRepository(VolunteerPost).find({
        where: { activityId: In(uuidsOf(activityIds)) },
        order: { duty: 'ASC', place: 'ASC', id: 'ASC' },
      });
      return groupRowsBy(activityIds, posts, (post) => post.activityId);
    }),
    shiftsByPost: new DataLoader<string, Shift[]>(async (postIds) => {
      const shifts = await dataSource.getRepository(Shift).find({
        where: { postId: In(uuidsOf(postIds)) },
        order: { startsAt: 'ASC', id: 'ASC' },
      });
      return groupRowsBy(postIds, shifts, (shift) => shift.postId);
    }),
    /** Every sign-up of the shifts asked for, oldest first; resolvers decide who may see which. */
    signUpsByShift: new DataLoader<string, ShiftSignUp[]>(async (shiftIds) => {
      const signUps = await dataSource.getRepository(ShiftSignUp).find({
        where: { shiftId: In(uuidsOf(shiftIds)) },
        order: { signedUpAt: 'ASC', id: 'ASC' },
      });
      return groupRowsBy(shiftIds, signUps, (signUp) => signUp.shiftId);
    }),
    checkInsByShift: new DataLoader<string, CheckIn[]>(async (shiftIds) => {
      const checkIns = await dataSource.getRepository(CheckIn).find({
        where: { shiftId: In(uuidsOf(shiftIds)) },
        order: { checkedInAt: 'ASC', id: 'ASC' },
      });
      return groupRowsBy(shiftIds, checkIns, (checkIn) => checkIn.shiftId);
    }),
    serviceHours: (from: Date | null, until: Date | null): DataLoader<string, HoursSummary> => {
      const cacheKey = `${from?.toISOString() ?? ''}:${until?.toISOString() ?? ''}`;
      let loader = hoursLoaders.get(cacheKey);
      if (!loader) {
        loader = serviceHoursLoader(dataSource, from, until);
        hoursLoaders.set(cacheKey, loader);
      }
      return loader;
    },
    /** When "now" is for this request, as the service's clock says (tests move it). */
    now: clock,
  };
}

export type VolunteerLoaders = ReturnType<typeof createVolunteerLoaders>;
