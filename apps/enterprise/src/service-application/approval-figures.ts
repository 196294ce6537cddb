import { requireRole, Role } from '@erqi/shared/util-auth';
import type { Caller } from '@erqi/shared/util-auth';
import { Forbidden } from '@erqi/shared/util-errors';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { DataSource } from 'typeorm';
import { FIGURE_READERS } from './service-application-access';

/** 零超时: how one department, or one matter, keeps its time limits. */
@ObjectType({ description: '零超时 figures of approvals (办件) for a department or a matter' })
export class ApprovalFigure {
  @Field(() => String)
  departmentCode!: string;

  @Field(() => String, { nullable: true, description: 'Null on a department row' })
  matterCode!: string | null;

  @Field(() => String, { nullable: true })
  matterName!: string | null;

  @Field(() => Int, { description: 'Applications accepted' })
  accepted!: number;

  @Field(() => Int, { description: 'Still on the clock' })
  open!: number;

  @Field(() => Int, { description: 'Decided or ended (办结)' })
  decided!: number;

  @Field(() => Int, { description: 'Decided within the time limit' })
  decidedOnTime!: number;

  @Field(() => Int, { description: 'Decided late, or open past the due time (超时)' })
  overdue!: number;

  @Field(() => Int, { description: 'Escalated (督办)' })
  escalated!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      '按时办结率: decided on time ÷ (decided + open past due); null with nothing to count. 1 is 零超时',
  })
  onTimeRate!: number | null;
}

@ObjectType({ description: '零超时 figures of the 易企办 approvals, as of now' })
export class ApprovalFigures {
  @Field(() => Date)
  asOf!: Date;

  @Field(() => [ApprovalFigure], { description: 'By department' })
  byDepartment!: ApprovalFigure[];

  @Field(() => [ApprovalFigure], { description: 'By matter, within department' })
  byMatter!: ApprovalFigure[];
}

interface FigureRow {
  department_code: string;
  matter_code: string | null;
  matter_name: string | null;
  accepted: string;
  open: string;
  decided: string;
  on_time: string;
  overdue: string;
  escalated: string;
}

/** The figures at `now`, in one statement (GROUPING SETS: departments and matters at once). */
export async function approvalFigures(
  dataSource: DataSource,
  caller: Caller,
  departmentCode: string | null | undefined,
  now: Date,
): Promise<ApprovalFigures> {
  const user = requireRole(caller, FIGURE_READERS, 'read the 零超时 figures');
  let department = departmentCode ?? null;
  if (user.role === Role.DEPARTMENT_STAFF) {
    if (department && department !== user.departmentCode)
      throw new Forbidden("A department's staff reads its own department's figures only");
    department = user.departmentCode ?? '';
  }
  const rows = (await dataSource.query(
    `SELECT department_code, matter_code, max(matter_name) AS matter_name,
            count(*) AS accepted,
            count(*) FILTER (WHERE status = 'ACCEPTED') AS open,
            count(*) FILTER (WHERE decided_at IS NOT NULL) AS decided,
            count(*) FILTER (WHERE decided_at IS NOT NULL AND decided_at <= due_at) AS on_time,
            count(*) FILTER (WHERE (decided_at IS NOT NULL AND decided_at > due_at)
                                OR (status = 'ACCEPTED' AND due_at <= $1)) AS overdue,
            count(*) FILTER (WHERE escalated_at IS NOT NULL) AS escalated
       FROM service_application
      WHERE ($2::text IS NULL OR department_code = $2)
      GROUP BY GROUPING SETS ((department_code), (department_code, matter_code))
      ORDER BY department_code, matter_code NULLS FIRST`,
    [now, department],
  )) as FigureRow[];
  const figures = rows.map((row): ApprovalFigure => {
    const onTime = Number(row.on_time);
    const late = Number(row.overdue);
    return {
      departmentCode: row.department_code,
      matterCode: row.matter_code,
      matterName: row.matter_code ? row.matter_name : null,
      accepted: Number(row.accepted),
      open: Number(row.open),
      decided: Number(row.decided),
      decidedOnTime: onTime,
      overdue: late,
      escalated: Number(row.escalated),
      onTimeRate: onTime + late === 0 ? null : onTime / (onTime + late),
    };
  });
  return {
    asOf: now,
    byDepartment: figures.filter((figure) => figure.matterCode === null),
    byMatter: figures.filter((figure) => figure.matterCode !== null),
  };
}
