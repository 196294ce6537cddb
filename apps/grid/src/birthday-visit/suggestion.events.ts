import type { OutboundEvent } from '@erqi/shared/data-access-events';
import {
  COMMUNITY_SUGGESTIONS_TOPIC,
  createCloudEvent,
  eventCatalogue,
} from '@erqi/shared/util-event-catalogue';
import type { CommunitySuggestionRow } from './birthday-visit.entity';

/** `cn.erqi.grid.community-suggestion-raised` on `grid.community-suggestions`, keyed by the suggestion id. */
export function suggestionRaisedEvent(
  suggestion: CommunitySuggestionRow,
  communityCode: string,
): OutboundEvent {
  const { type, source } = eventCatalogue.communitySuggestionRaised;
  const data = {
    suggestionId: suggestion.id,
    appealId: suggestion.appealId,
    communityCode,
    residentId: suggestion.residentId,
    text: suggestion.text,
    visitKind: 'BIRTHDAY_VISIT',
    raisedAt: suggestion.raisedAt.toISOString(),
  };
  return {
    topic: COMMUNITY_SUGGESTIONS_TOPIC,
    key: suggestion.id,
    event: createCloudEvent({
      type,
      source,
      subject: suggestion.id,
      data,
      time: suggestion.raisedAt,
    }),
  };
}
