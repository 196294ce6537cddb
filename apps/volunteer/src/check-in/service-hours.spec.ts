import { serviceHours, totalServiceHours } from './service-hours';

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
