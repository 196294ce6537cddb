import { enqueueEvents } from '@erqi/shared/data-access-events';
import { keysetPage, type Page } from '@erqi/shared/data-access-pagination';
import { type Caller, requireUser, Role } from '@erqi/shared/util-auth';
import type { Clock } from '@erqi/shared/util-clock';
import { BadUserInput, Conflict, Forbidden, NotFound } from '@erqi/shared/util-errors';
import { shanghaiDateOf } from '@erqi/shared/util-shanghai-time';
import { isUuid } from '@erqi/shared/util-uuid';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager, Repository } from 'typeorm';
import { isCalendarDate } from '../enterprise-profile/enterprise-profile.service';
import { type EnterpriseCandidate, loadCandidates } from './candidates';
import { Criterion, lacksOf, NEAR_MISS_MAX_LACKS, windowState } from './eligibility';
import { assertKeepsPolicy, maySeePolicy, wherePolicyVisible } from './policy-access';
import { Policy, PolicyStatus } from './policy.entity';
import { policyPublishedEvents } from './policy.events';
import type { CreatePolicyInput, PoliciesArgs } from './policy.input';
import type { PolicyMatch } from './policy.types';

/** Checks a window: real dates, the end not before the start and not in the past. */
export function checkWindow(opensOn: string, closesOn: string, today: string): void {
  if (!isCalendarDate(opensOn)) throw new BadUserInput('opensOn', 'opensOn must be a real date');
  if (!isCalendarDate(closesOn)) throw new BadUserInput('closesOn', 'closesOn must be a real date');
  if (closesOn < opensOn)
    throw new BadUserInput(
      'closesOn',
      `closesOn (${closesOn}) must not be before opensOn (${opensOn})`,
    );
  if (closesOn < today)
    throw new BadUserInput('closesOn', `closesOn (${closesOn}) is in the past (today is ${today})`);
}

/** 二七帮 policies: departments write and publish them; matching says who qualifies and who nearly does. */
export class PolicyService {
  private readonly policies: Repository<Policy>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    /** Called after a transaction that enqueued events has committed, so they leave at once. */
    private readonly onEventsCommitted: () => void = () => undefined,
  ) {
    this.policies = dataSource.getRepository(Policy);
  }

  today(): string {
    return shanghaiDateOf(this.clock());
  }

  /** A policy by id, or NOT_FOUND (BAD_USER_INPUT when `asInput`: an unknown policy named in an input). */
  async find(
    id: string,
    field = 'id',
    runner: EntityManager = this.dataSource.manager,
  ): Promise<Policy> {
    const policy = isUuid(id) ? await runner.findOneBy(Policy, { id: id.toLowerCase() }) : null;
    if (!policy) {
      if (field === 'id') throw new NotFound('Policy', id, field);
      throw new BadUserInput(field, `There is no policy ${id}`);
    }
    return policy;
  }

  async get(caller: Caller, id: string): Promise<Policy> {
    const user = requireUser(caller);
    const policy = await this.find(id);
    if (!maySeePolicy(user, policy))
      throw new Forbidden('This policy is a draft of another department');
    return policy;
  }

  list(caller: Caller, args: PoliciesArgs): Promise<Page<Policy>> {
    const user = requireUser(caller);
    const query = wherePolicyVisible(this.policies.createQueryBuilder('policy'), 'policy', user);
    if (args.departmentCode)
      query.andWhere('policy.department_code = :department', { department: args.departmentCode });
    if (args.status) query.andWhere('policy.status = :status', { status: args.status });
    return keysetPage(query, args, { sortColumn: 'title' });
  }

  async create(caller: Caller, input: CreatePolicyInput): Promise<Policy> {
    const user = requireUser(caller);
    if (user.role !== Role.ADMIN && user.role !== Role.DEPARTMENT_STAFF)
      throw new Forbidden('Only department staff and ADMIN may write policies');
    const departmentCode =
      user.role === Role.ADMIN
        ? input.departmentCode
        : (input.departmentCode ?? user.departmentCode);
    if (!departmentCode)
      throw new BadUserInput('departmentCode', 'Name the department that owns the policy');
    assertKeepsPolicy(user, { departmentCode });
    checkWindow(input.opensOn, input.closesOn, this.today());
    const { eligibility } = input;
    for (const field of ['foundedOnOrBefore', 'foundedOnOrAfter'] as const) {
      const date = eligibility[field];
      if (date && !isCalendarDate(date))
        throw new BadUserInput(`eligibility.${field}`, `${field} must be a real date`);
    }
    if (
      eligibility.foundedOnOrBefore &&
      eligibility.foundedOnOrAfter &&
      eligibility.foundedOnOrBefore < eligibility.foundedOnOrAfter
    )
      throw new BadUserInput(
        'eligibility.foundedOnOrBefore',
        'foundedOnOrBefore must not be before foundedOnOrAfter: nobody could qualify',
      );
    const policy: Policy = {
      id: randomUUID(),
      title: input.title.trim(),
      summary: input.summary.trim(),
      departmentCode,
      amountCap: input.amountCap,
      opensOn: input.opensOn,
      closesOn: input.closesOn,
      eligibility: {
        industrySections: eligibility.industrySections,
        industryCodes: eligibility.industryCodes,
        sizeClasses: eligibility.sizeClasses,
        foundedOnOrBefore: eligibility.foundedOnOrBefore ?? null,
        foundedOnOrAfter: eligibility.foundedOnOrAfter ?? null,
        requiresHighTech: eligibility.requiresHighTech,
        requiresSpecialisedNew: eligibility.requiresSpecialisedNew,
        gridCellIds: eligibility.gridCellIds.map((id) => id.toLowerCase()),
      },
      status: PolicyStatus.DRAFT,
      createdAt: this.clock(),
      publishedAt: null,
      matchedAtPublish: null,
      sample: false,
    };
    await this.policies.insert(policy);
    return policy;
  }

  /**
   * Publishes a draft: in one transaction the policy turns PUBLISHED and one
   * `cn.erqi.enterprise.policy-published` per grid cell with qualifying enterprises goes into the
   * outbox; the grid service turns them into its cells' notices.
   */
  async publish(caller: Caller, id: string): Promise<Policy> {
    const published = await this.dataSource.transaction(async (manager) => {
      const policy = await this.find(id, 'id', manager);
      assertKeepsPolicy(caller, policy);
      // Row lock: of two publishes at once, the second waits and then sees PUBLISHED.
      await manager.query('SELECT 1 FROM policy WHERE id = $1 FOR UPDATE', [policy.id]);
      const current = await this.find(policy.id, 'id', manager);
      if (current.status !== PolicyStatus.DRAFT)
        throw new Conflict('This policy is already published', {
          field: 'id',
          currentStatus: current.status,
        });
      checkWindow(current.opensOn, current.closesOn, this.today());
      const now = this.clock();
      const qualified = (await loadCandidates(manager)).filter(
        (candidate) => lacksOf(current.eligibility, candidate).length === 0,
      );
      const changes = {
        status: PolicyStatus.PUBLISHED,
        publishedAt: now,
        matchedAtPublish: qualified.length,
      };
      await manager.update(Policy, { id: current.id }, changes);
      const result = { ...current, ...changes };
      await enqueueEvents(manager, policyPublishedEvents(result, qualified, now));
      return result;
    });
    this.onEventsCommitted();
    return published;
  }

  /**
   * The published policies still taking applications (or not yet) that the enterprise qualifies for,
   * then its near misses (at most NEAR_MISS_MAX_LACKS lacks), each with what it lacks. The caller's
   * right to see the enterprise is checked by the resolver.
   */
  async matchesOf(candidate: EnterpriseCandidate): Promise<PolicyMatch[]> {
    const today = this.today();
    const open = await this.policies
      .createQueryBuilder('policy')
      .where('policy.status = :published AND policy.closes_on >= :today', {
        published: PolicyStatus.PUBLISHED,
        today,
      })
      .orderBy('policy.closes_on')
      .addOrderBy('policy.id')
      .getMany();
    const matches = open.map((policy) => {
      const lacks = lacksOf(policy.eligibility, candidate);
      if (windowState(policy, today) === 'not-yet')
        lacks.push({
          criterion: Criterion.WINDOW,
          required: `申报期 ${policy.opensOn} 至 ${policy.closesOn}`,
          actual: today,
        });
      return { policy, qualifies: lacks.length === 0, lacks };
    });
    return matches
      .filter((match) => match.lacks.length <= NEAR_MISS_MAX_LACKS)
      .sort((a, b) => a.lacks.length - b.lacks.length);
  }
}
