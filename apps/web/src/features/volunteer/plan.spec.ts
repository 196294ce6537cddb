import {
  attendanceOf,
  fieldName,
  leadTaskOrder,
  membersToSignUp,
  shanghaiInputToIso,
} from './plan';

describe("the lead's plan (排班)", () => {
  it("tells a member's attendance from the shift's check-ins", () => {
    const checkIns = [
      { checkedInAt: '2026-12-01T08:00:00Z', checkedOutAt: null, volunteer: { id: 'in' } },
      {
        checkedInAt: '2026-12-01T08:00:00Z',
        checkedOutAt: '2026-12-01T12:00:00Z',
        volunteer: { id: 'out' },
      },
    ];
    expect(attendanceOf(checkIns, 'in')).toBe('in');
    expect(attendanceOf(checkIns, 'out')).toBe('out');
    expect(attendanceOf(checkIns, 'nobody')).toBe('notIn');
  });

  it('offers only active members not yet on the shift', () => {
    const members = [
      { id: 'a', active: true },
      { id: 'b', active: true },
      { id: 'c', active: false },
    ];
    const signUps = [{ volunteer: { id: 'a', name: '马超' } }];
    expect(membersToSignUp(members, signUps).map((m) => m.id)).toEqual(['b']);
  });

  it('reads the form times as Asia/Shanghai wall time', () => {
    expect(shanghaiInputToIso('2024-02-23T16:00')).toBe('2024-02-23T08:00:00.000Z');
    expect(shanghaiInputToIso('2024-02-24T00:30')).toBe('2024-02-23T16:30:00.000Z');
    expect(shanghaiInputToIso('')).toBeUndefined();
    expect(shanghaiInputToIso('2024-02-23')).toBeUndefined();
  });

  it("finds the form field a server error names, with or without the input's prefix", () => {
    expect(fieldName('endsAt')).toBe('endsAt');
    expect(fieldName('input.requiredHeadcount')).toBe('requiredHeadcount');
    expect(fieldName(undefined)).toBeUndefined();
  });

  it('puts escalated unfinished tasks first, then open ones, then taken, then done', () => {
    const task = (id: string, status: string, escalatedAt: string | null = null) => ({
      id,
      status,
      escalatedAt,
      dueAt: '2026-12-05T00:00:00Z',
    });
    const order = leadTaskOrder([
      task('done-escalated', 'DONE', '2026-12-01T00:00:00Z'),
      task('taken', 'IN_PROGRESS'),
      task('open', 'OPEN'),
      task('escalated', 'OPEN', '2026-12-01T00:00:00Z'),
    ]).map((t) => t.id);
    expect(order).toEqual(['escalated', 'open', 'taken', 'done-escalated']);
  });
});
