import { type Caller, requireRole, Role } from '@erqi/shared/util-auth';
import { Field, Float, Int, ObjectType, Query, Ctx, Resolver } from 'type-graphql';
import type { DataSource } from 'typeorm';
import type { EnterpriseContext } from '../context';
import { SubsidyStatus } from '../subsidy/subsidy-application.entity';

@ObjectType()
export class SubsidyStatusCount {
  @Field(() => SubsidyStatus)
  status!: SubsidyStatus;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: "One department's policies and their applications" })
export class DepartmentSubsidyFigures {
  @Field(() => String)
  departmentCode!: string;

  @Field(() => Int)
  policiesPublished!: number;

  @Field(() => Int)
  applications!: number;

  @Field(() => Float, { description: 'Approved (and paid) applications, in yuan' })
  approvedAmount!: number;

  @Field(() => Float, { description: 'Paid out, in yuan' })
  paidAmount!: number;
}

@ObjectType({ description: '二七帮 in figures: policies, subsidies and the 政银企 platform' })
export class ErqiHelpFigures {
  @Field(() => Int)
  policiesPublished!: number;

  @Field(() => Int, {
    description: 'Enterprises that qualified, summed over the policies when published',
  })
  enterprisesMatched!: number;

  @Field(() => [SubsidyStatusCount])
  applicationsByStatus!: SubsidyStatusCount[];

  @Field(() => Float, { description: 'In yuan' })
  approvedAmount!: number;

  @Field(() => Float, { description: 'In yuan' })
  paidAmount!: number;

  @Field(() => [DepartmentSubsidyFigures])
  byDepartment!: DepartmentSubsidyFigures[];

  @Field(() => Int)
  financingNeeds!: number;

  @Field(() => Int, { description: 'Needs put to a bank product (对接)' })
  financingMatches!: number;

  @Field(() => Int)
  bankAccepted!: number;

  @Field(() => Int)
  bankDeclined!: number;
}

export async function erqiHelpFigures(
  caller: Caller,
  dataSource: DataSource,
): Promise<ErqiHelpFigures> {
  requireRole(caller, [Role.LEADER, Role.SUPERVISOR, Role.ADMIN], 'read the 二七帮 figures');
  const [policies] = (await dataSource.query(
    `SELECT count(*)::int AS published, coalesce(sum(matched_at_publish), 0)::int AS matched FROM policy WHERE status = 'PUBLISHED'`,
  )) as Array<{ published: number; matched: number }>;
  const byStatus = (await dataSource.query(
    `SELECT status, count(*)::int AS count FROM subsidy_application GROUP BY status ORDER BY status`,
  )) as SubsidyStatusCount[];
  const byDepartment = (await dataSource.query(
    `SELECT department_code AS "departmentCode",
            count(*) FILTER (WHERE kind = 'policy')::int AS "policiesPublished",
            count(*) FILTER (WHERE kind = 'application')::int AS applications,
            coalesce(sum(approved), 0)::float8 AS "approvedAmount",
            coalesce(sum(paid), 0)::float8 AS "paidAmount"
       FROM (SELECT department_code, 'policy' AS kind, NULL::int AS approved, NULL::int AS paid FROM policy WHERE status = 'PUBLISHED'
             UNION ALL
             SELECT department_code, 'application', approved_amount, paid_amount FROM subsidy_application) AS rows
      GROUP BY department_code ORDER BY department_code`,
  )) as DepartmentSubsidyFigures[];
  const [financing] = (await dataSource.query(
    `SELECT (SELECT count(*) FROM financing_need)::int AS needs,
            count(*)::int AS matches,
            count(*) FILTER (WHERE answer = 'ACCEPTED')::int AS accepted,
            count(*) FILTER (WHERE answer = 'DECLINED')::int AS declined
       FROM financing_match`,
  )) as Array<{ needs: number; matches: number; accepted: number; declined: number }>;
  return {
    policiesPublished: policies?.published ?? 0,
    enterprisesMatched: policies?.matched ?? 0,
    applicationsByStatus: byStatus,
    approvedAmount: byDepartment.reduce((sum, row) => sum + row.approvedAmount, 0),
    paidAmount: byDepartment.reduce((sum, row) => sum + row.paidAmount, 0),
    byDepartment,
    financingNeeds: financing?.needs ?? 0,
    financingMatches: financing?.matches ?? 0,
    bankAccepted: financing?.accepted ?? 0,
    bankDeclined: financing?.declined ?? 0,
  };
}

@Resolver()
export class ErqiHelpFiguresResolver {
  @Query(() => ErqiHelpFigures, { description: '二七帮 figures; LEADER, SUPERVISOR and ADMIN' })
  erqiHelpFigures(@Ctx() context: EnterpriseContext): Promise<ErqiHelpFigures> {
    return erqiHelpFigures(context.caller, context.erqiHelp.dataSource);
  }
}
