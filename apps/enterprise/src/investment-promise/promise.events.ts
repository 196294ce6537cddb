import type { OutboundEvent } from '@erqi/shared/data-access-events';
import {
  createCloudEvent,
  eventCatalogue,
  PROMISE_ESCALATIONS_TOPIC,
  type PolicyPromiseOverdueData,
} from '@erqi/shared/util-event-catalogue';

/** `cn.erqi.enterprise.policy-promise-overdue` on `enterprise.promise-escalations`, keyed by the promise. */
export function policyPromiseOverdueEvent(data: PolicyPromiseOverdueData, at: Date): OutboundEvent {
  const { type, source } = eventCatalogue.policyPromiseOverdue;
  return {
    topic: PROMISE_ESCALATIONS_TOPIC,
    key: data.promiseId,
    event: createCloudEvent({ type, source, subject: data.promiseId, data, time: at }),
  };
}
