import type { SeedDefinition } from '@erqi/shared/feature-subgraph-server';
import { lanternFestival, volunteers, volunteerTeams } from '@erqi/shared/util-seed-fixtures';
import { enqueueEvents } from '@erqi/shared/data-access-events';
import type { DataSource } from 'typeorm';
import { shiftWindow } from './volunteer-activity/shift-window';
import { Shift, type VolunteerDuty } from './volunteer-activity/shift.entity';
import { VolunteerActivity } from './volunteer-activity/volunteer-activity.entity';
import { VolunteerTeam, VolunteerTeamGridCell } from './volunteer-team/volunteer-team.entity';
import { Volunteer } from './volunteer/volunteer.entity';
import type { VolunteerSkill } from './volunteer/volunteer-skill';
import { teamCoverageChangedEvent } from './registry/registry.events';

/**
 * Loads the article's volunteer crew and the lantern festival. Safe to run again: rows are upserted by
 * id. Each team's coverage is published in the same transaction (again on a rerun: the topic is compacted).
 */
export async function seedVolunteer(
  dataSource: DataSource,
  now: Date = new Date(),
): Promise<{ inserted: number }> {
  return dataSource.transaction(async (manager) => {
    const before = await manager.count(VolunteerTeam);
    // The lead is one of the members: the foreign key waits for the commit, after the members are in.
    await manager.upsert(
      VolunteerTeam,
      volunteerTeams.map(({ id, code, name, community, leadVolunteerId }) => ({
        id,
        code,
        name,
        community,
        leadVolunteerId,
      })),
      ['id'],
    );
    await manager.upsert(
      VolunteerTeamGridCell,
      volunteerTeams.flatMap((team) =>
        team.gridCellIds.map((gridCellId) => ({ volunteerTeamId: team.id, gridCellId })),
      ),
      ['volunteerTeamId', 'gridCellId'],
    );
    const teamIdByCode = new Map(volunteerTeams.map((team) => [team.code, team.id]));
    await manager.upsert(
      Volunteer,
      volunteers.map((volunteer) => ({
        id: volunteer.id,
        name: volunteer.name,
        phone: volunteer.phone,
        teamId: teamIdByCode.get(volunteer.teamCode) ?? '',
        skills: volunteer.skills as VolunteerSkill[],
        joinedOn: volunteer.joinedOn,
        active: true,
        deactivatedAt: null,
      })),
      ['id'],
    );
    const { shifts, ...activity } = lanternFestival;
    await manager.upsert(VolunteerActivity, activity, ['id']);
    await manager.upsert(
      Shift,
      shifts.map((shift) => ({
        id: shift.id,
        activityId: activity.id,
        teamId: teamIdByCode.get(shift.teamCode) ?? '',
        duty: shift.duty as VolunteerDuty,
        ...shiftWindow(activity.startsOn, shift.day, shift.startHour, shift.endHour),
      })),
      ['id'],
    );
    await enqueueEvents(
      manager,
      volunteerTeams.map((team) => teamCoverageChangedEvent(team, now)),
    );
    return { inserted: volunteerTeams.length - before };
  });
}

/** What `main` loads into an empty database (SEED_WHEN_EMPTY) or on `--seed`. */
export const volunteerSeed: SeedDefinition = { table: 'volunteer_team', run: seedVolunteer };
