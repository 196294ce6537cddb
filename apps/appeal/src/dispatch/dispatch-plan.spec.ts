import { HandlingMode } from '../appeal/appeal.enums';
import { ACKNOWLEDGEMENT_DEADLINES } from '../policy/deadline-policy';
import { WorkingCalendar } from '@erqi/shared/util-working-calendar';
import { acknowledgeByFor, chooseRule, dispatchNote, dispatchTargets } from './dispatch-plan';
import type { DispatchRule } from './dispatch-rule.entity';
import { DispatchRole, DispatchTargetKind } from './dispatch.enums';

const CELL = '11111111-1111-4111-8111-111111111111';
const OTHER_CELL = '22222222-2222-4222-8222-222222222222';
const urban = { id: 'a0000000-0000-4000-8000-000000000001', code: 'URBAN_MANAGEMENT' };
const housing = { id: 'a0000000-0000-4000-8000-000000000002', code: 'HOUSING_CONSTRUCTION' };
const market = { id: 'a0000000-0000-4000-8000-000000000003', code: 'MARKET_REGULATION' };

function rule(
  id: string,
  gridCellId: string | null,
  priority = 0,
  createdAt = '2024-03-01T00:00:00Z',
): DispatchRule {
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
    expect(
      chooseRule([rule('low', CELL, 0), rule('high', CELL, 2), rule('mid', CELL, 1)], CELL)?.id,
    ).toBe('high');
    expect(
      chooseRule(
        [
          rule('newer', null, 0, '2024-03-02T00:00:00Z'),
          rule('older', null, 0, '2024-03-01T00:00:00Z'),
        ],
        CELL,
      )?.id,
    ).toBe('older');
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
    expect(targets.map((target) => `${target.code}:${target.role}`)).toEqual([
      'URBAN_MANAGEMENT:LEAD',
      'HOUSING_CONSTRUCTION:ASSISTING',
      'BAGUAMIAO_CREW:VOLUNTEER',
    ]);
  });

  it('writes the timeline note from the targets', () => {
    expect(dispatchNote(dispatchTargets(urban, [housing], [crew]))).toBe(
      '派发: dispatched to URBAN_MANAGEMENT (lead), HOUSING_CONSTRUCTION (assisting), BAGUAMIAO_CREW (volunteer team)',
    );
  });
});

describe('acknowledgeByFor (报到, in working time)', () => {
  /** Local time in Asia/Shanghai, as the offices read it. */
  const cst = (local: string): Date => new Date(`${local}+08:00`);
  // Qingming 2024: Thursday Apr 4 and Friday Apr 5 off, Sunday Apr 7 made up.
  const calendar = new WorkingCalendar({
    holidays: ['2024-04-04', '2024-04-05'],
    workdays: ['2024-04-07'],
  });
  const farAway = cst('2024-06-01T09:00:00');
  const [lead, assisting, team] = dispatchTargets(urban, [housing], [{ id: 't1', code: 'CREW' }]);
  const window = (mode: HandlingMode) => ACKNOWLEDGEMENT_DEADLINES[mode];

  it('defaults to 1 working hour for URGENT, 4 for JOINT and 1 working day for LEDGER and TRACKED', () => {
    expect(ACKNOWLEDGEMENT_DEADLINES).toEqual({
      URGENT: { workingHours: 1 },
      JOINT: { workingHours: 4 },
      LEDGER: { workingDays: 1 },
      TRACKED: { workingDays: 1 },
    });
  });

  it('gives a department its window within a working day', () => {
    expect(
      lead &&
        acknowledgeByFor(
          lead,
          cst('2024-03-01T10:00:00'),
          window(HandlingMode.JOINT),
          calendar,
          farAway,
        ),
    ).toEqual(cst('2024-03-01T14:00:00'));
    expect(
      assisting &&
        acknowledgeByFor(
          assisting,
          cst('2024-03-01T10:00:00'),
          window(HandlingMode.URGENT),
          calendar,
          farAway,
        ),
    ).toEqual(cst('2024-03-01T11:00:00'));
  });

  it.each([
    [HandlingMode.URGENT, '2024-03-01T16:30:00', '2024-03-04T09:30:00'],
    [HandlingMode.JOINT, '2024-03-01T16:30:00', '2024-03-04T12:30:00'],
    [HandlingMode.LEDGER, '2024-03-01T15:00:00', '2024-03-04T15:00:00'],
    [HandlingMode.TRACKED, '2024-03-02T11:00:00', '2024-03-05T09:00:00'], // dispatched on Saturday
  ])('leaves the weekend out: %s dispatched at %s reports in by %s', (mode, dispatched, due) => {
    expect(
      lead && acknowledgeByFor(lead, cst(dispatched), window(mode), calendar, farAway),
    ).toEqual(cst(due));
  });

  it.each([
    [HandlingMode.URGENT, '2024-04-03T16:30:00', '2024-04-07T09:30:00'],
    [HandlingMode.JOINT, '2024-04-03T16:00:00', '2024-04-07T12:00:00'],
    [HandlingMode.LEDGER, '2024-04-03T10:00:00', '2024-04-07T10:00:00'],
    [HandlingMode.TRACKED, '2024-04-07T10:00:00', '2024-04-08T10:00:00'],
  ])(
    'leaves a holiday out and counts its make-up day: %s dispatched at %s reports in by %s',
    (mode, dispatched, due) => {
      expect(
        lead && acknowledgeByFor(lead, cst(dispatched), window(mode), calendar, farAway),
      ).toEqual(cst(due));
    },
  );

  it('never asks a department to report in after the appeal is due', () => {
    const dueAt = cst('2024-03-04T09:00:00');
    expect(
      lead &&
        acknowledgeByFor(
          lead,
          cst('2024-03-01T16:30:00'),
          window(HandlingMode.JOINT),
          calendar,
          dueAt,
        ),
    ).toEqual(dueAt);
  });

  it('takes a configured window', () => {
    expect(
      lead &&
        acknowledgeByFor(lead, cst('2024-03-01T16:00:00'), { workingHours: 2 }, calendar, farAway),
    ).toEqual(cst('2024-03-04T10:00:00'));
  });

  it('does not ask volunteer teams to report in', () => {
    expect(
      team &&
        acknowledgeByFor(
          team,
          cst('2024-03-01T10:00:00'),
          window(HandlingMode.JOINT),
          calendar,
          farAway,
        ),
    ).toBeNull();
  });
});
