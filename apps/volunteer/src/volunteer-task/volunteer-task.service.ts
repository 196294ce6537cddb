import { randomUUID } from 'node:crypto';
import { enqueueEvents } from '@erqi/shared/data-access-events';
import {
  type AppealDispatchedData,
  type CloudEvent,
  createCloudEvent,
  eventCatalogue,
  MalformedEvent,
  VOLUNTEER_LIFECYCLE_TOPIC,
  type VolunteerTaskCreatedData,
  volunteerTeamDispatchTopic,
} from '@erqi/shared/util-event-catalogue';
import type { Clock } from '@erqi/shared/util-clock';
import type { Caller } from '@erqi/shared/util-auth';
import { BadUserInput, NotFound } from '@erqi/shared/util-errors';
import type { DataSource, EntityManager, Repository } from 'typeorm';
import { isUuid } from '@erqi/shared/util-uuid';
import { requireTeamManager, requireTeamManagerRole } from '../volunteer-team/team-access';
import { VolunteerTeam } from '../volunteer-team/volunteer-team.entity';
import { requireTaskRead, requireTaskReader } from './task-access';
import { cannotMove, moveTask, namedVolunteer } from './task-moves';
import { VolunteerTask, VolunteerTaskStatus } from './volunteer-task.entity';
import { taskStatusChangedEvent } from './volunteer-task.events';

/**
 * The lead's own moves (updateVolunteerTaskStatus), from the statuses each may start from: IN_PROGRESS
 * from OPEN (the team is on it, no member named) or ACCEPTED (as startVolunteerTask), DONE from
 * IN_PROGRESS (as completeVolunteerTask, without a note). ACCEPTED needs a member: acceptVolunteerTask.
 */
const LEAD_MOVES_FROM: Partial<Record<VolunteerTaskStatus, readonly VolunteerTaskStatus[]>> = {
  [VolunteerTaskStatus.IN_PROGRESS]: [VolunteerTaskStatus.OPEN, VolunteerTaskStatus.ACCEPTED],
  [VolunteerTaskStatus.DONE]: [VolunteerTaskStatus.IN_PROGRESS],
};

export class VolunteerTaskService {
  private readonly tasks: Repository<VolunteerTask>;
  private readonly teams: Repository<VolunteerTeam>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    /** Called after a transaction that enqueued events has committed, so they leave at once. */
    private readonly onEventsCommitted: () => void = () => undefined,
  ) {
    this.tasks = dataSource.getRepository(VolunteerTask);
    this.teams = dataSource.getRepository(VolunteerTeam);
  }

  /** One task, for its team's members and lead, supervisors and admins; FORBIDDEN for others, before anything is looked up when their role sees none. */
  async get(caller: Caller, id: string): Promise<VolunteerTask> {
    requireTaskReader(caller);
    const task = await this.find(id);
    await requireTaskRead(caller, () => this.teamCodeOf(task));
    return task;
  }

  /**
   * The lead's shortcut, kept for the screens that use it: moves a task to IN_PROGRESS (from OPEN, no
   * member named, or from ACCEPTED) or to DONE (from IN_PROGRESS, no note), by its team's lead or an
   * admin; the member's own steps are acceptVolunteerTask, startVolunteerTask and completeVolunteerTask.
   * Any other move is a CONFLICT naming the current status. The move and its
   * `cn.erqi.volunteer.task-status-changed` (for the appeal's timeline) are written in one transaction.
   */
  async updateStatus(
    caller: Caller,
    id: string,
    status: VolunteerTaskStatus,
  ): Promise<VolunteerTask> {
    requireTeamManagerRole(caller, 'move volunteer tasks');
    if (status === VolunteerTaskStatus.ACCEPTED)
      throw new BadUserInput(
        'status',
        'A task is accepted by a member: use acceptVolunteerTask, which names who takes it on',
      );
    const task = await this.find(id);
    const teamCode = (await this.teamCodeOf(task)) ?? '';
    requireTeamManager(caller, teamCode, 'move its tasks');
    if (!LEAD_MOVES_FROM[status]?.includes(task.status)) throw cannotMove(task, status);
    const now = this.clock();
    const volunteer = await namedVolunteer(this.dataSource, task.acceptedById);
    const moved = await moveTask(
      this.dataSource,
      task,
      status,
      status === VolunteerTaskStatus.DONE ? { completedAt: now } : { startedAt: now },
      (after) => taskStatusChangedEvent(after, teamCode, task.status, status, now, volunteer),
    );
    if (!moved) throw cannotMove(await this.find(id), status);
    this.onEventsCommitted();
    return moved;
  }

  /** The task by id; NOT_FOUND (field id) when there is none. */
  async find(id: string): Promise<VolunteerTask> {
    const task = isUuid(id) ? await this.tasks.findOneBy({ id }) : null;
    if (!task) throw new NotFound('VolunteerTask', id);
    return task;
  }

  async teamCodeOf(task: VolunteerTask): Promise<string | undefined> {
    return (await this.teams.findOne({ select: { code: true }, where: { id: task.teamId } }))?.code;
  }

  /**
   * Turns an appeal dispatched to a volunteer team into the team's task and, in the same transaction,
   * puts `cn.erqi.volunteer.task-created` in the outbox. A dispatch that names no team of ours, or
   * arrived on another team's topic, can never be applied: `MalformedEvent`, so it goes to the DLQ.
   * Returns null when this event already made a task.
   */
  async createFromDispatch(
    manager: EntityManager,
    event: CloudEvent<AppealDispatchedData>,
    topic: string,
  ): Promise<VolunteerTask | null> {
    const { data } = event;
    if (data.target.kind !== 'VOLUNTEER_TEAM')
      throw new MalformedEvent(
        `a dispatch to a ${data.target.kind} cannot become a volunteer task`,
      );
    const team =
      (await manager.findOneBy(VolunteerTeam, { id: data.target.id })) ??
      (await manager.findOneBy(VolunteerTeam, { code: data.target.code }));
    if (!team)
      throw new MalformedEvent(
        `there is no volunteer team ${data.target.code} (${data.target.id})`,
      );
    if (topic !== volunteerTeamDispatchTopic(team.code))
      throw new MalformedEvent(`a dispatch to ${team.code} arrived on ${topic}`);

    const task = manager.create(VolunteerTask, {
      id: randomUUID(),
      appealId: data.appealId,
      teamId: team.id,
      title: data.title,
      description: data.description,
      category: data.category,
      dueAt: new Date(data.dueAt),
      status: VolunteerTaskStatus.OPEN,
      createdAt: this.clock(),
      sourceEventId: event.id,
    });
    // The unique source event decides, even for a consumer group that has not seen the event.
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(VolunteerTask)
      .values(task)
      .orIgnore()
      .returning(['id'])
      .execute();
    if ((inserted.raw as unknown[]).length === 0) return null;

    const created: VolunteerTaskCreatedData = {
      taskId: task.id,
      appealId: task.appealId,
      teamId: team.id,
      teamCode: team.code,
      createdAt: task.createdAt.toISOString(),
    };
    const { type, source } = eventCatalogue.volunteerTaskCreated;
    await enqueueEvents(manager, [
      {
        topic: VOLUNTEER_LIFECYCLE_TOPIC,
        key: task.appealId,
        event: createCloudEvent({
          type,
          source,
          subject: task.appealId,
          data: created,
          time: task.createdAt,
        }),
      },
    ]);
    return task;
  }
}
