import { randomUUID } from 'node:crypto';
import { enqueueEvents, type OutboundEvent } from '@erqi/shared/data-access-events';
import {
  type AppealDispatchedData,
  type CloudEvent,
  createCloudEvent,
  eventCatalogue,
  MalformedEvent,
  VOLUNTEER_LIFECYCLE_TOPIC,
  type VolunteerTaskCreatedData,
  type VolunteerTaskStatusChangedData,
  volunteerTeamDispatchTopic,
} from '@erqi/shared/util-event-catalogue';
import type { Clock } from '@erqi/shared/util-clock';
import type { Caller } from '@erqi/shared/util-auth';
import { Conflict, NotFound } from '@erqi/shared/util-errors';
import type { DataSource, EntityManager, Repository } from 'typeorm';
import { isUuid } from '@erqi/shared/util-uuid';
import {
  requireTeamManager,
  requireTeamManagerRole,
  requireTeamRead,
  requireTeamReader,
} from '../volunteer-team/team-access';
import { VolunteerTeam } from '../volunteer-team/volunteer-team.entity';
import { VolunteerTask, VolunteerTaskStatus } from './volunteer-task.entity';

/** The status a task must be in to move to each status; OPEN is only ever the first. */
const PREVIOUS_STATUS: Partial<Record<VolunteerTaskStatus, VolunteerTaskStatus>> = {
  [VolunteerTaskStatus.IN_PROGRESS]: VolunteerTaskStatus.OPEN,
  [VolunteerTaskStatus.DONE]: VolunteerTaskStatus.IN_PROGRESS,
};

const NEXT_STATUS: Record<VolunteerTaskStatus, VolunteerTaskStatus | null> = {
  [VolunteerTaskStatus.OPEN]: VolunteerTaskStatus.IN_PROGRESS,
  [VolunteerTaskStatus.IN_PROGRESS]: VolunteerTaskStatus.DONE,
  [VolunteerTaskStatus.DONE]: null,
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

  /** One task, for its team's lead, supervisors and admins; FORBIDDEN for others, before anything is looked up when their role sees none. */
  async get(caller: Caller, id: string): Promise<VolunteerTask> {
    requireTeamReader(caller, 'volunteer tasks');
    const task = await this.find(id);
    await requireTeamRead(caller, 'the tasks', () => this.teamCodeOf(task));
    return task;
  }

  /**
   * Moves a task one step forward (OPEN → IN_PROGRESS → DONE), by its team's lead or an admin; any
   * other move is a CONFLICT naming the current status. The move and its
   * `cn.erqi.volunteer.task-status-changed` (for the appeal's timeline) are written in one transaction.
   */
  async updateStatus(
    caller: Caller,
    id: string,
    status: VolunteerTaskStatus,
  ): Promise<VolunteerTask> {
    requireTeamManagerRole(caller, 'move volunteer tasks');
    const task = await this.find(id);
    const teamCode = (await this.teamCodeOf(task)) ?? '';
    requireTeamManager(caller, teamCode, 'move its tasks');
    const from = PREVIOUS_STATUS[status];
    if (from !== task.status) throw cannotMove(task, status);
    const moved = await this.dataSource.transaction(async (manager) => {
      // Only from the status just read, so that two updates at once cannot both move it.
      const result = await manager.update(VolunteerTask, { id, status: from }, { status });
      if (result.affected !== 1) return false;
      await enqueueEvents(manager, [
        taskStatusChangedEvent(task, teamCode, from, status, this.clock()),
      ]);
      return true;
    });
    if (!moved) throw cannotMove(await this.find(id), status);
    this.onEventsCommitted();
    return { ...task, status };
  }

  private async find(id: string): Promise<VolunteerTask> {
    const task = isUuid(id) ? await this.tasks.findOneBy({ id }) : null;
    if (!task) throw new NotFound('VolunteerTask', id);
    return task;
  }

  private async teamCodeOf(task: VolunteerTask): Promise<string | undefined> {
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

/** `cn.erqi.volunteer.task-status-changed` on `volunteer.lifecycle`, keyed by the appeal id like the task's other events. */
function taskStatusChangedEvent(
  task: VolunteerTask,
  teamCode: string,
  from: VolunteerTaskStatus,
  to: VolunteerTaskStatus,
  at: Date,
): OutboundEvent {
  const data: VolunteerTaskStatusChangedData = {
    taskId: task.id,
    appealId: task.appealId,
    teamId: task.teamId,
    teamCode,
    fromStatus: from,
    toStatus: to,
    changedAt: at.toISOString(),
  };
  const { type, source } = eventCatalogue.volunteerTaskStatusChanged;
  return {
    topic: VOLUNTEER_LIFECYCLE_TOPIC,
    key: task.appealId,
    event: createCloudEvent({ type, source, subject: task.appealId, data, time: at }),
  };
}

function cannotMove(task: VolunteerTask, status: VolunteerTaskStatus): Conflict {
  const next = NEXT_STATUS[task.status];
  const allowed = next ? `it can only move to ${next}` : 'it is finished';
  return new Conflict(
    `VolunteerTask ${task.id} is ${task.status}, not ready for ${status}: ${allowed}`,
    { field: 'status', currentStatus: task.status },
  );
}
