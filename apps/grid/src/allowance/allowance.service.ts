import { decodeCursor, encodeCursor, PageArgs } from '@erqi/shared/data-access-pagination';
import { type Caller, Role } from '@erqi/shared/util-auth';
import type { Clock } from '@erqi/shared/util-clock';
import { BadUserInput, NotFound } from '@erqi/shared/util-errors';
import { shanghaiDateOf } from '@erqi/shared/util-shanghai-time';
import { type DataSource, In } from 'typeorm';
import {
  requireCommunityReader,
  requireCommunityStaff,
  seesUnmasked,
} from '../community/community-access';
import { parseMonth } from '../community/month';
import type { HouseholdService } from '../household/household.service';
import { residentView } from '../household/household.types';
import { ResidentRow } from '../household/resident.entity';
import { AllowanceRule } from './allowance.entity';
import type { AllowanceRun } from './allowance.types';

/** The rule the monthly run pays by (高龄补贴: 60 or more, 100 yuan). */
export const ELDER_ALLOWANCE = 'ELDER_ALLOWANCE';

/**
 * 高龄补贴: a month's run pays every resident who on the first of the month is at least the rule's
 * age, alive and a member. One INSERT … ON CONFLICT DO NOTHING against the unique (month, resident):
 * a second run, or two at once, pays no one twice.
 */
export class AllowanceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly households: HouseholdService,
  ) {}

  async run(caller: Caller, month: string): Promise<AllowanceRun> {
    const { firstDay } = parseMonth(month);
    const today = shanghaiDateOf(this.clock());
    if (firstDay > today)
      throw new BadUserInput(
        'month',
        `${month} has not begun yet (today is ${today}); pay a month from its first day`,
      );
    const communityCode = caller.kind === 'user' ? (caller.communityCode ?? '') : '';
    requireCommunityStaff(caller, communityCode, 'run the allowance payout');
    const rule = await this.rule(communityCode);
    const paid = (await this.dataSource.query(
      `INSERT INTO allowance_payment (id, month, rule_code, resident_id, household_id, amount_yuan, age_on_first, paid_at)
       SELECT gen_random_uuid(), $1, $2, r.id, r.household_id, $3,
              extract(year FROM age($4::date, r.birth_date))::int, $5
       FROM resident r JOIN household h ON h.id = r.household_id
       WHERE h.community_code = $6
         AND r.birth_date <= ($4::date - make_interval(years => $7))::date
         AND (r.died_on IS NULL OR r.died_on >= $4::date)
         AND r.member_since <= $4::date
         AND (r.member_until IS NULL OR r.member_until > $4::date)
       ON CONFLICT (month, resident_id) DO NOTHING
       RETURNING id`,
      [
        month,
        rule.code,
        rule.monthlyAmountYuan,
        firstDay,
        this.clock(),
        communityCode,
        rule.minimumAge,
      ],
    )) as unknown[];
    return this.view(caller, month, new PageArgs(), paid.length);
  }

  async read(caller: Caller, month: string, page: PageArgs): Promise<AllowanceRun> {
    requireCommunityReader(caller, 'read allowance runs');
    parseMonth(month);
    return this.view(caller, month, page, 0);
  }

  private async rule(communityCode: string): Promise<AllowanceRule> {
    const rule = await this.dataSource
      .getRepository(AllowanceRule)
      .findOneBy({ code: ELDER_ALLOWANCE, communityCode });
    if (!rule) throw new NotFound('AllowanceRule', ELDER_ALLOWANCE, 'month');
    return rule;
  }

  /** The month's lines by resident name; a RESIDENT sees only its own household's. */
  private async view(
    caller: Caller,
    month: string,
    page: PageArgs,
    paidNow: number,
  ): Promise<AllowanceRun> {
    const own = await this.households.ownHouseholdId(caller);
    const onlyOwn = caller.kind === 'user' && caller.role === Role.RESIDENT;
    const scope = onlyOwn ? 'AND p.household_id = $2' : 'AND $2::uuid IS NULL';
    const ownId = onlyOwn ? (own ?? '00000000-0000-0000-0000-000000000000') : null;
    const [totals] = (await this.dataSource.query(
      `SELECT count(*)::int AS count, coalesce(sum(amount_yuan), 0)::int AS total
       FROM allowance_payment p WHERE p.month = $1 ${scope}`,
      [month, ownId],
    )) as Array<{ count: number; total: number }>;
    const cursor = page.after ? decodeCursor(page.after) : null;
    const rows = (await this.dataSource.query(
      `SELECT p.id, p.amount_yuan AS "amountYuan", p.age_on_first AS "ageOnFirst", p.paid_at AS "paidAt",
              r.id AS "residentId", r.name
       FROM allowance_payment p JOIN resident r ON r.id = p.resident_id
       WHERE p.month = $1 ${scope} AND ($3::text IS NULL OR (r.name, p.id) > ($3, $4::uuid))
       ORDER BY r.name, p.id LIMIT $5`,
      [month, ownId, cursor?.sortValue ?? null, cursor?.id ?? null, page.first + 1],
    )) as Array<{
      id: string;
      amountYuan: number;
      ageOnFirst: number;
      paidAt: Date;
      residentId: string;
      name: string;
    }>;
    const hasNextPage = rows.length > page.first;
    const shown = rows.slice(0, page.first);
    const residents = shown.length
      ? await this.dataSource
          .getRepository(ResidentRow)
          .findBy({ id: In(shown.map((row) => row.residentId)) })
      : [];
    const byId = new Map(residents.map((row) => [row.id, row]));
    const households = await this.households.householdsById(
      residents.map((row) => row.householdId),
    );
    const today = shanghaiDateOf(this.clock());
    const rule = await this.dataSource
      .getRepository(AllowanceRule)
      .findOneBy({ code: ELDER_ALLOWANCE });
    const last = shown[shown.length - 1];
    return {
      month,
      amountYuan: rule?.monthlyAmountYuan ?? 0,
      count: totals?.count ?? 0,
      totalYuan: totals?.total ?? 0,
      paidNow,
      pageInfo: {
        hasNextPage,
        endCursor: last ? encodeCursor({ sortValue: last.name, id: last.id }) : null,
      },
      lines: shown.flatMap((line) => {
        const resident = byId.get(line.residentId);
        const household = resident && households.get(resident.householdId);
        if (!resident || !household) return [];
        return [
          {
            id: line.id,
            amountYuan: line.amountYuan,
            ageOnFirst: line.ageOnFirst,
            paidAt: new Date(line.paidAt),
            resident: residentView(resident, seesUnmasked(caller, household, own), today),
          },
        ];
      }),
    };
  }
}
