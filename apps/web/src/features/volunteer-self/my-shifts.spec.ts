import { attendanceStep, canCancel, myUpcoming, openToSignUp, teamShifts } from './my-shifts';

describe("the volunteer's shifts (我的班次)", () => {
  const at = (iso: string) => new Date(iso);
  const shift = (id: string, startsAt: string, endsAt: string, extra: object = {}) => ({
    id,
    startsAt,
    endsAt,
    openPlaces: 2,
    mySignUp: null as { id: string } | null,
    myCheckIn: null as { checkedInAt: string; checkedOutAt: string | null } | null,
    ...extra,
  });
  const activities = [
    {
      id: 'festival',
      name: '贾鲁水镇龙年灯会',
      posts: [
        {
          id: 'north',
          team: { code: 'BAGUAMIAO_CREW' },
          shifts: [
            shift('late', '2026-12-02T08:00:00Z', '2026-12-02T14:00:00Z'),
            shift('early', '2026-12-01T08:00:00Z', '2026-12-01T14:00:00Z'),
          ],
        },
        {
          id: 'other-team',
          team: { code: 'ALLIANCE_YOUTH' },
          shifts: [shift('theirs', '2026-12-01T00:00:00Z', '2026-12-01T04:00:00Z')],
        },
      ],
    },
  ];

  it("lists only its team's posts' shifts, in the order they start", () => {
    expect(teamShifts(activities, 'BAGUAMIAO_CREW').map((row) => row.shift.id)).toEqual([
      'early',
      'late',
    ]);
  });

  it('offers shifts still to start with places left that it has not signed up for', () => {
    const rows = teamShifts(
      [
        {
          id: 'a',
          name: 'a',
          posts: [
            {
              id: 'p',
              team: { code: 'T' },
              shifts: [
                shift('started', '2026-12-01T00:00:00Z', '2026-12-01T10:00:00Z'),
                shift('full', '2026-12-02T00:00:00Z', '2026-12-02T04:00:00Z', { openPlaces: 0 }),
                shift('mine', '2026-12-03T00:00:00Z', '2026-12-03T04:00:00Z', {
                  mySignUp: { id: 's' },
                }),
                shift('open', '2026-12-04T00:00:00Z', '2026-12-04T04:00:00Z'),
              ],
            },
          ],
        },
      ],
      'T',
    );
    const now = at('2026-12-01T02:00:00Z');
    expect(openToSignUp(rows, now).map((row) => row.shift.id)).toEqual(['open']);
    expect(myUpcoming(rows, now).map((row) => row.shift.id)).toEqual(['mine']);
  });

  it('opens 签到 from 30 minutes before the start to the end, then 签退 until 30 minutes after', () => {
    const mine = shift('s', '2026-12-01T08:00:00Z', '2026-12-01T14:00:00Z', {
      mySignUp: { id: 'x' },
    });
    expect(attendanceStep(mine, at('2026-12-01T07:29:00Z'))).toBeUndefined();
    expect(attendanceStep(mine, at('2026-12-01T07:30:00Z'))).toBe('checkIn');
    expect(attendanceStep(mine, at('2026-12-01T14:00:00Z'))).toBe('checkIn');
    expect(attendanceStep(mine, at('2026-12-01T14:01:00Z'))).toBeUndefined();
    const inside = {
      ...mine,
      myCheckIn: { checkedInAt: '2026-12-01T08:00:00Z', checkedOutAt: null },
    };
    expect(attendanceStep(inside, at('2026-12-01T14:30:00Z'))).toBe('checkOut');
    expect(attendanceStep(inside, at('2026-12-01T14:31:00Z'))).toBeUndefined();
    const out = {
      ...mine,
      myCheckIn: { checkedInAt: '2026-12-01T08:00:00Z', checkedOutAt: '2026-12-01T14:00:00Z' },
    };
    expect(attendanceStep(out, at('2026-12-01T14:10:00Z'))).toBeUndefined();
    expect(attendanceStep({ ...mine, mySignUp: null }, at('2026-12-01T09:00:00Z'))).toBeUndefined();
  });

  it('lets a sign-up be cancelled only before the shift starts', () => {
    const mine = shift('s', '2026-12-01T08:00:00Z', '2026-12-01T14:00:00Z', {
      mySignUp: { id: 'x' },
    });
    expect(canCancel(mine, at('2026-12-01T07:59:00Z'))).toBe(true);
    expect(canCancel(mine, at('2026-12-01T08:00:00Z'))).toBe(false);
  });
});
