import { byReportInDeadline, dispatchTo, reportIn } from './report-in';

const dispatch = (overrides: Partial<Parameters<typeof reportIn>[0] & object> = {}) => ({
  targetKind: 'DEPARTMENT' as const,
  targetCode: 'URBAN_MANAGEMENT',
  dispatchedAt: '2026-12-01T01:00:00.000Z',
  acknowledgeBy: '2026-12-01T05:00:00.000Z',
  acknowledgedAt: null,
  acknowledgeWorkingMinutesLeft: 200 as number | null,
  ...overrides,
});

describe('the report-in (报到) a department desk sees', () => {
  const now = new Date('2026-12-01T01:40:00.000Z');

  it('counts down in the working time the server counted: 3 hours 20 minutes left, due today', () => {
    expect(reportIn(dispatch(), now)).toEqual({
      kind: 'waiting',
      state: 'dueToday',
      deadline: '2026-12-01T05:00:00.000Z',
      hours: 3,
      minutes: 20,
    });
  });

  it('marks a missed deadline overdue with nothing left', () => {
    const late = reportIn(
      dispatch({ acknowledgeBy: '2026-12-01T01:00:00.000Z', acknowledgeWorkingMinutesLeft: 0 }),
      now,
    );
    expect(late).toMatchObject({ kind: 'waiting', state: 'overdue', hours: 0, minutes: 0 });
  });

  it('shows working time, not clock time: overnight, 17 clock hours may be 1 working hour', () => {
    const evening = new Date('2026-12-01T09:00:00.000Z'); // 17:00 in Shanghai
    const tomorrow = dispatch({
      acknowledgeBy: '2026-12-02T02:00:00.000Z', // 10:00 the next morning
      acknowledgeWorkingMinutesLeft: 60,
    });
    expect(reportIn(tomorrow, evening)).toMatchObject({ state: 'onTime', hours: 1, minutes: 0 });
  });

  it('says when the department reported in instead of counting', () => {
    const done = reportIn(dispatch({ acknowledgedAt: '2026-12-01T01:30:00.000Z' }), now);
    expect(done).toEqual({ kind: 'reported', at: '2026-12-01T01:30:00.000Z' });
  });

  it("takes this department's newest dispatch after a transfer, not another department's", () => {
    const first = dispatch({ acknowledgeBy: '2026-12-01T02:00:00.000Z' });
    const again = dispatch({
      dispatchedAt: '2026-12-01T03:00:00.000Z',
      acknowledgeBy: '2026-12-01T07:00:00.000Z',
    });
    const other = dispatch({
      targetCode: 'MARKET_REGULATION',
      dispatchedAt: '2026-12-01T04:00:00Z',
    });
    expect(dispatchTo([first, again, other], 'URBAN_MANAGEMENT')).toBe(again);
    expect(dispatchTo([other], 'URBAN_MANAGEMENT')).toBeUndefined();
  });

  it('lists the cases still to report in first, nearest deadline first', () => {
    const rows = [
      { id: 'reported', dispatch: dispatch({ acknowledgedAt: '2026-12-01T01:00:00Z' }) },
      { id: 'later', dispatch: dispatch({ acknowledgeBy: '2026-12-02T05:00:00Z' }) },
      { id: 'sooner', dispatch: dispatch() },
    ];
    expect(byReportInDeadline(rows).map((row) => row.id)).toEqual(['sooner', 'later', 'reported']);
  });
});
