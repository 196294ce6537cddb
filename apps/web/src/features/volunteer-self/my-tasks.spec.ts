import { escalatedFirst, myTaskStep, noteProblem, splitTasks, type TaskStatus } from './my-tasks';

describe("the volunteer's tasks (我的任务)", () => {
  const task = (id: string, status: TaskStatus, extra: object = {}) => ({
    id,
    status,
    dueAt: '2026-12-05T00:00:00Z',
    escalatedAt: null as string | null,
    acceptedBy: null as { id: string } | null,
    ...extra,
  });

  it('accepts an open task, starts and completes its own, and leaves others alone', () => {
    expect(myTaskStep(task('a', 'OPEN'), 'me')).toBe('accept');
    expect(myTaskStep(task('b', 'ACCEPTED', { acceptedBy: { id: 'me' } }), 'me')).toBe('start');
    expect(myTaskStep(task('c', 'IN_PROGRESS', { acceptedBy: { id: 'me' } }), 'me')).toBe(
      'complete',
    );
    expect(myTaskStep(task('d', 'ACCEPTED', { acceptedBy: { id: 'you' } }), 'me')).toBeUndefined();
    expect(myTaskStep(task('e', 'DONE', { acceptedBy: { id: 'me' } }), 'me')).toBeUndefined();
  });

  it('shows escalated tasks first, then the nearest due', () => {
    const tasks = [
      task('later', 'OPEN', { dueAt: '2026-12-09T00:00:00Z' }),
      task('sooner', 'OPEN', { dueAt: '2026-12-02T00:00:00Z' }),
      task('escalated', 'OPEN', { escalatedAt: '2026-12-01T01:00:00Z' }),
    ];
    expect(escalatedFirst(tasks).map((t) => t.id)).toEqual(['escalated', 'sooner', 'later']);
  });

  it('splits the open tasks from mine, with my finished ones last', () => {
    const { open, mine } = splitTasks(
      [
        task('open', 'OPEN'),
        task('done', 'DONE', { acceptedBy: { id: 'me' } }),
        task('doing', 'IN_PROGRESS', { acceptedBy: { id: 'me' } }),
        task('theirs', 'ACCEPTED', { acceptedBy: { id: 'you' } }),
      ],
      'me',
    );
    expect(open.map((t) => t.id)).toEqual(['open']);
    expect(mine.map((t) => t.id)).toEqual(['doing', 'done']);
  });

  it('wants a note of 1 to 500 visible characters', () => {
    expect(noteProblem('  \u200b ')).toBe('empty');
    expect(noteProblem('已清理门前积雪')).toBeUndefined();
    expect(noteProblem('雪'.repeat(501))).toBe('tooLong');
  });
});
