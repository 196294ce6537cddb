import { serviceHours, summariseServiceHours, totalServiceHours } from './service-hours';

const at = (time: string): Date => new Date(`2024-02-23T${time}:00+08:00`);

describe('serviceHours', () => {
  it('counts the hours between check-in and check-out', () => {
    expect(serviceHours(at('16:00'), at('22:00'))).toBe(6);
    expect(serviceHours(at('16:00'), at('16:20'))).toBe(0.33);
  });

  it('never goes below zero when clocks disagree', () => {
    expect(serviceHours(at('16:00'), at('15:59'))).toBe(0);
  });
});

describe('totalServiceHours', () => {
  it('adds completed check-ins and skips one still open', () => {
    expect(
      totalServiceHours([
        { checkedInAt: at('06:00'), checkedOutAt: at('12:00') },
        { checkedInAt: at('16:00'), checkedOutAt: at('16:20') },
        { checkedInAt: at('16:00'), checkedOutAt: null },
      ]),
    ).toBe(6.33);
  });
});

describe('summariseServiceHours', () => {
  const shanghai = (text: string): Date => new Date(`${text}+08:00`);

  it('cuts a night shift at the month end and counts the hours of each month', () => {
    const summary = summariseServiceHours(
      [
        {
          checkedInAt: shanghai('2024-02-29T22:00:00'),
          checkedOutAt: shanghai('2024-03-01T06:00:00'),
          activityId: 'a',
        },
        {
          checkedInAt: shanghai('2024-02-23T22:00:00'),
          checkedOutAt: shanghai('2024-02-24T06:30:00'),
          activityId: 'b',
        },
      ],
      null,
      null,
    );
    expect(summary.totalHours).toBe(16.5);
    expect(summary.byMonth).toEqual([
      { month: '2024-02', hours: 10.5 },
      { month: '2024-03', hours: 6 },
    ]);
    expect(summary.byActivity).toEqual([
      { activityId: 'b', hours: 8.5 },
      { activityId: 'a', hours: 8 },
    ]);
  });

  it('counts only the part inside the asked days', () => {
    const summary = summariseServiceHours(
      [
        {
          checkedInAt: shanghai('2024-02-23T22:00:00'),
          checkedOutAt: shanghai('2024-02-24T06:00:00'),
          activityId: 'a',
        },
      ],
      shanghai('2024-02-24T00:00:00'),
      null,
    );
    expect(summary.totalHours).toBe(6);
  });
});
