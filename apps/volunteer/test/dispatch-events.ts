import { randomUUID } from 'node:crypto';
import {
  type AppealDispatchedData,
  type CloudEvent,
  createCloudEvent,
  eventCatalogue,
} from '@erqi/shared/util-event-catalogue';
import { gridCellByCode } from '@erqi/shared/util-seed-fixtures';

/** A `cn.erqi.appeal.dispatched` to a volunteer team, as the appeal service emits it; `data` overrides fields. */
export function volunteerDispatch(
  team: { id: string; code: string },
  options: { appealId?: string; data?: Record<string, unknown> } = {},
): CloudEvent<AppealDispatchedData> {
  const appealId = options.appealId ?? randomUUID();
  const data: AppealDispatchedData = {
    appealId,
    title: '灯会期间园区门口人流疏导',
    description: '企业反映灯会期间园区门口人流密集，需要志愿者协助疏导',
    category: 'SURROUNDINGS',
    handlingMode: 'JOINT',
    enterpriseId: '3c7b4d2f-0a5e-4d9f-9b62-1e4f3a2d5c6b',
    gridCellId: gridCellByCode('BGM-E01').id,
    dueAt: '2026-12-01T00:00:00.000Z',
    dispatchedAt: '2026-11-25T08:00:00.000Z',
    target: { kind: 'VOLUNTEER_TEAM', id: team.id, code: team.code },
    role: 'VOLUNTEER',
    acknowledgeBy: null,
  };
  const { type, source } = eventCatalogue.appealDispatched;
  return createCloudEvent({
    type,
    source,
    subject: appealId,
    data: { ...data, ...options.data } as AppealDispatchedData,
  });
}
