import { enqueueEvents } from '@erqi/shared/data-access-events';
import { keysetPage, type Page } from '@erqi/shared/data-access-pagination';
import { describeCreditCodeProblem, findCreditCodeProblem } from '@erqi/shared/util-credit-code';
import { type Caller, requireRole, Role } from '@erqi/shared/util-auth';
import { BadUserInput, Conflict, NotFound, Unauthenticated } from '@erqi/shared/util-errors';
import { randomUUID } from 'node:crypto';
import { isUuid } from '@erqi/shared/util-uuid';
import { type DataSource, type EntityManager, QueryFailedError, type Repository } from 'typeorm';
import { type Clock, systemClock } from '@erqi/shared/util-clock';
import {
  assertMayRegisterIn,
  assertMaySeeEnterprise,
  type EnterpriseScope,
  enterpriseScope,
  readUnderScope,
  requireEnterpriseReader,
  whereEnterpriseVisible,
} from './enterprise-access';
import { Enterprise } from './enterprise.entity';
import { enterpriseRegistryChangedEvent } from '../registry/registry.events';
import type { EnterprisesArgs, RegisterEnterpriseInput } from './enterprise.input';

/** PostgreSQL's unique_violation. */
const UNIQUE_VIOLATION = '23505';

/** Codes are printed in capitals; people copy them with stray spaces or type them in lower case. */
export function normalizeCreditCode(code: string): string {
  return code.trim().toUpperCase();
}

/** The normalised code, or BAD_USER_INPUT on `field` saying what is wrong with it. */
export function checkedCreditCode(code: string, field: string): string {
  const normalized = normalizeCreditCode(code);
  const problem = findCreditCodeProblem(normalized);
  if (problem) throw new BadUserInput(field, describeCreditCodeProblem(problem));
  return normalized;
}

/** Issues a new enterprise its first 政企码 inside the registering transaction (the enterprise-code service does). */
export interface FirstCodeIssuer {
  issueFirst(manager: EntityManager, enterpriseId: string): Promise<void>;
}

export class EnterpriseService {
  private readonly enterprises: Repository<Enterprise>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly codes: FirstCodeIssuer,
    private readonly clock: Clock = systemClock,
    /** Called after a transaction that enqueued events has committed, so they leave at once. */
    private readonly onEventsCommitted: () => void = () => undefined,
  ) {
    this.enterprises = dataSource.getRepository(Enterprise);
  }

  /** FORBIDDEN outside the caller's scope; NOT_FOUND only for callers who may see every enterprise. */
  async get(caller: Caller, id: string): Promise<Enterprise> {
    const { scope } = requireEnterpriseReader(caller);
    const enterprise = assertMaySeeEnterprise(
      caller,
      isUuid(id)
        ? await this.findInScope(scope, 'enterprise.id = :id', { id: id.toLowerCase() })
        : null,
    );
    if (!enterprise) throw new NotFound('Enterprise', id);
    return enterprise;
  }

  async getByCreditCode(caller: Caller, code: string): Promise<Enterprise> {
    const { scope } = requireEnterpriseReader(caller);
    const creditCode = checkedCreditCode(code, 'code');
    const enterprise = assertMaySeeEnterprise(
      caller,
      await this.findInScope(scope, 'enterprise.credit_code = :creditCode', { creditCode }),
    );
    if (!enterprise) throw new NotFound('Enterprise', creditCode, 'code');
    return enterprise;
  }

  /** Only the enterprises in the caller's scope, filtered in SQL so that counts and pages are right. */
  async list(caller: Caller, args: EnterprisesArgs): Promise<Page<Enterprise>> {
    if (caller.kind === 'anonymous') throw new Unauthenticated();
    const scope = enterpriseScope(caller);
    const query = whereEnterpriseVisible(
      this.enterprises.createQueryBuilder('enterprise'),
      'enterprise',
      scope,
    );
    if (args.gridCellId)
      query.andWhere('enterprise.grid_cell_id = :gridCellId', {
        gridCellId: args.gridCellId.toLowerCase(),
      });
    const page = await keysetPage(query, args, { sortColumn: 'name' });
    readUnderScope(scope, page.nodes);
    return page;
  }

  /** The one enterprise matching `condition` that is in `scope` (a LEADER's liaisons checked in SQL), or null. */
  private async findInScope(
    scope: EnterpriseScope,
    condition: string,
    parameters: Record<string, unknown>,
  ): Promise<Enterprise | null> {
    const query = whereEnterpriseVisible(
      this.enterprises.createQueryBuilder('enterprise').where(condition, parameters),
      'enterprise',
      scope,
    );
    return readUnderScope(scope, [await query.getOne()])[0] ?? null;
  }

  /** 领导联系: `leaderSubject` (a LEADER's token subject) liaises with the enterprise from now on, and so sees it. ADMIN only. */
  async assignLeaderLiaison(
    caller: Caller,
    leaderSubject: string,
    enterpriseId: string,
  ): Promise<Enterprise> {
    requireRole(caller, [Role.ADMIN], 'assign leaders to enterprises (领导联系)');
    const subject = checkedLeaderSubject(leaderSubject);
    const enterprise = await this.existing(enterpriseId);
    await this.publishingLiaisons(enterprise, (manager, now) =>
      manager.query(
        'INSERT INTO leader_liaison (leader_subject, enterprise_id, since) VALUES ($1, $2, $3) ON CONFLICT (leader_subject, enterprise_id) DO NOTHING',
        [subject, enterprise.id, now],
      ),
    );
    return enterprise;
  }

  /** Ends the liaison, if there was one; the leader no longer sees the enterprise. ADMIN only. */
  async removeLeaderLiaison(
    caller: Caller,
    leaderSubject: string,
    enterpriseId: string,
  ): Promise<Enterprise> {
    requireRole(caller, [Role.ADMIN], 'remove leaders from enterprises (领导联系)');
    const subject = checkedLeaderSubject(leaderSubject);
    const enterprise = await this.existing(enterpriseId);
    await this.publishingLiaisons(enterprise, (manager) =>
      manager.query('DELETE FROM leader_liaison WHERE leader_subject = $1 AND enterprise_id = $2', [
        subject,
        enterprise.id,
      ]),
    );
    return enterprise;
  }

  /**
   * Changes the enterprise's liaisons and republishes its registry record with every leader liaising
   * now, in one transaction: other services (the appeal service) learn liaisons by the event path.
   */
  private async publishingLiaisons(
    enterprise: Enterprise,
    change: (manager: EntityManager, now: Date) => Promise<unknown>,
  ): Promise<void> {
    const now = this.clock();
    await this.dataSource.transaction(async (manager) => {
      await change(manager, now);
      const rows = (await manager.query(
        'SELECT leader_subject AS "leaderSubject" FROM leader_liaison WHERE enterprise_id = $1 FOR UPDATE',
        [enterprise.id],
      )) as Array<{ leaderSubject: string }>;
      await enqueueEvents(manager, [
        enterpriseRegistryChangedEvent(
          enterprise,
          now,
          rows.map((row) => row.leaderSubject),
        ),
      ]);
    });
    this.onEventsCommitted();
  }

  private async existing(enterpriseId: string): Promise<Enterprise> {
    const enterprise = isUuid(enterpriseId)
      ? await this.enterprises.findOneBy({ id: enterpriseId.toLowerCase() })
      : null;
    if (!enterprise) throw new NotFound('Enterprise', enterpriseId, 'enterpriseId');
    return enterprise;
  }

  /** The enterprise, the first version of its code (政企码) and its entry in the published registry, in one transaction. */
  async register(caller: Caller, input: RegisterEnterpriseInput): Promise<Enterprise> {
    assertMayRegisterIn(caller, input.gridCellId);
    const creditCode = checkedCreditCode(input.creditCode, 'creditCode');
    const enterprise = this.enterprises.create({
      id: randomUUID(),
      name: input.name.trim(),
      creditCode,
      gridCellId: input.gridCellId.toLowerCase(),
      contactName: input.contactName.trim(),
      contactPhone: input.contactPhone,
    });
    try {
      // The unique constraint, not a prior SELECT, decides: two registrations at once cannot both pass.
      await this.dataSource.transaction(async (manager) => {
        await manager.getRepository(Enterprise).insert(enterprise);
        await this.codes.issueFirst(manager, enterprise.id);
        await enqueueEvents(manager, [
          enterpriseRegistryChangedEvent(enterprise, this.clock(), []),
        ]);
      });
      this.onEventsCommitted();
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new Conflict(`An enterprise with credit code ${creditCode} is already registered`, {
          field: 'creditCode',
        });
      }
      throw error;
    }
    return enterprise;
  }
}

/** A token subject as the identity service gives them out: 1 to 200 characters, no surrounding space. */
function checkedLeaderSubject(subject: string): string {
  const trimmed = subject.trim();
  if (trimmed.length < 1 || trimmed.length > 200)
    throw new BadUserInput(
      'leaderSubject',
      'leaderSubject must be a token subject of 1 to 200 characters',
    );
  return trimmed;
}

function isUniqueViolation(error: unknown): boolean {
  return (
    error instanceof QueryFailedError &&
    (error.driverError as { code?: string } | undefined)?.code === UNIQUE_VIOLATION
  );
}
