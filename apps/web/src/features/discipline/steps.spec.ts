import { SIX_STEPS, stepsTaken } from './steps';

describe('问题讲评: how far a case has come along the six steps', () => {
  it('counts none taken when reported, one per step after, six once rectified and reviewed', () => {
    expect(stepsTaken('REPORTED')).toBe(0);
    expect(stepsTaken('ACCEPTED')).toBe(1);
    expect(stepsTaken('INVESTIGATED')).toBe(3);
    expect(stepsTaken('RECTIFIED')).toBe(SIX_STEPS.length);
    expect(stepsTaken('REVIEWED')).toBe(SIX_STEPS.length);
  });

  it('names the six steps in the order of the closed loop', () => {
    expect(SIX_STEPS).toEqual([
      'CENTRAL_INTAKE',
      'DIRECT_OR_TRANSFER',
      'INVESTIGATION',
      'CLOSURE_FEEDBACK',
      'FOLLOW_UP_VISIT',
      'RECTIFICATION',
    ]);
  });
});
