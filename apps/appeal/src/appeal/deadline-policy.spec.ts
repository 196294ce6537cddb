import { HandlingMode } from './appeal.enums';
import { dueAtFor, HANDLING_DAYS } from './deadline-policy';

describe('dueAtFor', () => {
  const submittedAt = new Date('2024-03-01T09:30:00.000Z');

  it.each([
    [HandlingMode.URGENT, '2024-03-02T09:30:00.000Z'],
    [HandlingMode.JOINT, '2024-03-06T09:30:00.000Z'],
    [HandlingMode.LEDGER, '2024-03-16T09:30:00.000Z'],
    [HandlingMode.TRACKED, '2024-03-31T09:30:00.000Z'],
  ])('gives a %s case until %s', (mode, due) => {
    expect(dueAtFor(mode, submittedAt).toISOString()).toBe(due);
  });

  it('counts calendar days, straight through weekends and month ends', () => {
    const friday = new Date('2024-02-23T16:00:00.000Z');
    expect(dueAtFor(HandlingMode.URGENT, friday).toISOString()).toBe('2024-02-24T16:00:00.000Z');
    expect(dueAtFor(HandlingMode.JOINT, friday).toISOString()).toBe('2024-02-28T16:00:00.000Z');
    expect(dueAtFor(HandlingMode.LEDGER, friday).toISOString()).toBe('2024-03-09T16:00:00.000Z');
  });

  it('orders the modes from the quickest to the longest', () => {
    expect(HANDLING_DAYS.URGENT).toBeLessThan(HANDLING_DAYS.JOINT);
    expect(HANDLING_DAYS.JOINT).toBeLessThan(HANDLING_DAYS.LEDGER);
    expect(HANDLING_DAYS.LEDGER).toBeLessThan(HANDLING_DAYS.TRACKED);
  });

  it('does not change the time it was given', () => {
    const before = submittedAt.getTime();
    dueAtFor(HandlingMode.TRACKED, submittedAt);
    expect(submittedAt.getTime()).toBe(before);
  });
});
