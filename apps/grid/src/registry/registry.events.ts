import type { OutboundEvent } from '@erqi/shared/data-access-events';
import {
  createCloudEvent,
  DEPARTMENT_REGISTRY_TOPIC,
  eventCatalogue,
  GRID_CELL_REGISTRY_TOPIC,
} from '@erqi/shared/util-event-catalogue';

/** `cn.erqi.grid.department-changed` on the compacted `grid.departments`, keyed by the department id. */
export function departmentChangedEvent(
  department: { id: string; code: string; name: string },
  at: Date,
): OutboundEvent {
  const { type, source } = eventCatalogue.departmentChanged;
  const data = {
    departmentId: department.id,
    code: department.code,
    name: department.name,
    changedAt: at.toISOString(),
  };
  return {
    topic: DEPARTMENT_REGISTRY_TOPIC,
    key: department.id,
    event: createCloudEvent({ type, source, subject: department.id, data, time: at }),
  };
}

/** `cn.erqi.grid.grid-cell-changed` on the compacted `grid.grid-cells`, keyed by the cell id. */
export function gridCellChangedEvent(
  cell: { id: string; code: string; name: string; kind: 'COMMUNITY' | 'ENTERPRISE_EXCLUSIVE' },
  at: Date,
): OutboundEvent {
  const { type, source } = eventCatalogue.gridCellChanged;
  const data = {
    gridCellId: cell.id,
    code: cell.code,
    name: cell.name,
    kind: cell.kind,
    changedAt: at.toISOString(),
  };
  return {
    topic: GRID_CELL_REGISTRY_TOPIC,
    key: cell.id,
    event: createCloudEvent({ type, source, subject: cell.id, data, time: at }),
  };
}
