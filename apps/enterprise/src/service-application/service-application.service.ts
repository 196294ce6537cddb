import { keysetPage, type Page } from '@erqi/shared/data-access-pagination';
import {
  actorOf,
  type Caller,
  requireDepartmentStaff,
  requireRole,
  requireUser,
  Role,
} from '@erqi/shared/util-auth';
import type { Clock } from '@erqi/shared/util-clock';
import { BadUserInput, Conflict, Forbidden, NotFound } from '@erqi/shared/util-errors';
import { isUuid } from '@erqi/shared/util-uuid';
import type { WorkingCalendar } from '@erqi/shared/util-working-calendar';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { ServiceMatter } from '../service-matter/service-matter.entity';
import { accountForMaterials } from './application-materials';
import { maySeeApplication, whereApplicationVisible } from './service-application-access';
import {
  CommitmentVerification,
  ServiceApplication,
  ServiceApplicationStatus,
} from './service-application.entity';
import type {
  ApplyForServiceMatterInput,
  DecideServiceApplicationArgs,
  ServiceApplicationsArgs,
  VerifyServiceCommitmentArgs,
} from './service-application.input';

/** 办件: applications for matters of the list, on the working-day clock (零超时). */
export class ServiceApplicationService {
  constructor(
    readonly dataSource: DataSource,
    private readonly clock: Clock,
    /** The working calendar the time limits count in. */
    readonly calendar: WorkingCalendar,
  ) {}

  /** The service's clock: figures are as of this instant. */
  now(): Date {
    return this.clock();
  }

  /** What is left of the time limit now, in working days (negative never: 0 once due); null once decided. */
  workingDaysLeft(application: ServiceApplication): number | null {
    if (application.status !== ServiceApplicationStatus.ACCEPTED) return null;
    const ms = this.calendar.workingMillisecondsBetween(this.clock(), application.dueAt);
    return Math.round((ms / 3_600_000 / this.calendar.hoursPerDay) * 100) / 100;
  }

  /** Decided after its due time, or still open past it. */
  isOverdue(application: ServiceApplication): boolean {
    const end = application.decidedAt ?? this.clock();
    return end.getTime() > application.dueAt.getTime();
  }

  async apply(caller: Caller, input: ApplyForServiceMatterInput): Promise<ServiceApplication> {
    const user = requireRole(caller, [Role.ENTERPRISE], 'apply for a matter of the list');
    const own = user.enterpriseId?.toLowerCase();
    if (!own) throw new Forbidden('Your token names no enterprise, so you cannot apply for one');
    if (input.enterpriseId && input.enterpriseId.toLowerCase() !== own)
      throw new Forbidden('An enterprise applies for itself only');
    // 十不准: no approval outside the published list.
    const matter = await this.dataSource
      .getRepository(ServiceMatter)
      .findOneBy({ code: input.matterCode, listed: true });
    if (!matter)
      throw new BadUserInput(
        'matterCode',
        `${input.matterCode} is not in the published list of matters (十不准: no approval outside the list)`,
      );
    if (!matter.channels.includes(input.channel))
      throw new BadUserInput(
        'channel',
        `${matter.code} is applied for ${matter.channels.join(' or ')}, not ${input.channel}`,
      );
    const materials = accountForMaterials(matter, input);
    const now = this.clock();
    const dueAt = this.calendar.addWorkingDays(now, matter.promisedDays);
    const supplyBy = this.checkSupplyBy(input, materials.deferred.length > 0, now, dueAt);
    const commitment = input.commitment;
    if (commitment && materials.committed.length === 0)
      throw new BadUserInput('commitment.materials', 'a commitment replaces at least one material');
    const application: ServiceApplication = {
      id: randomUUID(),
      matterId: matter.id,
      matterVersion: matter.version,
      matterCode: matter.code,
      matterName: matter.name,
      departmentCode: matter.departmentCode,
      enterpriseId: own,
      channel: input.channel,
      status: ServiceApplicationStatus.ACCEPTED,
      submittedMaterials: materials.submitted,
      lookedUpMaterials: materials.lookedUp,
      deferredMaterials: materials.deferred,
      suppliedMaterials: [],
      supplyBy,
      committedMaterials: materials.committed,
      commitmentText: commitment ? commitment.text.trim() : null,
      commitmentSigner: commitment ? commitment.signerName.trim() : null,
      commitmentSignedAt: commitment ? now : null,
      verification: commitment ? CommitmentVerification.PENDING : null,
      verifiedAt: null,
      verificationNote: null,
      acceptedAt: now,
      promisedDays: matter.promisedDays,
      dueAt,
      decidedAt: null,
      decidedBy: null,
      decisionNote: null,
      escalatedAt: null,
      appliedBy: actorOf(user),
    };
    const [known] = (await this.dataSource.query('SELECT 1 FROM enterprise WHERE id = $1', [
      own,
    ])) as unknown[];
    if (!known) throw new NotFound('Enterprise', own, 'enterpriseId');
    await this.dataSource.getRepository(ServiceApplication).insert(application);
    return application;
  }

  /** 容缺: a supply date only with deferred materials; in the future, and no later than the due time. */
  private checkSupplyBy(
    input: ApplyForServiceMatterInput,
    deferring: boolean,
    now: Date,
    dueAt: Date,
  ): Date | null {
    const supplyBy = input.supplyBy ?? null;
    if (!deferring) {
      if (supplyBy)
        throw new BadUserInput(
          'supplyBy',
          'supplyBy goes with deferredMaterials (容缺); none are deferred',
        );
      return null;
    }
    if (!supplyBy)
      throw new BadUserInput(
        'supplyBy',
        'deferred materials (容缺) need the date they will be supplied by',
      );
    if (supplyBy.getTime() <= now.getTime())
      throw new BadUserInput(
        'supplyBy',
        `supplyBy must be in the future, not ${supplyBy.toISOString()}`,
      );
    if (supplyBy.getTime() > dueAt.getTime())
      throw new BadUserInput(
        'supplyBy',
        `supplyBy must be no later than the promised time limit, ${dueAt.toISOString()}`,
      );
    return supplyBy;
  }

  list(
    caller: Caller,
    { filter, ...page }: ServiceApplicationsArgs,
  ): Promise<Page<ServiceApplication>> {
    const user = requireUser(caller);
    const query = whereApplicationVisible(
      this.dataSource
        .getRepository(ServiceApplication)
        .createQueryBuilder('application')
        .where('TRUE'),
      'application',
      user,
    );
    if (filter?.status) query.andWhere('application.status = :status', { status: filter.status });
    if (filter?.departmentCode)
      query.andWhere('application.department_code = :department', {
        department: filter.departmentCode,
      });
    if (filter?.matterCode)
      query.andWhere('application.matter_code = :matterCode', { matterCode: filter.matterCode });
    return keysetPage(query, page, {
      sortColumn: 'acceptedAt',
      direction: 'DESC',
      toCursorValue: (row) => row.acceptedAt.toISOString(),
    });
  }

  async get(caller: Caller, id: string): Promise<ServiceApplication> {
    requireUser(caller);
    const application = await this.find(this.dataSource.manager, id);
    if (!maySeeApplication(caller, application))
      throw new Forbidden(
        'Only the enterprise that applied, the deciding department, SUPERVISOR and ADMIN see an application',
      );
    return application;
  }

  private async find(
    manager: EntityManager,
    id: string,
    lock = false,
  ): Promise<ServiceApplication> {
    const query = manager
      .getRepository(ServiceApplication)
      .createQueryBuilder('application')
      .where('application.id = :id', { id: isUuid(id) ? id.toLowerCase() : randomUUID() });
    if (lock) query.setLock('pessimistic_write');
    const application = await query.getOne();
    if (!application) throw new NotFound('ServiceApplication', id);
    return application;
  }

  /** One application, locked, for staff of its department: the step's checks run on it. */
  private async forDepartment(
    manager: EntityManager,
    caller: Caller,
    id: string,
    what: string,
  ): Promise<ServiceApplication> {
    const staff = requireDepartmentStaff(caller, what);
    const application = await this.find(manager, id, true);
    if (application.departmentCode !== staff.departmentCode)
      throw new Forbidden(`Only staff of ${application.departmentCode} may ${what}`);
    return application;
  }

  /** 办结: 准予 or 不予, by the deciding department; 准予 waits for every deferred material. */
  decide(caller: Caller, args: DecideServiceApplicationArgs): Promise<ServiceApplication> {
    return this.dataSource.transaction(async (manager) => {
      const application = await this.forDepartment(
        manager,
        caller,
        args.id,
        'decide this application',
      );
      assertOpen(application);
      const note = args.note?.trim() || null;
      if (!args.approve && !note)
        throw new BadUserInput('note', 'a refusal (不予) says why in note');
      const missing = missingMaterials(application);
      if (args.approve && missing.length > 0)
        throw new Conflict(
          `The deferred materials ${missing.join(', ')} are not supplied yet (容缺); they are due by ${application.supplyBy?.toISOString()}`,
          { field: 'approve' },
        );
      const changes = {
        status: args.approve
          ? ServiceApplicationStatus.APPROVED
          : ServiceApplicationStatus.REJECTED,
        decidedAt: this.clock(),
        decidedBy: actorOf(requireUser(caller)),
        decisionNote: note,
      };
      await manager.update(ServiceApplication, { id: application.id }, changes);
      return { ...application, ...changes };
    });
  }

  /** 容缺: the enterprise supplies deferred materials while the application is open. */
  supply(caller: Caller, id: string, materials: string[]): Promise<ServiceApplication> {
    const user = requireRole(caller, [Role.ENTERPRISE], 'supply deferred materials');
    return this.dataSource.transaction(async (manager) => {
      const application = await this.find(manager, id, true);
      if (application.enterpriseId !== user.enterpriseId?.toLowerCase())
        throw new Forbidden('An enterprise supplies materials for its own applications only');
      assertOpen(application);
      const notDeferred = materials.filter((code) => !application.deferredMaterials.includes(code));
      if (materials.length === 0 || notDeferred.length > 0)
        throw new BadUserInput(
          'materials',
          `materials must be among the deferred ones: ${application.deferredMaterials.join(', ') || 'none'}`,
        );
      const suppliedMaterials = [...new Set([...application.suppliedMaterials, ...materials])];
      await manager.update(ServiceApplication, { id: application.id }, { suppliedMaterials });
      return { ...application, suppliedMaterials };
    });
  }

  /** 告知承诺核查: the department verifies the commitment; an untrue one revokes the approval (or refuses). */
  verifyCommitment(caller: Caller, args: VerifyServiceCommitmentArgs): Promise<ServiceApplication> {
    return this.dataSource.transaction(async (manager) => {
      const application = await this.forDepartment(
        manager,
        caller,
        args.id,
        'verify this commitment',
      );
      if (application.verification !== CommitmentVerification.PENDING)
        throw new Conflict(
          application.verification
            ? `This commitment was verified already: ${application.verification}`
            : 'This application has no commitment (告知承诺) to verify',
          { field: 'id' },
        );
      const now = this.clock();
      const actor = actorOf(requireUser(caller));
      const changes: Partial<ServiceApplication> = {
        verification: args.honoured
          ? CommitmentVerification.HONOURED
          : CommitmentVerification.BREACHED,
        verifiedAt: now,
        verificationNote: args.note.trim(),
      };
      if (!args.honoured && application.status === ServiceApplicationStatus.APPROVED)
        changes.status = ServiceApplicationStatus.REVOKED;
      if (!args.honoured && application.status === ServiceApplicationStatus.ACCEPTED)
        Object.assign(changes, {
          status: ServiceApplicationStatus.REJECTED,
          decidedAt: now,
          decidedBy: actor,
          decisionNote: `承诺不实: ${args.note.trim()}`,
        });
      await manager.update(ServiceApplication, { id: application.id }, changes);
      return { ...application, ...changes };
    });
  }
}

function assertOpen(application: ServiceApplication): void {
  if (application.status !== ServiceApplicationStatus.ACCEPTED)
    throw new Conflict(`This application is ${application.status} already`, {
      field: 'id',
      currentStatus: application.status,
    });
}

/** Deferred materials (容缺) not supplied yet. */
export function missingMaterials(application: ServiceApplication): string[] {
  return application.deferredMaterials.filter(
    (code) => !application.suppliedMaterials.includes(code),
  );
}
