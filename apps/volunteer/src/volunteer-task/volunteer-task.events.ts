import type { OutboundEvent } from '@erqi/shared/data-access-events';
import {
  createCloudEvent,
  eventCatalogue,
  VOLUNTEER_LIFECYCLE_TOPIC,
  type VolunteerTaskEscalatedData,
  type VolunteerTaskStatusChangedData,
} from '@erqi/shared/util-event-catalogue';
import type { VolunteerTask, VolunteerTaskStatus } from './volunteer-task.entity';

/** Who is named with a step: the accepting member's id and name, never its phone (the enterprise reads the timeline). */
export interface NamedVolunteer {
  id: string;
  name: string;
}

/**
 * `cn.erqi.volunteer.task-status-changed` on `volunteer.lifecycle`, keyed by the appeal id like the
 * task's other events: with the accepting member once there is one, and the note when it is DONE.
 */
export function taskStatusChangedEvent(
  task: Pick<VolunteerTask, 'id' | 'appealId' | 'teamId' | 'completionNote'>,
  teamCode: string,
  from: VolunteerTaskStatus,
  to: VolunteerTaskStatus,
  at: Date,
  volunteer: NamedVolunteer | null,
): OutboundEvent {
  const data: VolunteerTaskStatusChangedData = {
    taskId: task.id,
    appealId: task.appealId,
    teamId: task.teamId,
    teamCode,
    fromStatus: from,
    toStatus: to,
    changedAt: at.toISOString(),
    ...(volunteer ? { volunteer: { id: volunteer.id, name: volunteer.name } } : {}),
    ...(task.completionNote ? { note: task.completionNote } : {}),
  };
  const { type, source } = eventCatalogue.volunteerTaskStatusChanged;
  return {
    topic: VOLUNTEER_LIFECYCLE_TOPIC,
    key: task.appealId,
    event: createCloudEvent({ type, source, subject: task.appealId, data, time: at }),
  };
}

/** `cn.erqi.volunteer.task-escalated`: nobody accepted the task within `acceptMinutes`. */
export function taskEscalatedEvent(
  task: { id: string; appealId: string; teamId: string; createdAt: Date },
  teamCode: string,
  escalatedAt: Date,
  acceptMinutes: number,
): OutboundEvent {
  const data: VolunteerTaskEscalatedData = {
    taskId: task.id,
    appealId: task.appealId,
    teamId: task.teamId,
    teamCode,
    createdAt: task.createdAt.toISOString(),
    escalatedAt: escalatedAt.toISOString(),
    acceptMinutes,
  };
  const { type, source } = eventCatalogue.volunteerTaskEscalated;
  return {
    topic: VOLUNTEER_LIFECYCLE_TOPIC,
    key: task.appealId,
    event: createCloudEvent({ type, source, subject: task.appealId, data, time: escalatedAt }),
  };
}
