import { randomUUID } from 'node:crypto';
import { keysetPage, type Page } from '@erqi/shared/data-access-pagination';
import { actorOf, type Caller, Role } from '@erqi/shared/util-auth';
import type { Clock } from '@erqi/shared/util-clock';
import { BadUserInput, Conflict, NotFound } from '@erqi/shared/util-errors';
import { isUuid } from '@erqi/shared/util-uuid';
import { type DataSource, In } from 'typeorm';
import {
  requireCommunityReader,
  requireCommunityStaff,
  seesUnmasked,
} from '../community/community-access';
import type { HouseholdService } from '../household/household.service';
import { residentView } from '../household/household.types';
import { ResidentRow } from '../household/resident.entity';
import { AidCaseRow, AidCaseStatus, AidRule } from './aid-case.entity';
import type { AidCase, AidCasesArgs, ApplyForAidInput, HouseholdLedger } from './aid-case.types';

/** 大病帮扶, 上学兜底 and degree bonuses: applications checked against the rule's proofs, reviewed, paid. */
export class AidCaseService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly households: HouseholdService,
  ) {}

  async rules(caller: Caller): Promise<AidRule[]> {
    requireCommunityReader(caller, 'read aid rules');
    return this.dataSource.getRepository(AidRule).find({ order: { code: 'ASC' } });
  }

  /** Staff record an application (or a RESIDENT applies for its own household); missing proofs: BAD_USER_INPUT on `proofs`. */
  async apply(caller: Caller, input: ApplyForAidInput): Promise<AidCase> {
    const resident = isUuid(input.residentId)
      ? await this.dataSource.getRepository(ResidentRow).findOneBy({ id: input.residentId })
      : null;
    if (!resident) throw new NotFound('Resident', input.residentId, 'residentId');
    const household = await this.households.household(resident.householdId, 'residentId');
    const own = await this.households.ownHouseholdId(caller);
    if (!(caller.kind === 'user' && caller.role === Role.RESIDENT && own === household.id))
      requireCommunityStaff(caller, household.communityCode, 'record aid applications');
    const rule = await this.dataSource.getRepository(AidRule).findOneBy({ code: input.ruleCode });
    if (!rule) throw new BadUserInput('ruleCode', 'No such aid rule; aidRules lists the codes');
    const proofs = [
      ...new Set(input.proofs.map((proof) => proof.trim().toUpperCase()).filter(Boolean)),
    ];
    const missing = rule.requiredProofs.filter((proof) => !proofs.includes(proof));
    if (missing.length)
      throw new BadUserInput('proofs', `${rule.name} needs these proofs: ${missing.join(', ')}`, {
        missing,
      });
    if (resident.diedOn || resident.memberUntil)
      throw new BadUserInput('residentId', 'Only a member of the community can apply');
    const row: AidCaseRow = {
      id: randomUUID(),
      householdId: household.id,
      residentId: resident.id,
      ruleCode: rule.code,
      proofs,
      status: AidCaseStatus.APPLIED,
      amountYuan: rule.amountYuan,
      note: input.note?.trim() || null,
      appliedAt: this.clock(),
      appliedBy: actorOf(caller),
      reviewedAt: null,
      reviewedBy: null,
      reviewNote: null,
      paidAt: null,
    };
    await this.dataSource.getRepository(AidCaseRow).insert(row);
    return this.view(caller, row, rule, resident, true);
  }

  /** Approve or reject an application (APPLIED only). */
  async review(
    caller: Caller,
    id: string,
    approve: boolean,
    note: string | null,
  ): Promise<AidCase> {
    return this.move(
      caller,
      id,
      AidCaseStatus.APPLIED,
      approve ? AidCaseStatus.APPROVED : AidCaseStatus.REJECTED,
      note,
    );
  }

  /** Pay an approved application: it goes on the household's ledger. */
  async pay(caller: Caller, id: string): Promise<AidCase> {
    return this.move(caller, id, AidCaseStatus.APPROVED, AidCaseStatus.PAID, null);
  }

  async list(caller: Caller, args: AidCasesArgs): Promise<Page<AidCase>> {
    const user = requireCommunityReader(caller, 'read aid cases');
    const own = await this.households.ownHouseholdId(caller);
    const query = this.dataSource.getRepository(AidCaseRow).createQueryBuilder('aid');
    if (user.role === Role.RESIDENT)
      query.andWhere('aid.household_id = :own', {
        own: own ?? '00000000-0000-0000-0000-000000000000',
      });
    if (args.status) query.andWhere('aid.status = :status', { status: args.status });
    if (args.householdId) {
      if (!isUuid(args.householdId))
        throw new NotFound('Household', args.householdId, 'householdId');
      query.andWhere('aid.household_id = :household', { household: args.householdId });
    }
    const page = await keysetPage(query, args, {
      sortColumn: 'appliedAt',
      direction: 'DESC',
      toCursorValue: (row) => row.appliedAt.toISOString(),
    });
    const rules = new Map(
      (await this.dataSource.getRepository(AidRule).find()).map((rule) => [rule.code, rule]),
    );
    const residentIds = page.nodes.map((row) => row.residentId);
    const residents = new Map(
      (residentIds.length
        ? await this.dataSource.getRepository(ResidentRow).findBy({ id: In(residentIds) })
        : []
      ).map((row) => [row.id, row]),
    );
    const households = await this.households.householdsById(
      page.nodes.map((row) => row.householdId),
    );
    return {
      ...page,
      nodes: page.nodes.flatMap((row) => {
        const rule = rules.get(row.ruleCode);
        const resident = residents.get(row.residentId);
        const household = households.get(row.householdId);
        if (!rule || !resident || !household) return [];
        return [this.view(caller, row, rule, resident, seesUnmasked(caller, household, own))];
      }),
    };
  }

  /** Everything paid to a household: allowance months and paid aid cases. Staff and the own household. */
  async ledger(caller: Caller, householdId: string | null): Promise<HouseholdLedger> {
    const user = requireCommunityReader(caller, 'read a household ledger');
    const own = await this.households.ownHouseholdId(caller);
    const target = user.role === Role.RESIDENT ? own : householdId;
    if (!target) throw new BadUserInput('householdId', 'Name the household');
    const household = await this.households.household(target, 'householdId');
    if (!seesUnmasked(caller, household, own))
      throw new NotFound('Household', target, 'householdId');
    const entries = (await this.dataSource.query(
      `SELECT * FROM (
         SELECT 'ALLOWANCE' AS kind, month AS reference, resident_id AS "residentId", amount_yuan AS "amountYuan", paid_at AS "paidAt"
         FROM allowance_payment WHERE household_id = $1
         UNION ALL
         SELECT r.kind, r.code, a.resident_id, a.amount_yuan, a.paid_at
         FROM aid_case a JOIN aid_rule r ON r.code = a.rule_code
         WHERE a.household_id = $1 AND a.status = 'PAID'
       ) entries ORDER BY "paidAt" DESC LIMIT 200`,
      [household.id],
    )) as Array<{
      kind: string;
      reference: string;
      residentId: string;
      amountYuan: number;
      paidAt: Date;
    }>;
    const [total] = (await this.dataSource.query(
      `SELECT (coalesce((SELECT sum(amount_yuan) FROM allowance_payment WHERE household_id = $1), 0)
             + coalesce((SELECT sum(amount_yuan) FROM aid_case WHERE household_id = $1 AND status = 'PAID'), 0))::int AS total`,
      [household.id],
    )) as Array<{ total: number }>;
    return {
      householdId: household.id,
      totalYuan: total?.total ?? 0,
      entries: entries.map((entry) => ({ ...entry, paidAt: new Date(entry.paidAt) })),
    };
  }

  private async move(
    caller: Caller,
    id: string,
    from: AidCaseStatus,
    to: AidCaseStatus,
    note: string | null,
  ): Promise<AidCase> {
    return this.dataSource.transaction(async (manager) => {
      const row = isUuid(id)
        ? await manager
            .getRepository(AidCaseRow)
            .createQueryBuilder('aid')
            .setLock('pessimistic_write')
            .where('aid.id = :id', { id })
            .getOne()
        : null;
      if (!row) throw new NotFound('AidCase', id);
      const household = await this.households.household(row.householdId, 'id', manager);
      const user = requireCommunityStaff(caller, household.communityCode, 'review and pay aid');
      if (row.status !== from)
        throw new Conflict(`This aid case is ${row.status}; only a ${from} case can become ${to}`);
      const now = this.clock();
      const changes: Partial<AidCaseRow> =
        to === AidCaseStatus.PAID
          ? { status: to, paidAt: now }
          : {
              status: to,
              reviewedAt: now,
              reviewedBy: actorOf(user),
              reviewNote: note?.trim() || null,
            };
      await manager.update(AidCaseRow, { id: row.id }, changes);
      const rule = await manager.getRepository(AidRule).findOneByOrFail({ code: row.ruleCode });
      const resident = await manager
        .getRepository(ResidentRow)
        .findOneByOrFail({ id: row.residentId });
      return this.view(caller, { ...row, ...changes }, rule, resident, true);
    });
  }

  private view(
    _caller: Caller,
    row: AidCaseRow,
    rule: AidRule,
    resident: ResidentRow,
    unmasked: boolean,
  ): AidCase {
    return {
      id: row.id,
      householdId: row.householdId,
      resident: residentView(resident, unmasked, this.households.today()),
      ruleCode: row.ruleCode,
      kind: rule.kind,
      proofs: row.proofs,
      status: row.status,
      amountYuan: row.amountYuan,
      note: unmasked ? row.note : null,
      appliedAt: row.appliedAt,
      reviewedAt: row.reviewedAt,
      reviewNote: unmasked ? row.reviewNote : null,
      paidAt: row.paidAt,
    };
  }
}
