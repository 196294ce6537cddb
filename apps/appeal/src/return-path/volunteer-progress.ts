/** A volunteer task's status as the volunteer service names it. */
export type VolunteerTaskProgress = 'OPEN' | 'IN_PROGRESS' | 'DONE';

const WHAT_HAPPENED: Record<VolunteerTaskProgress, string> = {
  OPEN: 'took on the task',
  IN_PROGRESS: 'started the task',
  DONE: 'finished the task',
};

/** The timeline's words for a volunteer team's progress (志愿服务), e.g. `志愿服务: ALLIANCE_YOUTH finished the task (DONE)`. */
export function volunteerProgressNote(teamCode: string, status: VolunteerTaskProgress): string {
  return `志愿服务: ${teamCode} ${WHAT_HAPPENED[status]} (${status})`;
}
