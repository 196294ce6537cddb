import { WorkingCalendar } from '@erqi/shared/util-working-calendar';
import { HandlingMode } from '@erqi/appeal/util-contract';
import { dueAtFor, HANDLING_DEADLINES } from './deadline-policy';

const cst = (local: string): Date => new Date(`${local}+08:00`);
const calendar = new WorkingCalendar({
  holidays: ['2024-04-04', '2024-04-05'],
  workdays: ['2024-04-07'],
});

describe('dueAtFor', () => {
  const friday = cst('2024-03-01T09:30:00');

  it.each([
    [HandlingMode.URGENT, '2024-03-04T09:30:00'],
    [HandlingMode.JOINT, '2024-03-08T09:30:00'],
    [HandlingMode.LEDGER, '2024-03-22T09:30:00'],
    [HandlingMode.TRACKED, '2024-04-15T09:30:00'],
  ])('gives a %s case until %s, in working time', (mode, due) => {
    expect(dueAtFor(mode, friday, calendar)).toEqual(cst(due));
  });

  it('counts from a reopening the same way, skipping holidays and working make-up days', () => {
    expect(dueAtFor(HandlingMode.JOINT, cst('2024-04-02T10:00:00'), calendar)).toEqual(
      cst('2024-04-10T10:00:00'),
    );
  });

  it('takes configured deadlines', () => {
    expect(
      dueAtFor(HandlingMode.URGENT, friday, calendar, {
        ...HANDLING_DEADLINES,
        URGENT: { workingHours: 2 },
      }),
    ).toEqual(cst('2024-03-01T11:30:00'));
  });

  it('does not change the time it was given', () => {
    const before = friday.getTime();
    dueAtFor(HandlingMode.TRACKED, friday, calendar);
    expect(friday.getTime()).toBe(before);
  });
});
