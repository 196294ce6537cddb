import { actorName, adviceDueState, shanghaiLocalToIso, suggestedRespondBy } from './advice-state';

describe('advice note state', () => {
  const now = new Date('2026-12-01T02:00:00Z'); // 10:00 in Shanghai

  it('is overdue once respondBy has passed without a response, and closed once answered', () => {
    const late = { respondBy: '2026-11-30T10:00:00Z', response: null };
    expect(adviceDueState(late, now)).toBe('overdue');
    expect(adviceDueState({ ...late, response: '已整改' }, now)).toBe('closed');
  });

  it('is due today when respondBy falls later on the same Shanghai day', () => {
    expect(adviceDueState({ respondBy: '2026-12-01T10:00:00Z' }, now)).toBe('dueToday');
    expect(adviceDueState({ respondBy: '2026-12-05T10:00:00Z' }, now)).toBe('onTime');
  });

  it('reads the form’s local time as Shanghai time and refuses what is not one', () => {
    expect(shanghaiLocalToIso('2026-12-03T18:00')).toBe('2026-12-03T10:00:00.000Z');
    expect(shanghaiLocalToIso('')).toBeUndefined();
    expect(suggestedRespondBy(now)).toBe('2026-12-03T18:00');
  });

  it('names the author and the responder without their role code', () => {
    expect(actorName('ADVISER:顾问团成员 一号')).toBe('顾问团成员 一号');
    expect(actorName('市场监管局 办件员')).toBe('市场监管局 办件员');
  });
});
