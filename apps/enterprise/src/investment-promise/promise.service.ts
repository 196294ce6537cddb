import { randomUUID } from 'node:crypto';
import { keysetPage, type Page } from '@erqi/shared/data-access-pagination';
import { actorOf, type Caller, requireRole } from '@erqi/shared/util-auth';
import type { Clock } from '@erqi/shared/util-clock';
import { BadUserInput, Conflict, NotFound } from '@erqi/shared/util-errors';
import { shanghaiDateOf } from '@erqi/shared/util-shanghai-time';
import { isUuid } from '@erqi/shared/util-uuid';
import { type DataSource, In } from 'typeorm';
import type { KnownDepartments } from '../department-registry/known-departments';
import { AttractedProject } from './attracted-project.entity';
import { AttractedTalent } from './attracted-talent.entity';
import { PolicyPromise, PromiseState } from './policy-promise.entity';
import { assertMayFulfil, PROMISE_MAKERS, promiseScopeFilter } from './promise-access';
import type {
  FulfilPolicyPromiseArgs,
  MakePolicyPromiseInput,
  PolicyPromisesArgs,
  RegisterAttractedProjectInput,
  RegisterAttractedTalentInput,
} from './promise.input';

/** 双招双引: attracted projects and talents, and the ledger of promises made to them. */
export class PromiseService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly departments: KnownDepartments,
    private readonly clock: Clock,
  ) {}

  async registerProject(
    caller: Caller,
    input: RegisterAttractedProjectInput,
  ): Promise<AttractedProject> {
    requireRole(caller, PROMISE_MAKERS, 'register an attracted project');
    assertRealDay(input.signedOn, 'signedOn');
    const project = this.dataSource.getRepository(AttractedProject).create({
      id: randomUUID(),
      name: input.name.trim(),
      investor: input.investor.trim(),
      investmentTenThousandYuan: input.investmentTenThousandYuan,
      signedOn: input.signedOn,
      sample: false,
      createdAt: this.clock(),
    });
    await this.dataSource.getRepository(AttractedProject).insert(project);
    return project;
  }

  async registerTalent(
    caller: Caller,
    input: RegisterAttractedTalentInput,
  ): Promise<AttractedTalent> {
    requireRole(caller, PROMISE_MAKERS, 'register an attracted talent');
    assertRealDay(input.arrivedOn, 'arrivedOn');
    const talent = this.dataSource.getRepository(AttractedTalent).create({
      id: randomUUID(),
      name: input.name.trim(),
      category: input.category,
      employer: input.employer.trim(),
      arrivedOn: input.arrivedOn,
      sample: false,
      createdAt: this.clock(),
    });
    await this.dataSource.getRepository(AttractedTalent).insert(talent);
    return talent;
  }

  /** Records a promise; every check before anything is written. */
  async make(caller: Caller, input: MakePolicyPromiseInput): Promise<PolicyPromise> {
    const user = requireRole(caller, PROMISE_MAKERS, 'make a policy promise');
    const projectId = input.projectId?.toLowerCase() ?? null;
    const talentId = input.talentId?.toLowerCase() ?? null;
    if ((projectId === null) === (talentId === null))
      throw new BadUserInput('projectId', 'Name exactly one of projectId and talentId');
    if (
      projectId &&
      !(await this.dataSource.getRepository(AttractedProject).existsBy({ id: projectId }))
    )
      throw new BadUserInput('projectId', 'There is no attracted project with this id');
    if (
      talentId &&
      !(await this.dataSource.getRepository(AttractedTalent).existsBy({ id: talentId }))
    )
      throw new BadUserInput('talentId', 'There is no attracted talent with this id');
    if (!(await this.departments.has(input.ownerDepartmentCode)))
      throw new BadUserInput(
        'ownerDepartmentCode',
        'There is no department with this code (query departments)',
      );
    assertRealDay(input.dueOn, 'dueOn');
    const now = this.clock();
    if (input.dueOn < shanghaiDateOf(now))
      throw new BadUserInput(
        'dueOn',
        'The due date is in the past; a promise is due today or later',
      );
    const promise = this.dataSource.getRepository(PolicyPromise).create({
      id: randomUUID(),
      projectId,
      talentId,
      text: input.text.trim(),
      ownerDepartmentCode: input.ownerDepartmentCode,
      dueOn: input.dueOn,
      state: PromiseState.PENDING,
      fulfilledAt: null,
      fulfilledBy: null,
      fulfilmentNote: null,
      escalatedAt: null,
      sample: false,
      createdBy: actorOf(user),
      createdAt: now,
    });
    await this.dataSource.getRepository(PolicyPromise).insert(promise);
    return promise;
  }

  /** The owning department fulfils a promise, also a late one (it stays escalated); twice is CONFLICT. */
  async fulfil(caller: Caller, args: FulfilPolicyPromiseArgs): Promise<PolicyPromise> {
    const user = requireRole(caller, PROMISE_MAKERS, 'fulfil a policy promise');
    const promise = isUuid(args.id)
      ? await this.dataSource.getRepository(PolicyPromise).findOneBy({ id: args.id.toLowerCase() })
      : null;
    if (!promise) throw new NotFound('PolicyPromise', args.id);
    assertMayFulfil(user, promise);
    const now = this.clock();
    const result = await this.dataSource
      .createQueryBuilder()
      .update(PolicyPromise)
      .set({
        state: PromiseState.FULFILLED,
        fulfilledAt: now,
        fulfilledBy: actorOf(user),
        fulfilmentNote: args.note.trim(),
      })
      .where('id = :id AND state <> :fulfilled', {
        id: promise.id,
        fulfilled: PromiseState.FULFILLED,
      })
      .execute();
    if (result.affected === 0)
      throw new Conflict('This promise is already fulfilled', {
        currentStatus: PromiseState.FULFILLED,
      });
    return this.dataSource.getRepository(PolicyPromise).findOneByOrFail({ id: promise.id });
  }

  /** The ledger, soonest due first, those the caller may read. */
  list(caller: Caller, args: PolicyPromisesArgs): Promise<Page<PolicyPromise>> {
    const scope = promiseScopeFilter(caller, 'promise');
    const query = this.dataSource
      .getRepository(PolicyPromise)
      .createQueryBuilder('promise')
      .where(scope.sql, scope.parameters);
    if (args.ownerDepartmentCode)
      query.andWhere('promise.owner_department_code = :department', {
        department: args.ownerDepartmentCode,
      });
    if (args.state) query.andWhere('promise.state = :state', { state: args.state });
    return keysetPage(query, args, { sortColumn: 'dueOn', direction: 'ASC' });
  }

  async projectsByIds(ids: readonly string[]): Promise<Array<AttractedProject | null>> {
    const rows = await this.dataSource.getRepository(AttractedProject).findBy({ id: In([...ids]) });
    return ids.map((id) => rows.find((row) => row.id === id) ?? null);
  }

  async talentsByIds(ids: readonly string[]): Promise<Array<AttractedTalent | null>> {
    const rows = await this.dataSource.getRepository(AttractedTalent).findBy({ id: In([...ids]) });
    return ids.map((id) => rows.find((row) => row.id === id) ?? null);
  }
}

/** A real day of the calendar (2024-02-30 is not). */
function assertRealDay(day: string, field: string): void {
  const parsed = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== day)
    throw new BadUserInput(field, `${field} is not a day of the calendar`);
}
