import { serviceNotice, w3cDateTime } from './service-notice';

describe('Open311 datetimes and the service notice', () => {
  it('writes an instant in Beijing time with its offset', () => {
    expect(w3cDateTime('2026-12-01T10:00:00.000Z')).toBe('2026-12-01T18:00:00+08:00');
    expect(w3cDateTime('2026-12-31T20:30:00Z')).toBe('2027-01-01T04:30:00+08:00');
  });

  it('says the due time in words, in Beijing time', () => {
    expect(serviceNotice('2026-12-08T10:00:00Z')).toBe(
      'To be resolved by Tuesday 8 December 2026 at 18:00 (Beijing time); 办理时限 2026-12-08 18:00',
    );
  });
});
