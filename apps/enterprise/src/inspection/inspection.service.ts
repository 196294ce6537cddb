import {
  type Caller,
  requireDepartmentStaff,
  requireRole,
  requireUser,
  Role,
  type UserCaller,
} from '@erqi/shared/util-auth';
import { BadUserInput, Conflict, Forbidden, NotFound } from '@erqi/shared/util-errors';
import { randomUUID } from 'node:crypto';
import type { DataSource, Repository, SelectQueryBuilder } from 'typeorm';
import { actsForEnterprise } from '../enterprise/enterprise-access';
import type { Clock } from '@erqi/shared/util-clock';
import {
  type EnterpriseCodeService,
  lockEnterprise,
} from '../enterprise-code/enterprise-code.service';
import { isUuid } from '@erqi/shared/util-uuid';
import { calendarMonthOf } from '@erqi/shared/util-shanghai-time';
import { Inspection } from './inspection.entity';
import type {
  AddInspectionQuietPeriodInput,
  CheckInInspectionArgs,
  CheckOutInspectionArgs,
  InspectionCountsArgs,
} from './inspection.input';
import { InspectionQuietPeriod } from './quiet-period.entity';
import { requireLegalBasis, requireOpenAppealOf } from '../inspection-cause/inspection-cause';

/** Routine inspections an enterprise may receive in a calendar month when nothing else is configured. */
export const DEFAULT_ROUTINE_INSPECTIONS_PER_MONTH = 2;

export interface InspectionDepartmentCountRow {
  departmentCode: string;
  count: number;
  withCause: number;
  routine: number;
}

/**
 * Whether the caller may see an enterprise's inspections (newest first, loaded for many enterprises at once by
 * `inspectionsOfEnterprise` in loaders): the enterprise itself, SUPERVISOR and ADMIN all of them, DEPARTMENT_STAFF
 * their own department's; the caller if so, UNAUTHENTICATED or FORBIDDEN otherwise.
 */
export function assertMaySeeInspectionsOf(caller: Caller, enterpriseId: string): UserCaller {
  const user = requireUser(caller);
  if (user.role === Role.DEPARTMENT_STAFF) {
    if (!user.departmentCode)
      throw new Forbidden('Your token names no department, so you cannot see its inspections');
    return user;
  }
  if (
    user.role === Role.SUPERVISOR ||
    user.role === Role.ADMIN ||
    actsForEnterprise(user, enterpriseId)
  )
    return user;
  throw new Forbidden(
    "Only the enterprise itself, the departments that inspected it, SUPERVISOR and ADMIN may see an enterprise's inspections",
  );
}

/**
 * Which inspections over `alias` the user sees, as a condition: all for SUPERVISOR and ADMIN, their own
 * department's for DEPARTMENT_STAFF, their own enterprise's for ENTERPRISE, none for anyone else.
 */
export function whereInspectionVisible<T extends object>(
  query: SelectQueryBuilder<T>,
  alias: string,
  user: UserCaller,
): SelectQueryBuilder<T> {
  if (user.role === Role.SUPERVISOR || user.role === Role.ADMIN) return query;
  if (user.role === Role.DEPARTMENT_STAFF && user.departmentCode) {
    return query.andWhere(`${alias}.department_code = :visibleToDepartment`, {
      visibleToDepartment: user.departmentCode,
    });
  }
  if (user.role === Role.ENTERPRISE && user.enterpriseId) {
    return query.andWhere(`${alias}.enterprise_id = :visibleToEnterprise`, {
      visibleToEnterprise: user.enterpriseId.toLowerCase(),
    });
  }
  return query.andWhere('FALSE');
}

/** 无事不扰: check-ins with an enterprise's code, within a monthly quota and outside quiet periods unless there is a cause. */
export class InspectionService {
  private readonly inspections: Repository<Inspection>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly codes: EnterpriseCodeService,
    private readonly clock: Clock,
    /** @default DEFAULT_ROUTINE_INSPECTIONS_PER_MONTH (ROUTINE_INSPECTIONS_PER_MONTH) */
    private readonly routinePerMonth: number = DEFAULT_ROUTINE_INSPECTIONS_PER_MONTH,
  ) {
    this.inspections = dataSource.getRepository(Inspection);
  }

  /**
   * Records a check-in by the caller's department. The enterprise's row stays locked until the
   * transaction ends, so two check-ins at once are counted one after the other: only one can take
   * the last routine slot of the month, and a code rotated meanwhile is seen.
   */
  async checkIn(caller: Caller, args: CheckInInspectionArgs): Promise<Inspection> {
    const staff = requireDepartmentStaff(caller, 'check in for an inspection');
    const claims = await this.codes.readScanned(args.code, 'code');
    const givenBasis = args.legalBasis?.trim() || null;
    const causeAppealId = args.causeAppealId?.toLowerCase() ?? null;
    const routine = givenBasis === null && causeAppealId === null;
    return this.dataSource.transaction(async (manager) => {
      if (!(await lockEnterprise(manager, claims.enterpriseId)))
        throw new BadUserInput('code', 'This code names no registered enterprise');
      await this.codes.assertCurrent(manager, claims, 'code');
      // A cause must be real, or inventing one would skip the quota and the quiet periods.
      const legalBasis = givenBasis
        ? (await requireLegalBasis(manager, givenBasis)).citation
        : null;
      if (causeAppealId) await requireOpenAppealOf(manager, causeAppealId, claims.enterpriseId);
      const now = this.clock();
      if (routine) {
        const quiet = await manager
          .getRepository(InspectionQuietPeriod)
          .createQueryBuilder('period')
          .where('(period.enterprise_id IS NULL OR period.enterprise_id = :enterpriseId)', {
            enterpriseId: claims.enterpriseId,
          })
          .andWhere('period.starts_at <= :now AND period.ends_at > :now', { now })
          .orderBy('period.ends_at', 'DESC')
          .getOne();
        if (quiet) {
          throw new Forbidden(
            `无事不扰 (no disturbance without cause): the enterprise is in a quiet period (${quiet.reason}) until ${quiet.endsAt.toISOString()}; ` +
              'a check-in now needs a cause: give causeAppealId or legalBasis',
          );
        }
        const month = calendarMonthOf(now);
        const used = await manager
          .getRepository(Inspection)
          .createQueryBuilder('inspection')
          .where('inspection.enterprise_id = :enterpriseId AND inspection.routine', {
            enterpriseId: claims.enterpriseId,
          })
          .andWhere('inspection.checked_in_at >= :start AND inspection.checked_in_at < :end', {
            start: month.start,
            end: month.end,
          })
          .getCount();
        if (used >= this.routinePerMonth) {
          throw new Forbidden(
            `无事不扰 (no disturbance without cause): the enterprise has had its ${this.routinePerMonth} routine inspections for ${month.label}; ` +
              'a further check-in this month needs a cause: give causeAppealId or legalBasis',
          );
        }
      }
      const inspection = manager.getRepository(Inspection).create({
        id: randomUUID(),
        enterpriseId: claims.enterpriseId,
        codeVersion: claims.version,
        departmentCode: staff.departmentCode,
        inspectorSubject: staff.subject,
        inspectorName: staff.name ?? staff.subject,
        purpose: args.purpose.trim(),
        legalBasis,
        causeAppealId,
        routine,
        checkedInAt: now,
        checkedOutAt: null,
        durationSeconds: null,
        findings: null,
      });
      await manager.getRepository(Inspection).insert(inspection);
      return inspection;
    });
  }

  /** Records the check-out and how long the visit took; CONFLICT the second time. The department that checked in only. */
  async checkOut(caller: Caller, args: CheckOutInspectionArgs): Promise<Inspection> {
    const staff = requireDepartmentStaff(caller, 'check out of an inspection');
    const inspection = isUuid(args.id)
      ? await this.inspections.findOneBy({ id: args.id.toLowerCase() })
      : null;
    if (!inspection) throw new NotFound('Inspection', args.id);
    if (inspection.departmentCode !== staff.departmentCode)
      throw new Forbidden(
        'Only staff of the department that checked in may check out of this inspection',
      );
    if (inspection.checkedOutAt)
      throw new Conflict(
        `This inspection was already checked out at ${inspection.checkedOutAt.toISOString()}`,
        { field: 'id' },
      );
    const now = this.clock();
    const durationSeconds = Math.max(
      0,
      Math.floor((now.getTime() - inspection.checkedInAt.getTime()) / 1000),
    );
    const findings = args.findings?.trim() || null;
    // The condition, not the read above, decides: of two check-outs at once only one changes the row.
    const result = await this.inspections
      .createQueryBuilder()
      .update(Inspection)
      .set({ checkedOutAt: now, durationSeconds, findings })
      .where('id = :id AND checked_out_at IS NULL', { id: inspection.id })
      .execute();
    if (result.affected === 0)
      throw new Conflict('This inspection was already checked out', { field: 'id' });
    return { ...inspection, checkedOutAt: now, durationSeconds, findings };
  }

  /** How many inspections each department made in [from, to), with and without a cause. SUPERVISOR and ADMIN. */
  async countsByDepartment(
    caller: Caller,
    { from, to }: InspectionCountsArgs,
  ): Promise<InspectionDepartmentCountRow[]> {
    requireRole(caller, [Role.SUPERVISOR, Role.ADMIN], 'see inspection counts per department');
    if (from.getTime() >= to.getTime()) throw new BadUserInput('to', 'to must be later than from');
    const rows = (await this.inspections
      .createQueryBuilder('inspection')
      .select('inspection.department_code', 'departmentCode')
      .addSelect('count(*)::int', 'count')
      .addSelect('(count(*) FILTER (WHERE NOT inspection.routine))::int', 'withCause')
      .addSelect('(count(*) FILTER (WHERE inspection.routine))::int', 'routine')
      .where('inspection.checked_in_at >= :from AND inspection.checked_in_at < :to', { from, to })
      .groupBy('inspection.department_code')
      .orderBy('count(*)', 'DESC')
      .addOrderBy('inspection.department_code')
      .getRawMany()) as InspectionDepartmentCountRow[];
    return rows;
  }

  /** A quiet period for one enterprise or all. ADMIN only. */
  async addQuietPeriod(
    caller: Caller,
    input: AddInspectionQuietPeriodInput,
  ): Promise<InspectionQuietPeriod> {
    requireRole(caller, [Role.ADMIN], 'set quiet periods');
    if (input.endsAt.getTime() <= input.startsAt.getTime())
      throw new BadUserInput('endsAt', 'endsAt must be later than startsAt');
    const enterpriseId = input.enterpriseId?.toLowerCase() ?? null;
    if (enterpriseId) {
      const [found] = (await this.dataSource.query('SELECT 1 FROM enterprise WHERE id = $1', [
        enterpriseId,
      ])) as unknown[];
      if (!found) throw new NotFound('Enterprise', enterpriseId, 'enterpriseId');
    }
    const period = this.dataSource.getRepository(InspectionQuietPeriod).create({
      id: randomUUID(),
      enterpriseId,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      reason: input.reason.trim(),
      createdAt: this.clock(),
    });
    await this.dataSource.getRepository(InspectionQuietPeriod).insert(period);
    return period;
  }
}
