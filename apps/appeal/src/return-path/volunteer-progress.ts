/** A volunteer task's status as the volunteer service names it. */
export type VolunteerTaskProgress = 'OPEN' | 'ACCEPTED' | 'IN_PROGRESS' | 'DONE';

const WHAT_HAPPENED: Record<VolunteerTaskProgress, string> = {
  OPEN: 'took on the task',
  ACCEPTED: 'accepted the task',
  IN_PROGRESS: 'started the task',
  DONE: 'finished the task',
};

/** Who took a step beside the team: the accepting member's name (the enterprise sees who helped; never a phone). */
export interface VolunteerProgressDetail {
  volunteerName?: string;
  /** DONE: what the volunteer wrote. */
  note?: string;
}

/**
 * The timeline's words for a volunteer team's progress (志愿服务), e.g.
 * `志愿服务: ALLIANCE_YOUTH finished the task (DONE)`, or with the member and the note
 * `志愿服务: BAGUAMIAO_CREW (志愿者 马超) finished the task (DONE): 已疏导完毕`.
 */
export function volunteerProgressNote(
  teamCode: string,
  status: VolunteerTaskProgress,
  detail: VolunteerProgressDetail = {},
): string {
  const who = detail.volunteerName ? `${teamCode} (${detail.volunteerName})` : teamCode;
  const note = detail.note ? `: ${detail.note}` : '';
  return `志愿服务: ${who} ${WHAT_HAPPENED[status]} (${status})${note}`;
}

/** The timeline's words when nobody of the team accepted the task in time (上报队长). */
export function volunteerEscalationNote(teamCode: string, acceptMinutes: number): string {
  return `志愿服务: nobody of ${teamCode} accepted the task within ${acceptMinutes} minutes; escalated to the team lead (上报队长)`;
}
