import { randomUUID } from 'node:crypto';
import { keysetPage, type Page, type PageArgs } from '@erqi/shared/data-access-pagination';
import { type Caller, requireRole, Role } from '@erqi/shared/util-auth';
import type { Clock } from '@erqi/shared/util-clock';
import { BadUserInput, Conflict, NotFound } from '@erqi/shared/util-errors';
import { shanghaiDateOf } from '@erqi/shared/util-shanghai-time';
import { isUuid } from '@erqi/shared/util-uuid';
import type { DataSource, Repository } from 'typeorm';
import { requireTeamManager, requireTeamManagerRole } from '../volunteer-team/team-access';
import { VolunteerTeam } from '../volunteer-team/volunteer-team.entity';
import { Shift } from './shift.entity';
import { VolunteerActivity } from './volunteer-activity.entity';
import type {
  AddVolunteerPostInput,
  AddVolunteerShiftInput,
  CreateVolunteerActivityInput,
} from './volunteer-activity.input';
import { VolunteerPost } from './volunteer-post.entity';

const DAY_MS = 24 * 3_600_000;
const dateOf = (date: Date): string => date.toISOString().slice(0, 10);

/** Activities, their posts and shifts: read by anyone, planned by admins and team leads. */
export class VolunteerActivityService {
  private readonly activities: Repository<VolunteerActivity>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {
    this.activities = dataSource.getRepository(VolunteerActivity);
  }

  async get(id: string): Promise<VolunteerActivity> {
    const activity = isUuid(id) ? await this.activities.findOneBy({ id }) : null;
    if (!activity) throw new NotFound('VolunteerActivity', id);
    return activity;
  }

  /** The latest activities first: a team looks at what is coming or just happened. */
  list(args: PageArgs): Promise<Page<VolunteerActivity>> {
    return keysetPage(this.activities.createQueryBuilder('activity'), args, {
      sortColumn: 'startsOn',
      direction: 'DESC',
    });
  }

  /** 新建活动, by an admin or any team's lead; every field is checked before the one insert. */
  async create(caller: Caller, input: CreateVolunteerActivityInput): Promise<VolunteerActivity> {
    requireRole(caller, [Role.VOLUNTEER_LEAD, Role.ADMIN], 'create volunteer activities');
    const name = input.name.trim();
    const location = input.location.trim();
    if (!/^[A-Z][A-Z0-9_]{2,63}$/.test(input.code))
      throw new BadUserInput('code', 'code must be 3 to 64 capitals, digits or _');
    if (!name) throw new BadUserInput('name', 'name must not be empty');
    if (!location) throw new BadUserInput('location', 'location must not be empty');
    const startsOn = dateOf(input.startsOn);
    const endsOn = dateOf(input.endsOn);
    if (endsOn < startsOn) throw new BadUserInput('endsOn', 'endsOn must not be before startsOn');
    if (input.reportedVisits != null && input.reportedVisits < 0)
      throw new BadUserInput('reportedVisits', 'reportedVisits must not be negative');
    if (await this.activities.existsBy({ code: input.code }))
      throw new Conflict(`An activity with code ${input.code} exists already`, { field: 'code' });
    const activity = this.activities.create({
      id: randomUUID(),
      code: input.code,
      name,
      location,
      startsOn,
      endsOn,
      reportedVisits: input.reportedVisits ?? null,
    });
    await this.activities.insert(activity);
    return activity;
  }

  /** 设岗: a duty at a place, for a team; by an admin or that team's lead. */
  async addPost(caller: Caller, input: AddVolunteerPostInput): Promise<VolunteerPost> {
    requireTeamManagerRole(caller, 'add posts');
    const place = input.place.trim();
    const activity = await this.get(input.activityId).catch(() => {
      throw new NotFound('VolunteerActivity', input.activityId, 'activityId');
    });
    const team = isUuid(input.teamId)
      ? await this.dataSource.getRepository(VolunteerTeam).findOneBy({ id: input.teamId })
      : null;
    if (!team) throw new NotFound('VolunteerTeam', input.teamId, 'teamId');
    requireTeamManager(caller, team.code, 'add posts for it');
    if (!place) throw new BadUserInput('place', 'place must not be empty');
    const post = this.dataSource.getRepository(VolunteerPost).create({
      id: randomUUID(),
      activityId: activity.id,
      teamId: team.id,
      duty: input.duty,
      place,
    });
    await this.dataSource.getRepository(VolunteerPost).insert(post);
    return post;
  }

  /** 排班: a shift at a post, starting on one of the activity's days (Shanghai), not in the past. */
  async addShift(caller: Caller, input: AddVolunteerShiftInput): Promise<Shift> {
    requireTeamManagerRole(caller, 'add shifts');
    const posts = this.dataSource.getRepository(VolunteerPost);
    const post = isUuid(input.postId) ? await posts.findOneBy({ id: input.postId }) : null;
    if (!post) throw new NotFound('VolunteerPost', input.postId, 'postId');
    const team = await this.dataSource
      .getRepository(VolunteerTeam)
      .findOne({ select: { code: true }, where: { id: post.teamId } });
    requireTeamManager(caller, team?.code ?? '', "add shifts to its team's posts");
    const activity = await this.get(post.activityId);
    const { startsAt, endsAt, requiredHeadcount } = input;
    if (!Number.isInteger(requiredHeadcount) || requiredHeadcount < 1)
      throw new BadUserInput('requiredHeadcount', 'requiredHeadcount must be at least 1');
    if (endsAt.getTime() <= startsAt.getTime())
      throw new BadUserInput('endsAt', 'endsAt must be after startsAt');
    if (endsAt.getTime() - startsAt.getTime() > DAY_MS)
      throw new BadUserInput('endsAt', 'A shift lasts at most 24 hours');
    const day = shanghaiDateOf(startsAt);
    if (day < activity.startsOn || day > activity.endsOn)
      throw new BadUserInput(
        'startsAt',
        `startsAt must fall on a day of the activity, ${activity.startsOn} to ${activity.endsOn} (Asia/Shanghai)`,
      );
    if (startsAt.getTime() <= this.clock().getTime())
      throw new BadUserInput('startsAt', 'startsAt must be in the future');
    const shifts = this.dataSource.getRepository(Shift);
    const shift = shifts.create({
      id: randomUUID(),
      activityId: post.activityId,
      postId: post.id,
      teamId: post.teamId,
      duty: post.duty,
      startsAt,
      endsAt,
      requiredHeadcount,
    });
    await shifts.insert(shift);
    return shift;
  }
}
