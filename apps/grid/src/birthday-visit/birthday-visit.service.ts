import { randomUUID } from 'node:crypto';
import { enqueueEvents } from '@erqi/shared/data-access-events';
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
import { notInFuture, parseMonth } from '../community/month';
import type { HouseholdService } from '../household/household.service';
import { residentView } from '../household/household.types';
import { ResidentRow } from '../household/resident.entity';
import { BirthdayVisitRow, CommunitySuggestionRow } from './birthday-visit.entity';
import type {
  BirthdayVisit,
  BirthdayVisitList,
  CommunitySuggestion,
  RecordBirthdayVisitInput,
} from './birthday-visit.types';
import { suggestionRaisedEvent } from './suggestion.events';

/** 生日慰问 for residents turning this age or more. */
export const BIRTHDAY_VISIT_AGE = 80;

/**
 * Who turns 80 or more in the month, alive and a member on the birthday. A 29 February birthday
 * falls on 28 February in other years (date + interval does that), still in February.
 */
const BIRTHDAY_SQL = `
  SELECT r.id, birthday::text AS birthday, turning
  FROM resident r JOIN household h ON h.id = r.household_id,
    LATERAL (SELECT ($2::int - extract(year FROM r.birth_date)::int) AS turning) t,
    LATERAL (SELECT (r.birth_date + make_interval(years => t.turning))::date AS birthday) b
  WHERE extract(month FROM r.birth_date) = $3
    AND t.turning >= $4
    AND ($1::text IS NULL OR h.community_code = $1)
    AND ($5::uuid IS NULL OR r.household_id = $5)
    AND ($6::uuid IS NULL OR r.id = $6)
    AND (r.died_on IS NULL OR r.died_on >= b.birthday)
    AND r.member_since <= b.birthday
    AND (r.member_until IS NULL OR r.member_until > b.birthday)
  ORDER BY b.birthday, r.name, r.id`;

export class BirthdayVisitService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly households: HouseholdService,
    private readonly onEventsCommitted: () => void,
  ) {}

  async list(caller: Caller, month: string): Promise<BirthdayVisitList> {
    const user = requireCommunityReader(caller, 'read birthday visits');
    parseMonth(month);
    const own = await this.households.ownHouseholdId(caller);
    const onlyOwn = user.role === Role.RESIDENT;
    const due = await this.due(month, {
      communityCode: user.role === Role.COMMUNITY_STAFF ? (user.communityCode ?? '') : null,
      householdId: onlyOwn ? (own ?? '00000000-0000-0000-0000-000000000000') : null,
      residentId: null,
    });
    const ids = due.map((row) => row.id);
    const residents = ids.length
      ? await this.dataSource.getRepository(ResidentRow).findBy({ id: In(ids) })
      : [];
    const byId = new Map(residents.map((row) => [row.id, row]));
    const households = await this.households.householdsById(
      residents.map((row) => row.householdId),
    );
    const visits = await this.visitsOf(ids, month);
    const today = this.households.today();
    const nodes = due.flatMap((entry) => {
      const resident = byId.get(entry.id);
      const household = resident && households.get(resident.householdId);
      if (!resident || !household) return [];
      const unmasked = seesUnmasked(caller, household, own);
      const visit = visits.get(entry.id) ?? null;
      return [
        {
          resident: residentView(resident, unmasked, today),
          birthday: entry.birthday,
          turning: entry.turning,
          // Answers are personal too: only those who see the resident unmasked read them.
          visit:
            visit && unmasked
              ? visit
              : visit
                ? { ...visit, answers: blankAnswers(), suggestion: null }
                : null,
        },
      ];
    });
    return {
      month,
      totalCount: nodes.length,
      visitedCount: nodes.filter((node) => node.visit).length,
      nodes,
    };
  }

  /**
   * Records a visit and its 意见表; a suggestion on it is written with an outbox event in the same
   * transaction, so it becomes an appeal (COMMUNITY_VISIT) with the id chosen here. One visit per
   * resident and month.
   */
  async record(caller: Caller, input: RecordBirthdayVisitInput): Promise<BirthdayVisit> {
    const today = this.households.today();
    const visitedOn = notInFuture(input.visitedOn, today, 'visitedOn');
    const month = visitedOn.slice(0, 7);
    const resident = isUuid(input.residentId)
      ? await this.dataSource.getRepository(ResidentRow).findOneBy({ id: input.residentId })
      : null;
    if (!resident) throw new NotFound('Resident', input.residentId, 'residentId');
    const household = await this.households.household(resident.householdId, 'residentId');
    const user = requireCommunityStaff(caller, household.communityCode, 'record birthday visits');
    const [due] = await this.due(month, {
      communityCode: null,
      householdId: null,
      residentId: resident.id,
    });
    if (!due)
      throw new BadUserInput(
        'residentId',
        `This resident does not turn ${BIRTHDAY_VISIT_AGE} or more in ${month} (the month of visitedOn)`,
      );
    const text = input.suggestion?.trim() || null;
    const visit: BirthdayVisitRow = {
      id: randomUUID(),
      residentId: resident.id,
      month,
      visitedOn,
      visitedBy: actorOf(user),
      answers: {
        health: input.health?.trim() || null,
        needs: input.needs?.trim() || null,
        satisfaction: input.satisfaction ?? null,
        suggestion: text,
      },
    };
    const suggestion: CommunitySuggestionRow | null = text
      ? {
          id: randomUUID(),
          residentId: resident.id,
          householdId: household.id,
          visitId: visit.id,
          text,
          appealId: randomUUID(),
          raisedAt: this.clock(),
        }
      : null;
    try {
      await this.dataSource.transaction(async (manager) => {
        await manager.insert(BirthdayVisitRow, visit);
        if (suggestion) {
          await manager.insert(CommunitySuggestionRow, suggestion);
          await enqueueEvents(manager, [
            suggestionRaisedEvent(suggestion, household.communityCode),
          ]);
        }
      });
    } catch (error) {
      if ((error as { code?: string }).code === '23505')
        throw new Conflict(`${month}'s birthday visit to this resident is recorded already`);
      throw error;
    }
    if (suggestion) this.onEventsCommitted();
    return {
      id: visit.id,
      visitedOn,
      answers: visit.answers,
      suggestion: suggestion && suggestionView(suggestion),
    };
  }

  /** A household's suggestions (staff), or the caller's own (RESIDENT), newest first. */
  async suggestions(caller: Caller, householdId: string | null): Promise<CommunitySuggestion[]> {
    const user = requireCommunityReader(caller, 'read suggestions');
    const own = await this.households.ownHouseholdId(caller);
    const target = user.role === Role.RESIDENT ? own : householdId;
    if (!target) throw new BadUserInput('householdId', 'Name the household');
    const household = await this.households.household(target, 'householdId');
    if (!seesUnmasked(caller, household, own))
      throw new NotFound('Household', target, 'householdId');
    // A RESIDENT follows its own suggestions: the appeals they became are open to it, its
    // household's others' are not (docs/ACCESS.md, "A resident's suggestions").
    const ownOnly = user.role === Role.RESIDENT;
    if (ownOnly && !user.residentId) throw new NotFound('Household', target, 'householdId');
    const rows = await this.dataSource.getRepository(CommunitySuggestionRow).find({
      where:
        ownOnly && user.residentId
          ? { householdId: household.id, residentId: user.residentId }
          : { householdId: household.id },
      order: { raisedAt: 'DESC' },
      take: 100,
    });
    return rows.map(suggestionView);
  }

  private async due(
    month: string,
    scope: { communityCode: string | null; householdId: string | null; residentId: string | null },
  ): Promise<Array<{ id: string; birthday: string; turning: number }>> {
    const year = Number(month.slice(0, 4));
    const monthNumber = Number(month.slice(5, 7));
    return (await this.dataSource.query(BIRTHDAY_SQL, [
      scope.communityCode,
      year,
      monthNumber,
      BIRTHDAY_VISIT_AGE,
      scope.householdId,
      scope.residentId,
    ])) as Array<{ id: string; birthday: string; turning: number }>;
  }

  private async visitsOf(
    residentIds: string[],
    month: string,
  ): Promise<Map<string, BirthdayVisit>> {
    if (residentIds.length === 0) return new Map();
    const visits = await this.dataSource
      .getRepository(BirthdayVisitRow)
      .findBy({ residentId: In(residentIds), month });
    const suggestions = visits.length
      ? await this.dataSource
          .getRepository(CommunitySuggestionRow)
          .findBy({ visitId: In(visits.map((visit) => visit.id)) })
      : [];
    const byVisit = new Map(suggestions.map((row) => [row.visitId, row]));
    return new Map(
      visits.map((visit) => {
        const suggestion = byVisit.get(visit.id);
        return [
          visit.residentId,
          {
            id: visit.id,
            visitedOn: visit.visitedOn,
            answers: visit.answers,
            suggestion: suggestion ? suggestionView(suggestion) : null,
          },
        ];
      }),
    );
  }
}

function suggestionView(row: CommunitySuggestionRow): CommunitySuggestion {
  return { id: row.id, text: row.text, raisedAt: row.raisedAt, appeal: { id: row.appealId } };
}

function blankAnswers(): BirthdayVisit['answers'] {
  return { health: null, needs: null, satisfaction: null, suggestion: null };
}
