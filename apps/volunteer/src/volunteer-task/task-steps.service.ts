import type { Caller } from '@erqi/shared/util-auth';
import type { Clock } from '@erqi/shared/util-clock';
import { BadUserInput, NotFound } from '@erqi/shared/util-errors';
import { visibleText } from '@erqi/shared/util-text';
import { isUuid } from '@erqi/shared/util-uuid';
import type { DataSource } from 'typeorm';
import { Volunteer } from '../volunteer/volunteer.entity';
import { accepterOf, requireStepRole, requireTaskWorker } from './task-access';
import { cannotMove, moveTask, namedVolunteer } from './task-moves';
import { type VolunteerTask, VolunteerTaskStatus } from './volunteer-task.entity';
import { taskStatusChangedEvent } from './volunteer-task.events';
import { COMPLETION_NOTE_MAX } from './volunteer-task.input';
import type { VolunteerTaskService } from './volunteer-task.service';

/** What a note may carry besides what it shows (line breaks, joiners) stays bounded too. */
const COMPLETION_NOTE_MAX_STORED = 2000;

/**
 * A task's steps by the team's members (志愿任务的认领、开始、完成): accepted by one member, started,
 * completed with a note. Each step moves the task from exactly the status it must be in (else CONFLICT
 * with `currentStatus`) and puts `cn.erqi.volunteer.task-status-changed` in the outbox in the same
 * transaction, for the appeal's timeline. Refused input writes nothing.
 */
export class VolunteerTaskSteps {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tasks: VolunteerTaskService,
    private readonly clock: Clock,
    /** Called after a step committed, so its event leaves at once. */
    private readonly onEventsCommitted: () => void = () => undefined,
  ) {}

  /** 认领: a member of the task's team takes it on (itself, or named by its lead or an admin). */
  async accept(
    caller: Caller,
    id: string,
    volunteerId: string | null | undefined,
  ): Promise<VolunteerTask> {
    requireStepRole(caller, 'accept volunteer tasks');
    const task = await this.tasks.find(id);
    const teamCode = (await this.tasks.teamCodeOf(task)) ?? '';
    const accepterId = accepterOf(caller, teamCode, volunteerId);
    const volunteer = isUuid(accepterId)
      ? await this.dataSource.getRepository(Volunteer).findOneBy({ id: accepterId })
      : null;
    if (!volunteer) throw new NotFound('Volunteer', accepterId, 'volunteerId');
    if (volunteer.teamId !== task.teamId)
      throw new BadUserInput('volunteerId', `${volunteer.name} is not a member of ${teamCode}`);
    if (!volunteer.active)
      throw new BadUserInput('volunteerId', `${volunteer.name} has left ${teamCode}`);
    if (task.status !== VolunteerTaskStatus.OPEN)
      throw cannotMove(task, VolunteerTaskStatus.ACCEPTED);
    const now = this.clock();
    const named = { id: volunteer.id, name: volunteer.name };
    return this.moved(
      await moveTask(
        this.dataSource,
        task,
        VolunteerTaskStatus.ACCEPTED,
        { acceptedById: volunteer.id, acceptedAt: now },
        (after) => taskStatusChangedEvent(after, teamCode, task.status, after.status, now, named),
      ),
      id,
      VolunteerTaskStatus.ACCEPTED,
    );
  }

  /** 开始: the accepting member (or its lead, or an admin) starts an ACCEPTED task. */
  start(caller: Caller, id: string): Promise<VolunteerTask> {
    return this.step(caller, id, VolunteerTaskStatus.IN_PROGRESS, 'start this task', null);
  }

  /** 完成: the accepting member (or its lead, or an admin) completes a task IN_PROGRESS, saying what was done. */
  complete(caller: Caller, id: string, note: string): Promise<VolunteerTask> {
    requireStepRole(caller, 'complete volunteer tasks');
    return this.step(caller, id, VolunteerTaskStatus.DONE, 'complete this task', checkNote(note));
  }

  private async step(
    caller: Caller,
    id: string,
    to: VolunteerTaskStatus.IN_PROGRESS | VolunteerTaskStatus.DONE,
    what: string,
    note: string | null,
  ): Promise<VolunteerTask> {
    requireStepRole(caller, what);
    const task = await this.tasks.find(id);
    const teamCode = (await this.tasks.teamCodeOf(task)) ?? '';
    requireTaskWorker(caller, teamCode, task.acceptedById, what);
    const from =
      to === VolunteerTaskStatus.DONE
        ? VolunteerTaskStatus.IN_PROGRESS
        : VolunteerTaskStatus.ACCEPTED;
    if (task.status !== from) throw cannotMove(task, to);
    const now = this.clock();
    const volunteer = await namedVolunteer(this.dataSource, task.acceptedById);
    const set =
      to === VolunteerTaskStatus.DONE
        ? { completedAt: now, completionNote: note }
        : { startedAt: now };
    return this.moved(
      await moveTask(this.dataSource, task, to, set, (after) =>
        taskStatusChangedEvent(after, teamCode, from, to, now, volunteer),
      ),
      id,
      to,
    );
  }

  private async moved(
    moved: VolunteerTask | null,
    id: string,
    wanted: VolunteerTaskStatus,
  ): Promise<VolunteerTask> {
    if (!moved) throw cannotMove(await this.tasks.find(id), wanted);
    this.onEventsCommitted();
    return moved;
  }
}

/** The note as stored (outer white space trimmed); BAD_USER_INPUT on `note` when it shows nothing or too much. */
function checkNote(note: string): string {
  const trimmed = note.trim();
  const shown = [...visibleText(trimmed)].length;
  if (shown === 0)
    throw new BadUserInput('note', 'Say in a few words what was done (the note is empty)');
  if (shown > COMPLETION_NOTE_MAX || trimmed.length > COMPLETION_NOTE_MAX_STORED)
    throw new BadUserInput(
      'note',
      `The note may be at most ${COMPLETION_NOTE_MAX} characters; it has ${shown}`,
    );
  return trimmed;
}
