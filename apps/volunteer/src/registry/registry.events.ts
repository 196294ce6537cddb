import type { OutboundEvent } from '@erqi/shared/data-access-events';
import {
  createCloudEvent,
  eventCatalogue,
  TEAM_COVERAGE_TOPIC,
} from '@erqi/shared/util-event-catalogue';

/** `cn.erqi.volunteer.team-coverage-changed` on the compacted `volunteer.team-coverage`, keyed by the team id: the team and all its cells. */
export function teamCoverageChangedEvent(
  team: { id: string; code: string; name: string; gridCellIds: readonly string[] },
  at: Date,
): OutboundEvent {
  const { type, source } = eventCatalogue.teamCoverageChanged;
  const data = {
    teamId: team.id,
    teamCode: team.code,
    name: team.name,
    gridCellIds: [...team.gridCellIds].sort(),
    changedAt: at.toISOString(),
  };
  return {
    topic: TEAM_COVERAGE_TOPIC,
    key: team.id,
    event: createCloudEvent({ type, source, subject: team.id, data, time: at }),
  };
}
