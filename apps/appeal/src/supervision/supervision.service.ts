import { randomUUID } from 'node:crypto';
import { enqueueEvents } from '@erqi/shared/data-access-events';
import { keysetPage, type Page } from '@erqi/shared/data-access-pagination';
import { actorOf, type Caller, requireRole, Role } from '@erqi/shared/util-auth';
import { BadUserInput, Conflict, Forbidden, NotFound } from '@erqi/shared/util-errors';
import type { DataSource, Repository } from 'typeorm';
import type { Clock } from '@erqi/shared/util-clock';
import type { ConductRuleService } from '../conduct-rule/conduct-rule.service';
import type { RuleFigure } from '../conduct-rule/rule-figure.type';
import type { DepartmentDirectory } from '../dispatch/department-directory';
import { isUuid } from '@erqi/shared/util-uuid';
import { SUPERVISING_ROLES } from '../policy/roles';
import { FINDING_MOVES, type FindingMove } from './finding-moves';
import { findingChangedEvent } from './supervision.events';
import type {
  FindingRuleFiguresArgs,
  RecordSupervisionFindingInput,
  SupervisionFindingsArgs,
} from './supervision.input';
import { SupervisionFindingEntry } from './supervision-finding-entry.entity';
import { SupervisionFinding } from './supervision-finding.entity';
import { FindingStatus } from './supervision.enums';

/** Who reads the ledger: supervisors, leaders and admins all of it; department staff their department's findings. */
const READING_ROLES: readonly Role[] = [
  Role.SUPERVISOR,
  Role.ADMIN,
  Role.LEADER,
  Role.DEPARTMENT_STAFF,
];

export interface SupervisionServiceDependencies {
  dataSource: DataSource;
  departments: DepartmentDirectory;
  /** 十不准 / 十必须: every finding cites one. */
  rules: ConductRuleService;
  clock: Clock;
  /** Called after a transaction that enqueued events has committed, so they leave at once. */
  onEventsCommitted: () => void;
}

/** 暗访督导台账: supervisors record findings, departments rectify, supervisors strike them off (对账销号). */
export class SupervisionService {
  private readonly findings: Repository<SupervisionFinding>;

  constructor(private readonly deps: SupervisionServiceDependencies) {
    this.findings = deps.dataSource.getRepository(SupervisionFinding);
  }

  async get(caller: Caller, id: string): Promise<SupervisionFinding> {
    const reader = requireRole(caller, READING_ROLES, 'read the supervision ledger');
    const finding = isUuid(id) ? await this.findings.findOneBy({ id }) : null;
    if (!finding) throw new NotFound('SupervisionFinding', id);
    if (reader.role === Role.DEPARTMENT_STAFF && reader.departmentCode !== finding.departmentCode) {
      throw new Forbidden(
        `This finding is for ${finding.departmentCode}; department staff see their own department's findings`,
      );
    }
    return finding;
  }

  /** Newest found first, a page at a time; department staff see only their department's. */
  list(caller: Caller, args: SupervisionFindingsArgs): Promise<Page<SupervisionFinding>> {
    const departmentCode = this.readableDepartment(caller, args.departmentCode ?? null);
    const query = this.findings.createQueryBuilder('finding');
    if (departmentCode !== null)
      query.andWhere('finding.department_code = :departmentCode', { departmentCode });
    if (args.ruleCode) query.andWhere('finding.rule_code = :ruleCode', { ruleCode: args.ruleCode });
    if (args.status) query.andWhere('finding.status = :status', { status: args.status });
    if (args.overdue !== undefined && args.overdue !== null)
      query.andWhere('finding.overdue = :overdue', { overdue: args.overdue });
    return keysetPage(query, args, { sortColumn: 'foundAt', direction: 'DESC' });
  }

  /** Figures by rule (十不准 / 十必须): every rule, with how many findings cite it and how many are not struck off. */
  async figuresByRule(caller: Caller, args: FindingRuleFiguresArgs): Promise<RuleFigure[]> {
    const departmentCode = this.readableDepartment(caller, args.departmentCode ?? null);
    const query = this.findings
      .createQueryBuilder('finding')
      .select('finding.rule_code', 'ruleCode')
      .addSelect('count(*)::int', 'total')
      .addSelect(`count(*) FILTER (WHERE finding.status <> :verified)::int`, 'open')
      .setParameter('verified', FindingStatus.VERIFIED)
      .groupBy('finding.rule_code');
    if (departmentCode !== null)
      query.andWhere('finding.department_code = :departmentCode', { departmentCode });
    const rows = await query.getRawMany<{ ruleCode: string; total: number; open: number }>();
    const counts = new Map(rows.map((row) => [row.ruleCode, row]));
    const catalogue = await this.deps.rules.all();
    return [...catalogue.values()].map((rule) => ({
      rule,
      total: counts.get(rule.id)?.total ?? 0,
      open: counts.get(rule.id)?.open ?? 0,
    }));
  }

  /** The department a reader may list: any (or all, null) for most, only their own for department staff. */
  private readableDepartment(caller: Caller, asked: string | null): string | null {
    const reader = requireRole(caller, READING_ROLES, 'read the supervision ledger');
    if (reader.role !== Role.DEPARTMENT_STAFF) return asked;
    if (asked !== null && asked !== reader.departmentCode) {
      throw new Forbidden(
        `Department staff see their own department's findings (${reader.departmentCode ?? 'none'}), not ${asked}'s`,
      );
    }
    return reader.departmentCode ?? '';
  }

  /** A supervisor records a finding against a department, with the date it must be rectified by. */
  async record(caller: Caller, input: RecordSupervisionFindingInput): Promise<SupervisionFinding> {
    const supervisor = requireRole(caller, SUPERVISING_ROLES, 'record a supervision finding');
    const now = this.deps.clock();
    const foundAt = input.foundAt ?? now;
    if (foundAt.getTime() > now.getTime())
      throw new BadUserInput('foundAt', 'foundAt cannot be in the future');
    if (input.rectifyBy.getTime() <= foundAt.getTime())
      throw new BadUserInput('rectifyBy', 'rectifyBy must be after foundAt');
    if (input.rectifyBy.getTime() <= now.getTime())
      throw new BadUserInput('rectifyBy', 'rectifyBy must be in the future');
    const department = await this.deps.departments.findByCode(input.departmentCode);
    if (!department)
      throw new BadUserInput(
        'departmentCode',
        `There is no department ${input.departmentCode}; the query departments lists the codes`,
      );
    const rule = await this.deps.rules.requireRule('ruleCode', input.ruleCode);

    const finding = this.findings.create({
      id: randomUUID(),
      departmentCode: department.code,
      ruleCode: rule.id,
      title: input.title.trim(),
      description: input.description.trim(),
      foundAt,
      rectifyBy: input.rectifyBy,
      status: FindingStatus.OPEN,
      overdue: false,
      escalatedDeadlineAt: null,
      recordedBy: actorOf(supervisor),
      recordedAt: now,
      version: 1,
    });
    await this.deps.dataSource.transaction(async (manager) => {
      await manager.insert(SupervisionFinding, finding);
      await manager.insert(SupervisionFindingEntry, {
        id: randomUUID(),
        findingId: finding.id,
        at: now,
        actor: finding.recordedBy,
        fromStatus: null,
        toStatus: FindingStatus.OPEN,
        note: `暗访督导发现问题，交${department.code}于 ${finding.rectifyBy.toISOString()} 前整改`,
      });
      await enqueueEvents(manager, [findingChangedEvent(finding, now)]);
    });
    this.deps.onEventsCommitted();
    return finding;
  }

  /**
   * One step of the life cycle, for the roles that may take it; anything else changes nothing. The
   * finding's row is locked first, so of two steps at once the second sees the first's result.
   */
  async move(
    caller: Caller,
    move: FindingMove,
    id: string,
    note: string | null | undefined,
    newRectifyBy?: Date | null,
  ): Promise<SupervisionFinding> {
    const rule = FINDING_MOVES[move];
    const user = requireRole(caller, rule.roles, `${move} a finding`);
    const now = this.deps.clock();
    if (newRectifyBy && newRectifyBy.getTime() <= now.getTime())
      throw new BadUserInput('rectifyBy', 'The new rectifyBy must be in the future');
    const finding = await this.deps.dataSource.transaction(async (manager) => {
      const locked = isUuid(id)
        ? await manager.findOne(SupervisionFinding, {
            where: { id },
            lock: { mode: 'pessimistic_write' },
          })
        : null;
      if (!locked) throw new NotFound('SupervisionFinding', id);
      if (user.role === Role.DEPARTMENT_STAFF && user.departmentCode !== locked.departmentCode) {
        throw new Forbidden(
          `This finding is for ${locked.departmentCode}; only its own staff may ${move}`,
        );
      }
      if (!rule.from.includes(locked.status)) {
        throw new Conflict(
          `${move} is not possible while the finding is ${locked.status}; it needs ${rule.from.join(' or ')}`,
          {
            status: locked.status,
            allowedFrom: rule.from,
          },
        );
      }
      const fromStatus = locked.status;
      const changes: Partial<SupervisionFinding> = { status: rule.to };
      if (newRectifyBy) Object.assign(changes, { rectifyBy: newRectifyBy, overdue: false });
      await manager.update(
        SupervisionFinding,
        { id: locked.id },
        { ...changes, version: () => 'version + 1' },
      );
      Object.assign(locked, changes, { version: locked.version + 1 });
      const trimmed = note?.trim();
      await manager.insert(SupervisionFindingEntry, {
        id: randomUUID(),
        findingId: locked.id,
        at: now,
        actor: actorOf(user),
        fromStatus,
        toStatus: rule.to,
        note:
          (trimmed ? trimmed : rule.defaultNote) +
          (newRectifyBy ? `（新的整改期限 ${newRectifyBy.toISOString()}）` : ''),
      });
      await enqueueEvents(manager, [findingChangedEvent(locked, now)]);
      return locked;
    });
    this.deps.onEventsCommitted();
    return finding;
  }
}
