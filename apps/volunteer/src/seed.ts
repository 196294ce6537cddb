import type { SeedDefinition } from '@erqi/shared/feature-subgraph-server';
import { lanternFestival, volunteers, volunteerTeams } from '@erqi/shared/util-seed-fixtures';
import { enqueueEvents } from '@erqi/shared/data-access-events';
import type { DataSource, EntityManager } from 'typeorm';
import { CheckIn } from './check-in/check-in.entity';
import { seedSampleServiceDay } from './seed-sample-activity';
import { ShiftSignUp } from './shift-sign-up/shift-sign-up.entity';
import { shiftWindow } from './volunteer-activity/shift-window';
import { Shift } from './volunteer-activity/shift.entity';
import { VolunteerActivity } from './volunteer-activity/volunteer-activity.entity';
import { VolunteerPost } from './volunteer-activity/volunteer-post.entity';
import { VolunteerTeam, VolunteerTeamGridCell } from './volunteer-team/volunteer-team.entity';
import { Volunteer } from './volunteer/volunteer.entity';
import type { VolunteerSkill } from './volunteer/volunteer-skill';
import { teamCoverageChangedEvent } from './registry/registry.events';

const MINUTE = 60_000;

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
    await seedLanternFestival(manager, teamIdByCode);
    await seedSampleServiceDay(manager, teamIdByCode, now);
    await enqueueEvents(
      manager,
      volunteerTeams.map((team) => teamCoverageChangedEvent(team, now)),
    );
    return { inserted: volunteerTeams.length - before };
  });
}

/** The festival: its posts, the shifts round the clock, the crew's sign-ups and their check-ins. */
async function seedLanternFestival(
  manager: EntityManager,
  teamIdByCode: Map<string, string>,
): Promise<void> {
  const { shifts, posts, signUps, ...activity } = lanternFestival;
  await manager.upsert(VolunteerActivity, activity, ['id']);
  // A database seeded before posts existed keeps shifts the festival no longer has: they go first.
  const keep = shifts.map((shift) => shift.id);
  const stale = `SELECT id FROM shift WHERE volunteer_activity_id = $1 AND NOT (id = ANY($2::uuid[]))`;
  await manager.query(`DELETE FROM check_in WHERE shift_id IN (${stale})`, [activity.id, keep]);
  await manager.query(`DELETE FROM shift_sign_up WHERE shift_id IN (${stale})`, [
    activity.id,
    keep,
  ]);
  await manager.query(`DELETE FROM shift WHERE id IN (${stale})`, [activity.id, keep]);
  await manager.upsert(
    VolunteerPost,
    posts.map((post) => ({
      id: post.id,
      activityId: activity.id,
      teamId: teamIdByCode.get(post.teamCode) ?? '',
      duty: post.duty as VolunteerPost['duty'],
      place: post.place,
    })),
    ['id'],
  );
  const windows = new Map<string, { startsAt: Date; endsAt: Date }>();
  await manager.upsert(
    Shift,
    shifts.map((shift) => {
      const window = shiftWindow(activity.startsOn, shift.day, shift.startHour, shift.endHour);
      windows.set(shift.id, window);
      return {
        id: shift.id,
        activityId: activity.id,
        postId: shift.postId,
        teamId: teamIdByCode.get(shift.teamCode) ?? '',
        duty: shift.duty as Shift['duty'],
        requiredHeadcount: shift.requiredHeadcount,
        ...window,
      };
    }),
    ['id'],
  );
  await manager.query(
    `DELETE FROM volunteer_post post WHERE post.volunteer_activity_id = $1
       AND NOT EXISTS (SELECT 1 FROM shift WHERE shift.volunteer_post_id = post.id)`,
    [activity.id],
  );
  const present = signUps.filter((signUp) => windows.has(signUp.shiftId));
  // Signed up the week before; checked in and out as the fixture says, so the hours are real.
  await manager.upsert(
    ShiftSignUp,
    present.map((signUp) => ({
      id: signUp.id,
      shiftId: signUp.shiftId,
      volunteerId: signUp.volunteerId,
      signedUpAt: new Date(Date.parse(`${activity.startsOn}T10:00:00+08:00`) - 7 * 86_400_000),
    })),
    ['shiftId', 'volunteerId'],
  );
  await manager.upsert(
    CheckIn,
    present.map((signUp) => {
      const window = windows.get(signUp.shiftId) ?? { startsAt: new Date(0), endsAt: new Date(0) };
      return {
        id: signUp.id,
        shiftId: signUp.shiftId,
        volunteerId: signUp.volunteerId,
        checkedInAt: new Date(window.startsAt.getTime() + signUp.checkInLateMinutes * MINUTE),
        checkedOutAt: new Date(window.endsAt.getTime() - signUp.checkOutEarlyMinutes * MINUTE),
      };
    }),
    ['shiftId', 'volunteerId'],
  );
}

/** What `main` loads into an empty database (SEED_WHEN_EMPTY) or on `--seed`. */
export const volunteerSeed: SeedDefinition = { table: 'volunteer_team', run: seedVolunteer };
