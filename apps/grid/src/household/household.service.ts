import { randomUUID } from 'node:crypto';
import { keysetPage, type Page } from '@erqi/shared/data-access-pagination';
import { actorOf, type Caller, Role, type UserCaller } from '@erqi/shared/util-auth';
import type { Clock } from '@erqi/shared/util-clock';
import { BadUserInput, NotFound } from '@erqi/shared/util-errors';
import { shanghaiDateOf } from '@erqi/shared/util-shanghai-time';
import { isUuid } from '@erqi/shared/util-uuid';
import { type DataSource, type EntityManager, In } from 'typeorm';
import {
  requireCommunityReader,
  requireCommunityStaff,
  seesUnmasked,
} from '../community/community-access';
import { checkIdNumber } from '../community/id-number';
import { notInFuture } from '../community/month';
import { HouseholdRow, RelocationStatus } from './household.entity';
import type {
  AddResidentInput,
  HouseholdsArgs,
  RegisterHouseholdInput,
  RecordLifeEventInput,
  ResidentsArgs,
} from './household.input';
import { type Household, householdView, type Resident, residentView } from './household.types';
import { LifeEvent, LifeEventKind } from './life-event.entity';
import { ResidentRow } from './resident.entity';

/** Households and residents: lists masked per caller, and the life events every figure follows. */
export class HouseholdService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  today(): string {
    return shanghaiDateOf(this.clock());
  }

  /** The household a RESIDENT caller belongs to (null for other roles or an unknown resident). */
  async ownHouseholdId(caller: Caller): Promise<string | null> {
    if (caller.kind !== 'user' || caller.role !== Role.RESIDENT || !caller.residentId) return null;
    if (!isUuid(caller.residentId)) return null;
    const row = await this.dataSource
      .getRepository(ResidentRow)
      .findOneBy({ id: caller.residentId });
    return row?.householdId ?? null;
  }

  async households(caller: Caller, args: HouseholdsArgs): Promise<Page<Household>> {
    requireCommunityReader(caller, 'read households');
    const own = await this.ownHouseholdId(caller);
    const query = this.dataSource.getRepository(HouseholdRow).createQueryBuilder('household');
    if (caller.kind === 'user' && caller.role === Role.RESIDENT)
      query.andWhere('household.id = :own', { own: own ?? '00000000-0000-0000-0000-000000000000' });
    if (args.relocationStatus)
      query.andWhere('household.relocation_status = :status', { status: args.relocationStatus });
    const page = await keysetPage(query, args, { sortColumn: 'code' });
    const members = await this.membersOf(page.nodes.map((household) => household.id));
    const today = this.today();
    return {
      ...page,
      nodes: page.nodes.map((household) =>
        householdView(
          household,
          members.get(household.id) ?? [],
          seesUnmasked(caller, household, own),
          today,
        ),
      ),
    };
  }

  async residents(caller: Caller, args: ResidentsArgs): Promise<Page<Resident>> {
    requireCommunityReader(caller, 'read residents');
    const own = await this.ownHouseholdId(caller);
    const today = this.today();
    const query = this.dataSource.getRepository(ResidentRow).createQueryBuilder('resident');
    if (caller.kind === 'user' && caller.role === Role.RESIDENT)
      query.andWhere('resident.household_id = :own', {
        own: own ?? '00000000-0000-0000-0000-000000000000',
      });
    if (args.householdId) {
      if (!isUuid(args.householdId))
        throw new NotFound('Household', args.householdId, 'householdId');
      query.andWhere('resident.household_id = :householdId', { householdId: args.householdId });
    }
    if (args.minimumAge !== null && args.minimumAge !== undefined)
      query.andWhere(`resident.birth_date <= (:today::date - make_interval(years => :age))::date`, {
        today,
        age: args.minimumAge,
      });
    const page = await keysetPage(query, args, { sortColumn: 'name' });
    const households = await this.householdsById(page.nodes.map((row) => row.householdId));
    return {
      ...page,
      nodes: page.nodes.map((row) => {
        const household = households.get(row.householdId);
        const unmasked = household ? seesUnmasked(caller, household, own) : false;
        return residentView(row, unmasked, today);
      }),
    };
  }

  /** 分户: a new household of the staff member's community; a 户号 in use is refused on `code`. */
  async registerHousehold(caller: Caller, input: RegisterHouseholdInput): Promise<Household> {
    const communityCode = caller.kind === 'user' ? (caller.communityCode ?? '') : '';
    requireCommunityStaff(caller, communityCode, 'register households');
    const code = input.code.trim();
    const row: HouseholdRow = {
      id: randomUUID(),
      code,
      communityCode,
      originalAddress: input.originalAddress.trim(),
      currentAddress: input.currentAddress?.trim() || input.originalAddress.trim(),
      relocationStatus: input.relocationStatus,
      relocatedOn: null,
      returnedOn: null,
      isSample: false,
    };
    try {
      await this.dataSource.getRepository(HouseholdRow).insert(row);
    } catch (error) {
      if ((error as { code?: string }).code === '23505')
        throw new BadUserInput('code', `户号 ${code} is in use already`);
      throw error;
    }
    return householdView(row, [], true, this.today());
  }

  /**
   * A new member: born into the household (BIRTH) or joining (JOINED). One 居民身份证号 is one
   * person in one household: a number already on file is refused on `idNumber`, nothing written.
   */
  async addResident(caller: Caller, input: AddResidentInput): Promise<Resident> {
    const today = this.today();
    const household = await this.household(input.householdId, 'householdId');
    const user = requireCommunityStaff(caller, household.communityCode, 'add residents');
    const birthDate = notInFuture(input.birthDate, today, 'birthDate');
    const idNumber = checkIdNumber(input.idNumber);
    if (input.how !== LifeEventKind.BIRTH && input.how !== LifeEventKind.JOINED)
      throw new BadUserInput('how', 'A resident is added by BIRTH or JOINED');
    const memberSince =
      input.how === LifeEventKind.BIRTH
        ? birthDate
        : notInFuture(input.joinedOn ?? '', today, 'joinedOn');
    if (memberSince < birthDate)
      throw new BadUserInput('joinedOn', 'Membership cannot begin before birth');
    const row: ResidentRow = {
      id: randomUUID(),
      householdId: household.id,
      name: input.name.trim(),
      gender: input.gender,
      birthDate,
      idNumber,
      phone: input.phone?.trim() || null,
      memberSince,
      memberUntil: null,
      diedOn: null,
      isSample: false,
    };
    try {
      await this.dataSource.transaction(async (manager) => {
        await manager.insert(ResidentRow, row);
        await this.log(manager, user, {
          kind: input.how,
          householdId: household.id,
          residentId: row.id,
          occurredOn: memberSince,
          note: null,
        });
      });
    } catch (error) {
      // The unique index on id_number: this person is on file already (maybe added a moment ago).
      if ((error as { code?: string }).code === '23505')
        throw new BadUserInput(
          'idNumber',
          'This person is already a resident of a household; one person belongs to one household only',
        );
      throw error;
    }
    return residentView(row, true, today);
  }

  /** A death, leaving the membership, a new address or the 回迁 return, with the day it happened. */
  async recordLifeEvent(caller: Caller, input: RecordLifeEventInput): Promise<LifeEvent> {
    const today = this.today();
    const occurredOn = notInFuture(input.occurredOn, today, 'occurredOn');
    return this.dataSource.transaction(async (manager) => {
      switch (input.kind) {
        case LifeEventKind.DEATH:
        case LifeEventKind.LEFT: {
          const resident = await this.resident(manager, input.residentId, 'residentId');
          const household = await this.household(resident.householdId, 'residentId', manager);
          const user = requireCommunityStaff(caller, household.communityCode, 'record life events');
          if (occurredOn < resident.birthDate)
            throw new BadUserInput('occurredOn', 'A life event cannot come before the birth');
          if (resident.diedOn || resident.memberUntil)
            throw new BadUserInput('residentId', 'This resident is no longer a member');
          await manager.update(
            ResidentRow,
            { id: resident.id },
            input.kind === LifeEventKind.DEATH
              ? { diedOn: occurredOn }
              : { memberUntil: occurredOn },
          );
          return this.log(manager, user, {
            kind: input.kind,
            householdId: household.id,
            residentId: resident.id,
            occurredOn,
            note: input.note ?? null,
          });
        }
        case LifeEventKind.ADDRESS_CHANGED:
        case LifeEventKind.RETURNED: {
          const household = await this.household(input.householdId ?? '', 'householdId', manager);
          const user = requireCommunityStaff(caller, household.communityCode, 'record life events');
          const address = input.address?.trim();
          if (!address) throw new BadUserInput('address', 'Give the new address');
          if (
            input.kind === LifeEventKind.RETURNED &&
            household.relocationStatus !== RelocationStatus.AWAITING_RETURN
          )
            throw new BadUserInput('householdId', 'Only a household awaiting 回迁 can return');
          await manager.update(
            HouseholdRow,
            { id: household.id },
            input.kind === LifeEventKind.RETURNED
              ? {
                  currentAddress: address,
                  relocationStatus: RelocationStatus.RETURNED,
                  returnedOn: occurredOn,
                }
              : { currentAddress: address },
          );
          return this.log(manager, user, {
            kind: input.kind,
            householdId: household.id,
            residentId: null,
            occurredOn,
            note: input.note ?? null,
          });
        }
        default:
          throw new BadUserInput('kind', 'Births and joinings are recorded with addResident');
      }
    });
  }

  async household(id: string, field: string, manager?: EntityManager): Promise<HouseholdRow> {
    const repository = (manager ?? this.dataSource.manager).getRepository(HouseholdRow);
    const row = isUuid(id) ? await repository.findOneBy({ id }) : null;
    if (!row) throw new NotFound('Household', id, field);
    return row;
  }

  private async resident(
    manager: EntityManager,
    id: string | null | undefined,
    field: string,
  ): Promise<ResidentRow> {
    const row =
      id && isUuid(id)
        ? await manager
            .getRepository(ResidentRow)
            .createQueryBuilder('resident')
            .setLock('pessimistic_write')
            .where('resident.id = :id', { id })
            .getOne()
        : null;
    if (!row) throw new NotFound('Resident', id ?? '', field);
    return row;
  }

  private async log(
    manager: EntityManager,
    user: UserCaller,
    event: Pick<LifeEvent, 'kind' | 'householdId' | 'residentId' | 'occurredOn' | 'note'>,
  ): Promise<LifeEvent> {
    const row: LifeEvent = {
      id: randomUUID(),
      ...event,
      recordedBy: actorOf(user),
      recordedAt: this.clock(),
    };
    await manager.insert(LifeEvent, row);
    return row;
  }

  /** Every household's members, in one query. */
  async membersOf(householdIds: string[]): Promise<Map<string, ResidentRow[]>> {
    const byHousehold = new Map<string, ResidentRow[]>();
    if (householdIds.length === 0) return byHousehold;
    const rows = await this.dataSource
      .getRepository(ResidentRow)
      .find({ where: { householdId: In(householdIds) }, order: { birthDate: 'ASC' } });
    for (const row of rows)
      byHousehold.set(row.householdId, [...(byHousehold.get(row.householdId) ?? []), row]);
    return byHousehold;
  }

  async householdsById(ids: string[]): Promise<Map<string, HouseholdRow>> {
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource
      .getRepository(HouseholdRow)
      .findBy({ id: In([...new Set(ids)]) });
    return new Map(rows.map((row) => [row.id, row]));
  }
}
