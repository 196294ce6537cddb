import { volunteerTeamDispatchTopic } from '@erqi/shared/util-event-catalogue';
import { volunteerDispatch } from './dispatch-events';
import { crew, volunteerHarness } from './volunteer-harness';
import { volunteerDispatchHandler } from '../src/volunteer-task/volunteer-task.consumer';
import { VolunteerTask } from '../src/volunteer-task/volunteer-task.entity';
import { VolunteerTaskService } from '../src/volunteer-task/volunteer-task.service';

/** A member who has left the team (deactivateVolunteer) keeps its history but takes on no new duty. */
describe('a volunteer who has left the team', () => {
  const harness = volunteerHarness('volunteer_left_team');
  let leaver: { id: string };
  let openShiftId: string;

  beforeAll(async () => {
    leaver = await harness.newMember(['FIRST_AID']);
    const left = await harness.gql(
      'crewLead',
      `mutation($id: ID!) { deactivateVolunteer(id: $id) { active } }`,
      {
        id: leaver.id,
      },
    );
    expect(left.errors).toBeUndefined();
    // A shift of the crew that starts tomorrow with places open (the seed's sample upcoming activity).
    const [shift] = (await harness.dataSource.query(
      `SELECT s.id FROM volunteer.shift s
        WHERE s.volunteer_team_id = $1 AND s.starts_at > now() + interval '1 hour'
          AND s.required_headcount > (SELECT count(*) FROM volunteer.shift_sign_up u WHERE u.shift_id = s.id)
        ORDER BY s.starts_at LIMIT 1`,
      [crew?.id],
    )) as Array<{ id: string }>;
    openShiftId = shift?.id ?? '';
    expect(openShiftId).not.toBe('');
  });

  it('cannot be signed up for a shift: BAD_USER_INPUT on volunteerId, no sign-up written', async () => {
    const body = await harness.gql(
      'crewLead',
      `mutation($shiftId: ID!, $volunteerId: ID) { signUpForShift(shiftId: $shiftId, volunteerId: $volunteerId) { id } }`,
      { shiftId: openShiftId, volunteerId: leaver.id },
    );
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'volunteerId',
    });
    expect(body.errors?.[0]?.message).toContain('has left');
    const [{ count }] = (await harness.dataSource.query(
      `SELECT count(*)::int AS count FROM volunteer.shift_sign_up WHERE volunteer_id = $1`,
      [leaver.id],
    )) as [{ count: number }];
    expect(count).toBe(0);
  });

  it('cannot be named to accept a task: BAD_USER_INPUT on volunteerId, the task stays OPEN', async () => {
    const team = crew;
    if (!team) throw new Error('the seed has no crew');
    const event = volunteerDispatch(team);
    const { dataSource } = harness;
    await dataSource.transaction((manager) =>
      volunteerDispatchHandler(new VolunteerTaskService(dataSource, () => new Date()))(
        event,
        manager,
        volunteerTeamDispatchTopic(team.code),
      ),
    );
    const task = await dataSource
      .getRepository(VolunteerTask)
      .findOneByOrFail({ sourceEventId: event.id });
    const body = await harness.gql(
      'crewLead',
      `mutation($id: ID!, $volunteerId: ID) { acceptVolunteerTask(id: $id, volunteerId: $volunteerId) { status } }`,
      { id: task.id, volunteerId: leaver.id },
    );
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'volunteerId',
    });
    const after = await dataSource.getRepository(VolunteerTask).findOneByOrFail({ id: task.id });
    expect(after.status).toBe('OPEN');
    expect(after.acceptedById).toBeNull();
  });
});
