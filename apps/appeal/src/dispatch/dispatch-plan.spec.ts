import { acknowledgeByFor, chooseRule, dispatchNote, dispatchTargets } from './dispatch-plan';
import type { DispatchRule } from './dispatch-rule.entity';
import { DispatchRole, DispatchTargetKind } from './dispatch.enums';

const CELL = '11111111-1111-4111-8111-111111111111';
const OTHER_CELL = '22222222-2222-4222-8222-222222222222';
const urban = { id: 'a0000000-0000-4000-8000-000000000001', code: 'URBAN_MANAGEMENT' };
const housing = { id: 'a0000000-0000-4000-8000-000000000002', code: 'HOUSING_CONSTRUCTION' };
const market = { id: 'a0000000-0000-4000-8000-000000000003', code: 'MARKET_REGULATION' };

function rule(id: string, gridCellId: string | null, priority = 0, createdAt = '2024-03-01T00:00:00Z'): DispatchRule {
  return {
    id,
    categoryCode: 'SURROUNDINGS',
    gridCellId,
    leadDepartmentId: urban.id,
    leadDepartmentCode: urban.code,
    assistingDepartments: [],
    priority,
    createdAt: new Date(createdAt),
    updatedAt: new Date(createdAt),
  };
}

describe('chooseRule', () => {
  it('takes the cell’s own rule over a category-wide one, whatever their priorities', () => {
    expect(chooseRule([rule('wide', null, 100), rule('local', CELL, -5)], CELL)?.id).toBe('local');
  });

  it('ignores the rules of other cells', () => {
    expect(chooseRule([rule('other', OTHER_CELL, 100), rule('wide', null)], CELL)?.id).toBe('wide');
    expect(chooseRule([rule('other', OTHER_CELL)], CELL)).toBeUndefined();
  });

  it('among rules of the same scope, takes the higher priority, then the older', () => {
    expect(chooseRule([rule('low', CELL, 0), rule('high', CELL, 2), rule('mid', CELL, 1)], CELL)?.id).toBe('high');
    expect(chooseRule([rule('newer', null, 0, '2024-03-02T00:00:00Z'), rule('older', null, 0, '2024-03-01T00:00:00Z')], CELL)?.id).toBe('older');
  });

  it('answers undefined when no rule applies', () => {
    expect(chooseRule([], CELL)).toBeUndefined();
  });
});

describe('dispatchTargets', () => {
  const crew = { id: 't0000000-0000-4000-8000-000000000001', code: 'BAGUAMIAO_CREW' };

  it('puts the lead first, then the assisting departments in order, then the teams', () => {
    expect(dispatchTargets(urban, [housing, market], [crew])).toEqual([
      { kind: DispatchTargetKind.DEPARTMENT, ...urban, role: DispatchRole.LEAD },
      { kind: DispatchTargetKind.DEPARTMENT, ...housing, role: DispatchRole.ASSISTING },
      { kind: DispatchTargetKind.DEPARTMENT, ...market, role: DispatchRole.ASSISTING },
      { kind: DispatchTargetKind.VOLUNTEER_TEAM, ...crew, role: DispatchRole.VOLUNTEER },
    ]);
  });

  it('dispatches to each department and team once', () => {
    const targets = dispatchTargets(urban, [urban, housing, housing], [crew, crew]);
    expect(targets.map((target) => `${target.code}:${target.role}`)).toEqual(['URBAN_MANAGEMENT:LEAD', 'HOUSING_CONSTRUCTION:ASSISTING', 'BAGUAMIAO_CREW:VOLUNTEER']);
  });

  it('writes the timeline note from the targets', () => {
    expect(dispatchNote(dispatchTargets(urban, [housing], [crew]))).toBe(
      '派发: dispatched to URBAN_MANAGEMENT (lead), HOUSING_CONSTRUCTION (assisting), BAGUAMIAO_CREW (volunteer team)',
    );
  });
});

describe('acknowledgeByFor', () => {
  const dispatchedAt = new Date('2024-03-01T08:00:00Z');
  const HOUR_MS = 60 * 60 * 1000;
  const [lead, , team] = dispatchTargets(urban, [housing], [{ id: 't1', code: 'CREW' }]);

  it('gives a department the window after the dispatch', () => {
    expect(lead && acknowledgeByFor(lead, dispatchedAt, 2 * HOUR_MS, new Date('2024-03-02T08:00:00Z'))).toEqual(new Date('2024-03-01T10:00:00Z'));
  });

  it('never asks a department to report in after the appeal is due', () => {
    const dueAt = new Date('2024-03-01T09:00:00Z');
    expect(lead && acknowledgeByFor(lead, dispatchedAt, 2 * HOUR_MS, dueAt)).toEqual(dueAt);
  });

  it('does not ask volunteer teams to report in', () => {
    expect(team && acknowledgeByFor(team, dispatchedAt, 2 * HOUR_MS, new Date('2024-03-02T08:00:00Z'))).toBeNull();
  });
});
