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
   * One GROUP BY (group, status) over the appeals submitted in [from, to): counts, resolutions on time,
   * ratings and the still-open past due; the few rows per group are then summed here.
   */
  async figures(caller: Caller, args: AppealFiguresArgs): Promise<AppealFigureRow[]> {
    requireRole(caller, FIGURE_ROLES, 'read the appeal figures');
    if (args.from && args.to && args.from.getTime() >= args.to.getTime())
      throw new BadUserInput('to', 'to must be after from');
    const rows = (await this.dataSource.query(
      `SELECT ${KEY_EXPRESSIONS[args.groupBy]} AS key, a.status,
         count(*)::int AS count,
         count(*) FILTER (WHERE a.status IN ${SETTLED_SQL} AND a.resolved_at IS NOT NULL)::int AS resolved,
         count(*) FILTER (WHERE a.status IN ${SETTLED_SQL} AND a.resolved_at <= a.due_at)::int AS on_time,
         count(*) FILTER (WHERE a.status NOT IN ${SETTLED_SQL} AND a.due_at <= $3)::int AS overdue,
         COALESCE(sum(a.evaluation_rating), 0)::int AS rating_sum,
         count(a.evaluation_rating)::int AS rated
       FROM appeal a
       WHERE ($1::timestamptz IS NULL OR a.submitted_at >= $1) AND ($2::timestamptz IS NULL OR a.submitted_at < $2)
       GROUP BY 1, 2
       ORDER BY 1`,
      [args.from ?? null, args.to ?? null, this.clock()],
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
