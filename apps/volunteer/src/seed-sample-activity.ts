import { stableId, volunteers } from '@erqi/shared/util-seed-fixtures';
import { addDays, shanghaiDateOf } from '@erqi/shared/util-shanghai-time';
import type { EntityManager } from 'typeorm';
import { ShiftSignUp } from './shift-sign-up/shift-sign-up.entity';
import { shiftWindow } from './volunteer-activity/shift-window';
import { Shift, VolunteerDuty } from './volunteer-activity/shift.entity';
import { VolunteerActivity } from './volunteer-activity/volunteer-activity.entity';
import { VolunteerPost } from './volunteer-activity/volunteer-post.entity';

const CODE = 'SAMPLE_COMMUNITY_SERVICE_DAYS';
const CREW = 'BAGUAMIAO_CREW';

/**
 * Sample (not from the article): the crew's 社区志愿服务日 in the 14 days after `now`, so a volunteer
 * signing in after `npm start` has open shifts and the lead sees gaps. Its dates follow `now`.
 */
export async function seedSampleServiceDay(
  manager: EntityManager,
  teamIdByCode: Map<string, string>,
  now: Date,
): Promise<void> {
  const startsOn = addDays(shanghaiDateOf(now), 1);
  const activityId = stableId('volunteer-activity', CODE);
  const teamId = teamIdByCode.get(CREW) ?? '';
  await manager.upsert(
    VolunteerActivity,
    {
      id: activityId,
      code: CODE,
      name: '八卦庙社区志愿服务日（示例）',
      location: '八卦庙社区',
      startsOn,
      endsOn: addDays(startsOn, 13),
      reportedVisits: null,
    },
    ['id'],
  );
  const posts = [
    { duty: VolunteerDuty.GUIDANCE, place: '八卦庙社区党群服务中心' }, // sample
    { duty: VolunteerDuty.HELPING_VULNERABLE, place: '八卦庙社区老年人日间照料中心' }, // sample
  ].map((post) => ({
    ...post,
    id: stableId('volunteer-post', `${CODE}:${post.duty}`),
    activityId,
    teamId,
  }));
  await manager.upsert(VolunteerPost, posts, ['id']);
  const shifts = [1, 4, 8, 12].flatMap((day) =>
    posts.flatMap((post) =>
      [
        [9, 12],
        [14, 17],
      ].map(([startHour = 9, endHour = 12]) => ({
        id: stableId('shift', `${CODE}:${day}:${post.duty}:${startHour}`),
        activityId,
        postId: post.id,
        teamId,
        duty: post.duty,
        requiredHeadcount: 3,
        hour: startHour,
        ...shiftWindow(startsOn, day, startHour, endHour),
      })),
    ),
  );
  await manager.upsert(
    Shift,
    shifts.map(({ hour: _hour, ...shift }) => shift),
    ['id'],
  );
  // Some places taken by the crew's other members, never two overlapping shifts each; 马超
  // (volunteer-1, the first member) is left free to sign up.
  const others = volunteers.filter((volunteer) => volunteer.teamCode === CREW).slice(1);
  const takers: Record<string, number[]> = {
    [`${VolunteerDuty.GUIDANCE}:9`]: [0],
    [`${VolunteerDuty.GUIDANCE}:14`]: [0, 1],
    [`${VolunteerDuty.HELPING_VULNERABLE}:9`]: [2, 3],
    [`${VolunteerDuty.HELPING_VULNERABLE}:14`]: [],
  };
  const signUps = shifts.flatMap((shift) =>
    (takers[`${shift.duty}:${shift.hour}`] ?? []).flatMap((position) => {
      const volunteer = others[position];
      return volunteer
        ? [
            {
              id: stableId('shift-sign-up', `${shift.id}:${volunteer.id}`),
              shiftId: shift.id,
              volunteerId: volunteer.id,
              signedUpAt: now,
            },
          ]
        : [];
    }),
  );
  await manager.upsert(ShiftSignUp, signUps, ['shiftId', 'volunteerId']);
}
