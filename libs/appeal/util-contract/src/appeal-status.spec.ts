import { APPEAL_STATUSES, AppealStatus, SETTLED_STATUSES } from './appeal-status';

describe('appeal statuses', () => {
  it('lists the closed loop in order, intake first and rectification last', () => {
    expect(APPEAL_STATUSES).toEqual([
      'SUBMITTED',
      'ACCEPTED',
      'HANDLING',
      'TRANSFERRED',
      'RESOLVED',
      'EVALUATED',
      'CLOSED',
      'REOPENED',
    ]);
  });

  it('counts an appeal as settled once resolved, and a reopened one as open again', () => {
    expect(SETTLED_STATUSES).toEqual([
      AppealStatus.RESOLVED,
      AppealStatus.EVALUATED,
      AppealStatus.CLOSED,
    ]);
    expect(SETTLED_STATUSES).not.toContain(AppealStatus.REOPENED);
  });
});
