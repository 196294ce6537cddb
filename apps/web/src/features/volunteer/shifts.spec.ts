import { myShiftsFirst, nextTaskStatus, shiftState } from './shifts';

describe("the volunteer lead's shifts (排班) and tasks", () => {
  const shift = { startsAt: '2026-12-01T01:00:00Z', endsAt: '2026-12-01T05:00:00Z' };

  it('tells a shift still to come from one on now and one that is over', () => {
    expect(shiftState(shift, new Date('2026-12-01T00:59:00Z'))).toBe('upcoming');
    expect(shiftState(shift, new Date('2026-12-01T03:00:00Z'))).toBe('onNow');
    expect(shiftState(shift, new Date('2026-12-01T05:00:00Z'))).toBe('over');
  });

  it("puts the lead's own team's shifts first, each in the order they start", () => {
    const shifts = [
      { id: 'other-early', startsAt: '2026-12-01T00:00:00Z', team: { code: 'OTHER' } },
      { id: 'mine-late', startsAt: '2026-12-01T08:00:00Z', team: { code: 'BAGUAMIAO_CREW' } },
      { id: 'mine-early', startsAt: '2026-12-01T02:00:00Z', team: { code: 'BAGUAMIAO_CREW' } },
    ];
    expect(myShiftsFirst(shifts, 'BAGUAMIAO_CREW').map((s) => s.id)).toEqual([
      'mine-early',
      'mine-late',
      'other-early',
    ]);
  });

  it('moves a task one step forward and no further than done', () => {
    expect(nextTaskStatus('OPEN')).toBe('IN_PROGRESS');
    expect(nextTaskStatus('ACCEPTED')).toBe('IN_PROGRESS');
    expect(nextTaskStatus('IN_PROGRESS')).toBe('DONE');
    expect(nextTaskStatus('DONE')).toBeUndefined();
  });
});
