import { randomUUID } from 'node:crypto';
import { type Caller, Role, requireUser } from '@erqi/shared/util-auth';
import type { Clock } from '@erqi/shared/util-clock';
import { BadUserInput, Conflict, Forbidden, NotFound } from '@erqi/shared/util-errors';
import { shanghaiDateOf } from '@erqi/shared/util-shanghai-time';
import { isUuid } from '@erqi/shared/util-uuid';
import { type DataSource, QueryFailedError, type Repository } from 'typeorm';
import {
  isSelf,
  requireOwnVolunteerId,
  requireTeamManager,
  requireTeamManagerRole,
  requireTeamRead,
  requireTeamReader,
} from '../volunteer-team/team-access';
import { VolunteerTeam } from '../volunteer-team/volunteer-team.entity';
import { Volunteer } from './volunteer.entity';
import {
  MOBILE_PHONE,
  MOBILE_PHONE_MESSAGE,
  type RegisterVolunteerInput,
  type UpdateVolunteerInput,
} from './volunteer.input';
import { normalizedSkills } from './volunteer-skill';

const UNIQUE_VIOLATION = '23505';

export class VolunteerService {
  private readonly volunteers: Repository<Volunteer>;
  private readonly teams: Repository<VolunteerTeam>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {
    this.volunteers = dataSource.getRepository(Volunteer);
    this.teams = dataSource.getRepository(VolunteerTeam);
  }

  /** One volunteer: itself, its teammates (phone masked), its team's lead, SUPERVISOR, ADMIN; FORBIDDEN for others. */
  async get(caller: Caller, id: string): Promise<Volunteer> {
    // A role that sees no team's volunteers is refused before the lookup: an id tells it nothing.
    requireTeamReader(caller, 'volunteers');
    const volunteer = await this.find(id);
    await requireTeamRead(caller, 'the volunteers', () => this.teamCodeOf(volunteer));
    return volunteer;
  }

  /** The volunteer the caller signed in as (VOLUNTEER only). */
  async mine(caller: Caller): Promise<Volunteer> {
    return this.find(requireOwnVolunteerId(caller));
  }

  /** Adds a member to a team, by its lead or an admin. Checks everything before the one insert, so a rejected call writes nothing. */
  async register(caller: Caller, input: RegisterVolunteerInput): Promise<Volunteer> {
    requireTeamManagerRole(caller, 'register volunteers');
    const name = input.name.trim();
    // The input's validators already ran; these hold the rule for callers that skip GraphQL.
    if (name.length === 0) throw new BadUserInput('name', 'name must not be empty');
    if (!MOBILE_PHONE.test(input.phone)) throw new BadUserInput('phone', MOBILE_PHONE_MESSAGE);
    const team = isUuid(input.teamId) ? await this.teams.findOneBy({ id: input.teamId }) : null;
    if (!team) throw new NotFound('VolunteerTeam', input.teamId, 'teamId');
    requireTeamManager(caller, team.code, 'register its volunteers');
    if (await this.volunteers.existsBy({ phone: input.phone })) throw duplicatePhone(input.phone);
    const volunteer = this.volunteers.create({
      id: randomUUID(),
      name,
      phone: input.phone,
      teamId: input.teamId,
      skills: normalizedSkills(input.skills ?? []),
      active: true,
      joinedOn: shanghaiDateOf(this.clock()),
      deactivatedAt: null,
    });
    await this.writing(input.phone, () => this.volunteers.insert(volunteer));
    return volunteer;
  }

  /** Changes a volunteer: its team's lead or ADMIN anything; the volunteer itself its phone and skills. */
  async update(caller: Caller, id: string, input: UpdateVolunteerInput): Promise<Volunteer> {
    const user = requireUser(caller);
    if (user.role === Role.VOLUNTEER) {
      if (!isSelf(caller, id))
        throw new Forbidden('A volunteer may change only its own phone and skills');
      if (input.name != null)
        throw new Forbidden("A volunteer's name is changed by its team's lead, not by itself");
    } else {
      requireTeamManagerRole(caller, 'change volunteers');
    }
    const volunteer = await this.find(id);
    if (user.role !== Role.VOLUNTEER)
      requireTeamManager(caller, await this.teamCodeOf(volunteer), 'change its volunteers');
    const changes: Partial<Volunteer> = {};
    if (input.name != null) {
      changes.name = input.name.trim();
      if (changes.name.length === 0) throw new BadUserInput('name', 'name must not be empty');
    }
    if (input.phone != null) {
      if (!MOBILE_PHONE.test(input.phone)) throw new BadUserInput('phone', MOBILE_PHONE_MESSAGE);
      const holder = await this.volunteers.findOneBy({ phone: input.phone });
      if (holder && holder.id !== id) throw duplicatePhone(input.phone);
      changes.phone = input.phone;
    }
    if (input.skills != null) changes.skills = normalizedSkills(input.skills);
    if (Object.keys(changes).length > 0)
      await this.writing(input.phone ?? '', () => this.volunteers.update({ id }, changes));
    return { ...volunteer, ...changes };
  }

  /**
   * The volunteer leaves its team (its lead or ADMIN): it drops out of the team's lists, and stops being
   * its lead; its row, check-ins and hours stay. Deactivating an inactive volunteer changes nothing.
   */
  async deactivate(caller: Caller, id: string): Promise<Volunteer> {
    requireTeamManagerRole(caller, 'deactivate volunteers');
    const volunteer = await this.find(id);
    requireTeamManager(caller, await this.teamCodeOf(volunteer), 'deactivate its volunteers');
    if (!volunteer.active) return volunteer;
    const deactivatedAt = this.clock();
    await this.dataSource.transaction(async (manager) => {
      await manager.update(Volunteer, { id, active: true }, { active: false, deactivatedAt });
      await manager.update(VolunteerTeam, { leadVolunteerId: id }, { leadVolunteerId: null });
    });
    return { ...volunteer, active: false, deactivatedAt };
  }

  private async find(id: string): Promise<Volunteer> {
    const volunteer = isUuid(id) ? await this.volunteers.findOneBy({ id }) : null;
    if (!volunteer) throw new NotFound('Volunteer', id);
    return volunteer;
  }

  private async teamCodeOf(volunteer: Volunteer): Promise<string> {
    const team = await this.teams.findOneBy({ id: volunteer.teamId });
    return team?.code ?? '';
  }

  /** Two writes of one number at the same moment: the unique index decides. */
  private async writing(phone: string, write: () => Promise<unknown>): Promise<void> {
    try {
      await write();
    } catch (error) {
      if (
        error instanceof QueryFailedError &&
        (error.driverError as { code?: string }).code === UNIQUE_VIOLATION
      )
        throw duplicatePhone(phone);
      throw error;
    }
  }
}

function duplicatePhone(phone: string): Conflict {
  return new Conflict(`A volunteer with phone ${phone} is already registered`, { field: 'phone' });
}
