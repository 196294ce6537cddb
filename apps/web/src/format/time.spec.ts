import { dueState, formatCount, formatShanghai, hoursAndMinutes } from './time';

describe('time as the district reads it', () => {
  it('prints Shanghai time on a 24-hour clock whatever the zone of the instant', () => {
    expect(formatShanghai('2024-03-07T06:30:00Z')).toBe('2024-03-07 14:30');
    expect(formatShanghai('2024-03-07T16:05:00Z')).toBe('2024-03-08 00:05');
    expect(formatShanghai('not a date')).toBe('');
  });

  it('marks overdue, due within the Shanghai day, on time and closed', () => {
    const now = new Date('2024-03-07T02:00:00Z'); // 10:00 in Shanghai
    expect(dueState({ dueAt: '2024-03-07T01:00:00Z', closed: false, now })).toBe('overdue');
    expect(dueState({ dueAt: '2024-03-07T15:00:00Z', closed: false, now })).toBe('dueToday');
    expect(dueState({ dueAt: '2024-03-07T16:30:00Z', closed: false, now })).toBe('onTime');
    expect(dueState({ dueAt: '2024-03-07T01:00:00Z', closed: true, now })).toBe('closed');
  });

  it('counts down in hours and minutes, never below zero', () => {
    expect(hoursAndMinutes(3 * 3_600_000 + 20 * 60_000 + 59_000)).toEqual({
      hours: 3,
      minutes: 20,
    });
    expect(hoursAndMinutes(-5)).toEqual({ hours: 0, minutes: 0 });
  });

  it('writes large figures in 万 in Chinese only', () => {
    expect(formatCount(86_000, 'zh-CN')).toBe('8.6万');
    expect(formatCount(20_000, 'zh-CN')).toBe('2万');
    expect(formatCount(9_999, 'zh-CN')).toBe('9,999');
    expect(formatCount(86_000, 'en')).toBe('86,000');
  });
});
