import { volunteerEscalationNote, volunteerProgressNote } from './volunteer-progress';

describe('the timeline’s words for a volunteer team’s progress', () => {
  it('keeps the team-only words of the lead’s moves', () => {
    expect(volunteerProgressNote('ALLIANCE_YOUTH', 'DONE')).toBe(
      '志愿服务: ALLIANCE_YOUTH finished the task (DONE)',
    );
  });

  it('names the member who accepted it and adds the completion note', () => {
    expect(
      volunteerProgressNote('BAGUAMIAO_CREW', 'ACCEPTED', { volunteerName: '志愿者 马超' }),
    ).toBe('志愿服务: BAGUAMIAO_CREW (志愿者 马超) accepted the task (ACCEPTED)');
    expect(
      volunteerProgressNote('BAGUAMIAO_CREW', 'DONE', {
        volunteerName: '志愿者 马超',
        note: '已疏导完毕',
      }),
    ).toBe('志愿服务: BAGUAMIAO_CREW (志愿者 马超) finished the task (DONE): 已疏导完毕');
  });

  it('says the task went to the lead when nobody accepted it', () => {
    expect(volunteerEscalationNote('BAGUAMIAO_CREW', 60)).toBe(
      '志愿服务: nobody of BAGUAMIAO_CREW accepted the task within 60 minutes; escalated to the team lead (上报队长)',
    );
  });
});
