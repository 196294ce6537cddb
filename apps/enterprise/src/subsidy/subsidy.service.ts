import { keysetPage, type Page } from '@erqi/shared/data-access-pagination';
import { actorOf, type Caller, requireUser, Role } from '@erqi/shared/util-auth';
import type { Clock } from '@erqi/shared/util-clock';
import { BadUserInput, Conflict, Forbidden, NotFound } from '@erqi/shared/util-errors';
import { isUuid } from '@erqi/shared/util-uuid';
import { randomUUID } from 'node:crypto';
import { type DataSource, QueryFailedError, type Repository } from 'typeorm';
import { loadCandidates } from '../erqi-policy/candidates';
import { lacksOf, windowState } from '../erqi-policy/eligibility';
import { assertKeepsPolicy } from '../erqi-policy/policy-access';
import { PolicyStatus } from '../erqi-policy/policy.entity';
import type { PolicyService } from '../erqi-policy/policy.service';
import { maySeeApplication, whereApplicationVisible } from './subsidy-access';
import {
  SUBSIDY_TRANSITIONS,
  SubsidyApplication,
  SubsidyStatus,
} from './subsidy-application.entity';
import type {
  AdvanceSubsidyApplicationArgs,
  ApplyForSubsidyInput,
  SubsidyApplicationsArgs,
} from './subsidy.input';

const UNIQUE_VIOLATION = '23505';

/** 补贴申请: an enterprise applies under a published policy; the policy's department moves it on. */
export class SubsidyService {
  private readonly applications: Repository<SubsidyApplication>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly policies: PolicyService,
    private readonly clock: Clock,
  ) {
    this.applications = dataSource.getRepository(SubsidyApplication);
  }

  async apply(caller: Caller, input: ApplyForSubsidyInput): Promise<SubsidyApplication> {
    const user = requireUser(caller);
    let enterpriseId: string;
    if (user.role === Role.ENTERPRISE && user.enterpriseId) {
      enterpriseId = user.enterpriseId.toLowerCase();
      if (input.enterpriseId && input.enterpriseId.toLowerCase() !== enterpriseId)
        throw new Forbidden('An enterprise applies for itself only');
    } else if (user.role === Role.ADMIN) {
      if (!input.enterpriseId)
        throw new BadUserInput('enterpriseId', 'Name the enterprise that applies');
      enterpriseId = input.enterpriseId.toLowerCase();
    } else
      throw new Forbidden('Only the enterprise itself (or ADMIN for it) may apply for a subsidy');
    const policy = await this.policies.find(input.policyId, 'policyId');
    if (policy.status !== PolicyStatus.PUBLISHED)
      throw new BadUserInput('policyId', 'This policy is not published');
    const today = this.policies.today();
    const window = windowState(policy, today);
    if (window !== 'open')
      throw new BadUserInput(
        'policyId',
        window === 'closed'
          ? `Applications closed on ${policy.closesOn}`
          : `Applications open on ${policy.opensOn}`,
      );
    if (input.requestedAmount > policy.amountCap)
      throw new BadUserInput(
        'requestedAmount',
        `requestedAmount must be at most the policy's cap, ${policy.amountCap} yuan`,
      );
    const [candidate] = await loadCandidates(this.dataSource, [enterpriseId]);
    if (!candidate) throw new NotFound('Enterprise', enterpriseId, 'enterpriseId');
    const lacks = lacksOf(policy.eligibility, candidate);
    if (lacks.length > 0)
      throw new BadUserInput('policyId', 'The enterprise does not qualify for this policy', {
        lacks: lacks.map((lack) => lack.criterion),
      });
    const application: SubsidyApplication = {
      id: randomUUID(),
      policyId: policy.id,
      enterpriseId,
      departmentCode: policy.departmentCode,
      requestedAmount: input.requestedAmount,
      approvedAmount: null,
      paidAmount: null,
      status: SubsidyStatus.APPLIED,
      appliedAt: this.clock(),
      reviewedAt: null,
      approvedAt: null,
      paidAt: null,
      note: null,
      updatedBy: actorOf(user),
    };
    try {
      await this.applications.insert(application);
    } catch (error) {
      if (
        error instanceof QueryFailedError &&
        (error.driverError as { code?: string }).code === UNIQUE_VIOLATION
      )
        throw new Conflict('This enterprise has applied under this policy already', {
          field: 'policyId',
        });
      throw error;
    }
    return application;
  }

  async advance(caller: Caller, args: AdvanceSubsidyApplicationArgs): Promise<SubsidyApplication> {
    const application = isUuid(args.id)
      ? await this.applications.findOneBy({ id: args.id.toLowerCase() })
      : null;
    if (!application) throw new NotFound('SubsidyApplication', args.id);
    const policy = await this.policies.find(application.policyId);
    const user = assertKeepsPolicy(caller, policy);
    if (!SUBSIDY_TRANSITIONS[application.status].includes(args.status))
      throw new Conflict(`An application cannot go from ${application.status} to ${args.status}`, {
        field: 'status',
        currentStatus: application.status,
      });
    const now = this.clock();
    const note = args.note?.trim() || null;
    const changes: Partial<SubsidyApplication> = {
      status: args.status,
      note,
      updatedBy: actorOf(user),
    };
    switch (args.status) {
      case SubsidyStatus.REVIEWED:
        changes.reviewedAt = now;
        break;
      case SubsidyStatus.APPROVED: {
        const amount = args.amount ?? application.requestedAmount;
        if (amount > policy.amountCap)
          throw new BadUserInput(
            'amount',
            `amount must be at most the policy's cap, ${policy.amountCap} yuan`,
          );
        changes.approvedAmount = amount;
        changes.approvedAt = now;
        break;
      }
      case SubsidyStatus.PAID:
        changes.paidAmount = application.approvedAmount;
        changes.paidAt = now;
        break;
      case SubsidyStatus.REJECTED:
        if (!note) throw new BadUserInput('note', 'Say why the application is rejected');
        break;
      default:
        break;
    }
    // The expected status in the condition: of two moves at once only the first counts.
    const result = await this.applications
      .createQueryBuilder()
      .update(SubsidyApplication)
      .set(changes)
      .where('id = :id AND status = :status', { id: application.id, status: application.status })
      .execute();
    if (result.affected === 0)
      throw new Conflict('This application changed meanwhile; read it again', { field: 'id' });
    return { ...application, ...changes };
  }

  list(caller: Caller, args: SubsidyApplicationsArgs): Promise<Page<SubsidyApplication>> {
    const user = requireUser(caller);
    const query = whereApplicationVisible(
      this.applications.createQueryBuilder('application'),
      'application',
      user,
    );
    if (args.enterpriseId)
      query.andWhere('application.enterprise_id = :enterpriseId', {
        enterpriseId: args.enterpriseId.toLowerCase(),
      });
    if (args.policyId)
      query.andWhere('application.policy_id = :policyId', {
        policyId: args.policyId.toLowerCase(),
      });
    if (args.status) query.andWhere('application.status = :status', { status: args.status });
    return keysetPage(query, args, {
      sortColumn: 'appliedAt',
      direction: 'DESC',
      toCursorValue: (row) => row.appliedAt.toISOString(),
    });
  }

  async get(caller: Caller, id: string): Promise<SubsidyApplication> {
    const user = requireUser(caller);
    const application = isUuid(id)
      ? await this.applications.findOneBy({ id: id.toLowerCase() })
      : null;
    if (!application) throw new NotFound('SubsidyApplication', id);
    const [cell] = (await this.dataSource.query(
      'SELECT grid_cell_id FROM enterprise WHERE id = $1',
      [application.enterpriseId],
    )) as Array<{ grid_cell_id: string }>;
    if (!maySeeApplication(user, application, cell?.grid_cell_id ?? null))
      throw new Forbidden('You may not see this application');
    return application;
  }
}
