import { keysetPage, type Page } from '@erqi/shared/data-access-pagination';
import { type Caller, requireRole, Role } from '@erqi/shared/util-auth';
import { BadUserInput } from '@erqi/shared/util-errors';
import type { DataSource } from 'typeorm';
import { appealScopeFilter } from '../appeal/appeal-access';
import { Appeal } from '../appeal/appeal.entity';
import { AppealStatus, type HandlingMode } from '../appeal/appeal.enums';
import type { Clock } from '@erqi/shared/util-clock';
import type { DepartmentDirectory } from '../dispatch/department-directory';
import { SETTLED_SQL } from '../appeal/settled-sql';
import { isUuid } from '@erqi/shared/util-uuid';
import { addDays, shanghaiDateOf, shanghaiInstant } from '@erqi/shared/util-shanghai-time';
import {
  type AppealFigureRow,
  type AppealFiguresArgs,
  FigureGrouping,
  type OverdueAppealsArgs,
  UNASSIGNED_KEY,
} from './figures.types';

/** Who reads the district's figures and overdue list: supervisors, leaders and admins. */
const FIGURE_ROLES: readonly Role[] = [Role.SUPERVISOR, Role.LEADER, Role.ADMIN];

const KEY_EXPRESSIONS: Record<FigureGrouping, string> = {
  [FigureGrouping.DEPARTMENT]: `COALESCE(a.lead_department_id::text, '${UNASSIGNED_KEY}')`,
  [FigureGrouping.GRID_CELL]: 'a.grid_cell_id::text',
  [FigureGrouping.HANDLING_MODE]: 'a.handling_mode',
};

const STATUS_ORDER = Object.values(AppealStatus);

/** A rollup and its delta log have the same columns: the figures read them as one. */
const FIGURE_COLUMNS =
  'grouping, group_key, submitted_day, status, count, resolved, on_time, rating_sum, rated';
const OPEN_DUE_COLUMNS = 'grouping, due_day, submitted_day, group_key, status, count';

/** [from, to) as whole Shanghai days [fromDay, toDay) (`YYYY-MM-DD`, null: unbounded) and the part-days at its edges. */
export interface SplitRange {
  /** Whether a whole day lies inside; if not, the one edge is the whole range. */
  wholeDays: boolean;
  fromDay: string | null;
  toDay: string | null;
  edges: Array<[Date, Date]>;
}

/** Where the rollups' days (submitted_day, due_day: Shanghai dates) cut a range of submission times. */
export function splitRange(from?: Date | null, to?: Date | null): SplitRange {
  const midnight = (day: string) => shanghaiInstant(day, 0);
  let fromDay = from ? shanghaiDateOf(from) : null;
  if (from && fromDay && midnight(fromDay).getTime() < from.getTime())
    fromDay = addDays(fromDay, 1);
  const toDay = to ? shanghaiDateOf(to) : null;
  if (from && to && fromDay && toDay && fromDay >= toDay)
    return { wholeDays: false, fromDay: null, toDay: null, edges: [[from, to]] };
  const edges: Array<[Date, Date]> = [];
  if (from && fromDay && from.getTime() < midnight(fromDay).getTime())
    edges.push([from, midnight(fromDay)]);
  if (to && toDay && midnight(toDay).getTime() < to.getTime()) edges.push([midnight(toDay), to]);
  return { wholeDays: true, fromDay, toDay, edges };
}

interface GroupStatusRow {
  key: string;
  status: AppealStatus;
  count: number;
  resolved: number;
  on_time: number;
  overdue: number;
  rating_sum: number;
  rated: number;
}

/** 零超时: the numbers the district reports, counted in the database, one statement per question. */
export class FiguresService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly departments: DepartmentDirectory,
    private readonly clock: Clock,
  ) {}

  /**
   * One statement over the rollups the database keeps (migration AddAppealFigureRollup): the whole
   * district days inside [from, to) from `appeal_figure_rollup` and the deltas not yet folded into it,
   * the part-days at either edge counted from `appeal` by submitted_at, and "overdue now" as every open
   * appeal of the range less those due after now (later days from `appeal_open_due_rollup` and its
   * deltas, the rest of today from `appeal` by due_at).
   * The rows per (group, status) are then summed here; equal to a full recount (figures-rollup.int-spec).
   */
  async figures(caller: Caller, args: AppealFiguresArgs): Promise<AppealFigureRow[]> {
    requireRole(caller, FIGURE_ROLES, 'read the appeal figures');
    if (args.from && args.to && args.from.getTime() >= args.to.getTime())
      throw new BadUserInput('to', 'to must be after from');
    const range = splitRange(args.from, args.to);
    const now = this.clock();
    const today = shanghaiDateOf(now);
    const [edgeA, edgeB] = range.edges;
    const key = KEY_EXPRESSIONS[args.groupBy];
    const rows = (await this.dataSource.query(
      `WITH parts AS (
         SELECT r.group_key AS key, r.status, r.count, r.resolved, r.on_time, r.rating_sum, r.rated,
           CASE WHEN r.status IN ${SETTLED_SQL} THEN 0 ELSE r.count END AS overdue
         FROM (SELECT ${FIGURE_COLUMNS} FROM appeal_figure_rollup UNION ALL SELECT ${FIGURE_COLUMNS} FROM appeal_figure_delta) AS r
         WHERE $2::boolean AND r.grouping = $1
           AND ($3::date IS NULL OR r.submitted_day >= $3) AND ($4::date IS NULL OR r.submitted_day < $4)
         UNION ALL
         SELECT d.group_key, d.status, 0, 0, 0, 0, 0, -d.count
         FROM (SELECT ${OPEN_DUE_COLUMNS} FROM appeal_open_due_rollup UNION ALL SELECT ${OPEN_DUE_COLUMNS} FROM appeal_open_due_delta) AS d
         WHERE $2::boolean AND d.grouping = $1 AND d.due_day > $7::date
           AND ($3::date IS NULL OR d.submitted_day >= $3) AND ($4::date IS NULL OR d.submitted_day < $4)
         UNION ALL
         SELECT ${key}, a.status, 0, 0, 0, 0, 0, -1
         FROM appeal a
         WHERE $2::boolean AND a.status NOT IN ${SETTLED_SQL} AND a.due_at > $8 AND a.due_at < $9
           AND ($5::timestamptz IS NULL OR a.submitted_at >= $5) AND ($6::timestamptz IS NULL OR a.submitted_at < $6)
         UNION ALL
         SELECT ${key}, a.status, 1,
           CASE WHEN a.status IN ${SETTLED_SQL} AND a.resolved_at IS NOT NULL THEN 1 ELSE 0 END,
           CASE WHEN a.status IN ${SETTLED_SQL} AND a.resolved_at <= a.due_at THEN 1 ELSE 0 END,
           COALESCE(a.evaluation_rating, 0),
           CASE WHEN a.evaluation_rating IS NOT NULL THEN 1 ELSE 0 END,
           CASE WHEN a.status NOT IN ${SETTLED_SQL} AND a.due_at <= $8 THEN 1 ELSE 0 END
         FROM appeal a
         WHERE (a.submitted_at >= $10 AND a.submitted_at < $11) OR (a.submitted_at >= $12 AND a.submitted_at < $13)
       )
       SELECT key, status, sum(count)::int AS count, sum(resolved)::int AS resolved, sum(on_time)::int AS on_time,
         sum(overdue)::int AS overdue, sum(rating_sum)::int AS rating_sum, sum(rated)::int AS rated
       FROM parts
       GROUP BY key, status
       HAVING sum(count) > 0
       ORDER BY key`,
      [
        args.groupBy,
        range.wholeDays,
        range.fromDay,
        range.toDay,
        range.fromDay && shanghaiInstant(range.fromDay, 0),
        range.toDay && shanghaiInstant(range.toDay, 0),
        today,
        now,
        shanghaiInstant(addDays(today, 1), 0),
        edgeA?.[0] ?? null,
        edgeA?.[1] ?? null,
        edgeB?.[0] ?? null,
        edgeB?.[1] ?? null,
      ],
    )) as GroupStatusRow[];
    const groups = new Map<string, GroupStatusRow[]>();
    for (const row of rows) groups.set(row.key, [...(groups.get(row.key) ?? []), row]);
    return [...groups].map(([key, statusRows]) => this.toFigureRow(args.groupBy, key, statusRows));
  }

  /** Open appeals past their deadline that the caller may see, the longest overdue first, a page at a time (keyset on dueAt). */
  async overdue(caller: Caller, args: OverdueAppealsArgs): Promise<Page<Appeal>> {
    requireRole(caller, FIGURE_ROLES, 'read the overdue appeals');
    // Who may ask is the figures' rule; which appeals are listed is the appeals' (a leader: those on its ledger).
    const scope = appealScopeFilter(caller, 'appeal');
    const query = this.dataSource
      .getRepository(Appeal)
      .createQueryBuilder('appeal')
      .where(`appeal.status NOT IN ${SETTLED_SQL}`)
      .andWhere(scope.sql, scope.parameters)
      .andWhere('appeal.due_at <= :now', { now: this.clock() });
    if (args.departmentCode) {
      const department = await this.departments.findByCode(args.departmentCode);
      if (!department)
        throw new BadUserInput('departmentCode', `There is no department ${args.departmentCode}`);
      query.andWhere('appeal.lead_department_id = :departmentId', { departmentId: department.id });
    }
    if (args.gridCellId) {
      if (!isUuid(args.gridCellId))
        return { nodes: [], totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null } };
      query.andWhere('appeal.grid_cell_id = :gridCellId', { gridCellId: args.gridCellId });
    }
    return keysetPage(query, args, { sortColumn: 'dueAt', direction: 'ASC' });
  }

  private toFigureRow(
    groupBy: FigureGrouping,
    key: string,
    rows: GroupStatusRow[],
  ): AppealFigureRow {
    const sum = (pick: (row: GroupStatusRow) => number): number =>
      rows.reduce((total, row) => total + pick(row), 0);
    const resolvedCount = sum((row) => row.resolved);
    const onTimeCount = sum((row) => row.on_time);
    const rated = sum((row) => row.rated);
    return {
      key,
      department:
        groupBy === FigureGrouping.DEPARTMENT && key !== UNASSIGNED_KEY ? { id: key } : null,
      gridCell: groupBy === FigureGrouping.GRID_CELL ? { id: key } : null,
      handlingMode: groupBy === FigureGrouping.HANDLING_MODE ? (key as HandlingMode) : null,
      countsByStatus: [...rows]
        .sort(
          (left, right) => STATUS_ORDER.indexOf(left.status) - STATUS_ORDER.indexOf(right.status),
        )
        .map((row) => ({ status: row.status, count: row.count })),
      total: sum((row) => row.count),
      resolvedCount,
      onTimeCount,
      onTimeRate: resolvedCount > 0 ? onTimeCount / resolvedCount : null,
      averageSatisfaction: rated > 0 ? sum((row) => row.rating_sum) / rated : null,
      overdueCount: sum((row) => row.overdue),
    };
  }
}
