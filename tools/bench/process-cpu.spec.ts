import { cpuMsPerRequest, cpuTicksFromStat, ratio } from './process-cpu';

describe('CPU per request from /proc/<pid>/stat', () => {
  // A real line's shape: the command name may hold spaces and parentheses.
  const stat =
    '4242 (node (gateway) x) S 1 4242 4242 0 -1 4194560 12000 0 0 0 731 269 0 0 20 0 11 0 5000 1200000000 30000';

  it('adds utime and stime, counting fields after the command name', () => {
    expect(cpuTicksFromStat(stat)).toBe(731 + 269);
  });

  it('refuses a line that is not a stat line', () => {
    expect(() => cpuTicksFromStat('nonsense')).toThrow(RangeError);
  });

  it('turns a tick delta into milliseconds per request', () => {
    // 250 ticks at 100 per second are 2.5 s of CPU; over 1,000 requests, 2.5 ms each.
    expect(cpuMsPerRequest(1000, 1250, 1000)).toBeCloseTo(2.5);
    expect(cpuMsPerRequest(0, 10, 0)).toBeNaN();
  });

  it('gives ours ÷ theirs, and no ratio against nothing', () => {
    expect(ratio(600, 1200)).toBe(0.5);
    expect(ratio(1, 0)).toBeNaN();
  });
});
