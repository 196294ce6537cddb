import { randomUUID } from 'node:crypto';
import type { Caller } from '@erqi/shared/util-auth';
import { BadUserInput, Conflict, NotFound } from '@erqi/shared/util-errors';
import { type DataSource, QueryFailedError, type Repository } from 'typeorm';
import { isUuid } from '@erqi/shared/util-uuid';
import { requireTeamManager, requireTeamManagerRole } from '../volunteer-team/team-access';
import { VolunteerTeam } from '../volunteer-team/volunteer-team.entity';
import { Volunteer } from './volunteer.entity';
import { MOBILE_PHONE, type RegisterVolunteerInput } from './volunteer.input';

const UNIQUE_VIOLATION = '23505';

export class VolunteerService {
  private readonly volunteers: Repository<Volunteer>;
  private readonly teams: Repository<VolunteerTeam>;

  constructor(dataSource: DataSource) {
    this.volunteers = dataSource.getRepository(Volunteer);
    this.teams = dataSource.getRepository(VolunteerTeam);
  }

  /** Adds a member to a team, by its lead or an admin. Checks everything before the one insert, so a rejected call writes nothing. */
  async register(caller: Caller, input: RegisterVolunteerInput): Promise<Volunteer> {
    requireTeamManagerRole(caller, 'register volunteers');
    const name = input.name.trim();
    // The input's validators already ran; these hold the rule for callers that skip GraphQL.
    if (name.length === 0) throw new BadUserInput('name', 'name must not be empty');
    if (!MOBILE_PHONE.test(input.phone))
      throw new BadUserInput('phone', 'phone must be a mobile number of 11 digits starting with 1');
    const team = isUuid(input.teamId) ? await this.teams.findOneBy({ id: input.teamId }) : null;
    if (!team) throw new NotFound('VolunteerTeam', input.teamId, 'teamId');
    requireTeamManager(caller, team.code, 'register its volunteers');
    if (await this.volunteers.existsBy({ phone: input.phone })) throw duplicatePhone(input.phone);
    const volunteer = this.volunteers.create({
      id: randomUUID(),
      name,
      phone: input.phone,
      teamId: input.teamId,
    });
    try {
      await this.volunteers.insert(volunteer);
    } catch (error) {
      // Two registrations of one number at the same moment: the unique index decides.
      if (
        error instanceof QueryFailedError &&
        (error.driverError as { code?: string }).code === UNIQUE_VIOLATION
      )
        throw duplicatePhone(input.phone);
      throw error;
    }
    return volunteer;
  }
}

function duplicatePhone(phone: string): Conflict {
  return new Conflict(`A volunteer with phone ${phone} is already registered`, { field: 'phone' });
}
