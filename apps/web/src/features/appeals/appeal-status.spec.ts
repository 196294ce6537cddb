import { appealDueState, byDueTime } from './appeal-status';

describe('appeals by due time', () => {
  const now = new Date('2024-03-07T06:00:00Z');
  it('marks an open appeal past its deadline overdue, and a resolved one closed whatever its deadline', () => {
    expect(appealDueState({ status: 'HANDLING', dueAt: '2024-03-06T06:00:00Z' }, now)).toBe(
      'overdue',
    );
    expect(appealDueState({ status: 'RESOLVED', dueAt: '2024-03-06T06:00:00Z' }, now)).toBe(
      'closed',
    );
    expect(appealDueState({ status: 'SUBMITTED', dueAt: '2024-03-07T09:00:00Z' }, now)).toBe(
      'dueToday',
    );
  });

  it('lists open appeals soonest due first, finished ones last', () => {
    const sorted = byDueTime([
      { id: 'done', status: 'CLOSED' as const, dueAt: '2024-01-01T00:00:00Z' },
      { id: 'later', status: 'HANDLING' as const, dueAt: '2024-03-20T00:00:00Z' },
      { id: 'overdue', status: 'ACCEPTED' as const, dueAt: '2024-03-01T00:00:00Z' },
    ]);
    expect(sorted.map((a) => a.id)).toEqual(['overdue', 'later', 'done']);
  });
});
