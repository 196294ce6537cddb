import { randomUUID } from 'node:crypto';
import { keysetPage, type Page } from '@erqi/shared/data-access-pagination';
import { actorOf, type Caller, requireRole, requireUser, Role } from '@erqi/shared/util-auth';
import type { Clock } from '@erqi/shared/util-clock';
import { BadUserInput, Conflict, NotFound } from '@erqi/shared/util-errors';
import { isUuid } from '@erqi/shared/util-uuid';
import type { DataSource, EntityManager, Repository } from 'typeorm';
import type { ConductRuleService } from '../conduct-rule/conduct-rule.service';
import type { DepartmentDirectory } from '../dispatch/department-directory';
import { canKnowOf, caseScopeOf, REPORTING_ROLES } from './misconduct-access';
import { MisconductCaseEntry } from './misconduct-case-entry.entity';
import { MisconductCaseRule } from './misconduct-case-rule.entity';
import { MisconductCase } from './misconduct-case.entity';
import type { MisconductFigures } from './misconduct-figures.type';
import { MISCONDUCT_STEPS, nextStepOf } from './misconduct-steps';
import { MisconductCaseStatus, type MisconductStep } from './misconduct.enums';
import type { MisconductCasesArgs, ReportMisconductCaseInput } from './misconduct.input';

const HANDLING_ROLES: readonly Role[] = [Role.DISCIPLINE_OFFICER];

export interface MisconductServiceDependencies {
  dataSource: DataSource;
  departments: DepartmentDirectory;
  rules: ConductRuleService;
  clock: Clock;
}

/**
 * 问题讲评: misconduct cases, reported by supervisors, run by the discipline officer through six steps
 * to a review. Publishes no events: a case's people must not reach topics others read.
 */
export class MisconductService {
  private readonly cases: Repository<MisconductCase>;

  constructor(private readonly deps: MisconductServiceDependencies) {
    this.cases = deps.dataSource.getRepository(MisconductCase);
  }

  /** A case the caller may know of; NOT_FOUND for one it may not, exactly as for one that does not exist. */
  async get(caller: Caller, id: string): Promise<MisconductCase> {
    const found = isUuid(id) ? await this.cases.findOneBy({ id }) : null;
    if (!found || !canKnowOf(caseScopeOf(caller), found)) throw new NotFound('MisconductCase', id);
    return found;
  }

  /** Newest first; the reporting supervisor its own, the discipline officer all, anyone else none. */
  async list(caller: Caller, args: MisconductCasesArgs): Promise<Page<MisconductCase>> {
    requireUser(caller);
    const scope = caseScopeOf(caller);
    const query = this.cases.createQueryBuilder('misconduct');
    if (scope.kind === 'none') query.andWhere('FALSE');
    if (scope.kind === 'reporter')
      query.andWhere('misconduct.reporter_subject = :subject', { subject: scope.subject });
    if (args.status) query.andWhere('misconduct.status = :status', { status: args.status });
    if (args.departmentCode)
      query.andWhere('misconduct.department_code = :departmentCode', {
        departmentCode: args.departmentCode,
      });
    if (args.ruleCode)
      query.andWhere(
        'EXISTS (SELECT 1 FROM misconduct_case_rule cited WHERE cited.case_id = misconduct.id AND cited.rule_code = :ruleCode)',
        { ruleCode: args.ruleCode },
      );
    return keysetPage(query, args, { sortColumn: 'reportedAt', direction: 'DESC' });
  }

  /** A supervisor reports, or the discipline officer files, a case: REPORTED. */
  async report(caller: Caller, input: ReportMisconductCaseInput): Promise<MisconductCase> {
    const reporter = requireRole(caller, REPORTING_ROLES, 'report a misconduct case');
    const department = await this.deps.departments.findByCode(input.departmentCode);
    if (!department)
      throw new BadUserInput(
        'departmentCode',
        `There is no department ${input.departmentCode}; the query departments lists the codes`,
      );
    const rules = await this.deps.rules.requireRules('ruleCodes', input.ruleCodes);
    const now = this.deps.clock();
    const created = this.cases.create({
      id: randomUUID(),
      officialName: input.officialName.trim(),
      officialPost: input.officialPost.trim(),
      departmentCode: department.code,
      summary: input.summary.trim(),
      status: MisconductCaseStatus.REPORTED,
      reportedBy: actorOf(reporter),
      reporterSubject: reporter.subject,
      reporterRole: reporter.role,
      reportedAt: now,
      review: null,
      lessons: null,
      reviewedBy: null,
      reviewedAt: null,
      version: 1,
    });
    const how = reporter.role === Role.SUPERVISOR ? '监督员报告' : '纪检立案';
    await this.deps.dataSource.transaction(async (manager) => {
      await manager.insert(MisconductCase, created);
      await manager.insert(
        MisconductCaseRule,
        rules.map((rule) => ({ caseId: created.id, ruleCode: rule.id })),
      );
      await this.appendEntry(
        manager,
        created,
        null,
        `${how}：违反 ${rules.map((rule) => rule.id).join('、')}`,
        now,
      );
    });
    return created;
  }

  /** One of the six steps, only the case's next one (CONFLICT otherwise); the discipline officer only. */
  advance(caller: Caller, id: string, step: MisconductStep, note: string): Promise<MisconductCase> {
    const officer = requireRole(caller, HANDLING_ROLES, 'take a step of a misconduct case');
    const rule = MISCONDUCT_STEPS[step];
    return this.changeLocked(officer, id, (found) => {
      if (found.status !== rule.from) {
        const next = nextStepOf(found.status);
        throw new Conflict(
          `${step} (${rule.label}) is not possible while the case is ${found.status}; ${next ? `its next step is ${next}` : 'all six steps are done'}`,
          { status: found.status, nextStep: next },
        );
      }
      return { changes: { status: rule.to }, note: `${rule.label}：${note.trim()}` };
    });
  }

  /** 讲评: the review and its lessons, once all six steps are done; the case is then REVIEWED. */
  review(caller: Caller, id: string, review: string, lessons: string): Promise<MisconductCase> {
    const officer = requireRole(caller, HANDLING_ROLES, 'review a misconduct case');
    const now = this.deps.clock();
    return this.changeLocked(officer, id, (found) => {
      if (found.status !== MisconductCaseStatus.RECTIFIED) {
        throw new Conflict(
          `The review (讲评) follows the six steps; the case is ${found.status}, its next step is ${nextStepOf(found.status) ?? 'none'}`,
          { status: found.status, nextStep: nextStepOf(found.status) },
        );
      }
      return {
        changes: {
          status: MisconductCaseStatus.REVIEWED,
          review: review.trim(),
          lessons: lessons.trim(),
          reviewedBy: actorOf(officer),
          reviewedAt: now,
        },
        note: '讲评',
      };
    });
  }

  /** Figures by department and by rule, for the discipline officer only. */
  async figures(caller: Caller): Promise<MisconductFigures> {
    requireRole(caller, HANDLING_ROLES, 'read the misconduct figures');
    const reviewed = MisconductCaseStatus.REVIEWED;
    const byDepartment = await this.deps.dataSource.query<
      Array<{ departmentCode: string; total: number; open: number }>
    >(
      `SELECT department_code AS "departmentCode", count(*)::int AS total,
         count(*) FILTER (WHERE status <> $1)::int AS open
       FROM misconduct_case GROUP BY department_code ORDER BY total DESC, department_code`,
      [reviewed],
    );
    const ruleRows = await this.deps.dataSource.query<
      Array<{ ruleCode: string; total: number; open: number }>
    >(
      `SELECT cited.rule_code AS "ruleCode", count(*)::int AS total,
         count(*) FILTER (WHERE misconduct.status <> $1)::int AS open
       FROM misconduct_case_rule cited JOIN misconduct_case misconduct ON misconduct.id = cited.case_id
       GROUP BY cited.rule_code`,
      [reviewed],
    );
    const counts = new Map(ruleRows.map((row) => [row.ruleCode, row]));
    const catalogue = await this.deps.rules.all();
    const byRule = [...catalogue.values()].map((rule) => ({
      rule,
      total: counts.get(rule.id)?.total ?? 0,
      open: counts.get(rule.id)?.open ?? 0,
    }));
    return { byDepartment, byRule };
  }

  /** Locks the case, applies one change with its history entry; NOT_FOUND outside the caller's scope. */
  private async changeLocked(
    officer: Caller,
    id: string,
    decide: (found: MisconductCase) => { changes: Partial<MisconductCase>; note: string },
  ): Promise<MisconductCase> {
    const now = this.deps.clock();
    return this.deps.dataSource.transaction(async (manager) => {
      const found = isUuid(id)
        ? await manager.findOne(MisconductCase, {
            where: { id },
            lock: { mode: 'pessimistic_write' },
          })
        : null;
      if (!found || !canKnowOf(caseScopeOf(officer), found))
        throw new NotFound('MisconductCase', id);
      const fromStatus = found.status;
      const { changes, note } = decide(found);
      await manager.update(
        MisconductCase,
        { id: found.id },
        { ...changes, version: () => 'version + 1' },
      );
      Object.assign(found, changes, { version: found.version + 1 });
      await this.appendEntry(manager, found, fromStatus, note, now, actorOf(officer));
      return found;
    });
  }

  private async appendEntry(
    manager: EntityManager,
    found: MisconductCase,
    fromStatus: MisconductCaseStatus | null,
    note: string,
    at: Date,
    actor = found.reportedBy,
  ): Promise<void> {
    await manager.insert(MisconductCaseEntry, {
      id: randomUUID(),
      caseId: found.id,
      at,
      actor,
      fromStatus,
      toStatus: found.status,
      note,
    });
  }
}
