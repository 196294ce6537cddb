import { isReportedAttempt, retryUntilDone } from './retry';

describe('retryUntilDone', () => {
  it('tries again until the work succeeds, reporting the first failure', async () => {
    const reported: number[] = [];
    const answer = await retryUntilDone(
      async (attempt) => {
        if (attempt < 3) throw new Error('broker not there yet');
        return `joined on attempt ${attempt}`;
      },
      {
        stopped: () => false,
        report: (_error, attempt) => reported.push(attempt),
        delayMs: () => 1,
      },
    );
    expect(answer).toBe('joined on attempt 3');
    expect(reported).toEqual([1]);
  });

  it('gives up with undefined once the worker is stopped', async () => {
    let stopped = false;
    let attempts = 0;
    const answer = await retryUntilDone(
      async () => {
        attempts += 1;
        if (attempts === 2) stopped = true;
        throw new Error('database away');
      },
      { stopped: () => stopped, report: () => undefined, delayMs: () => 1 },
    );
    expect([answer, attempts]).toEqual([undefined, 2]);
  });

  it('reports the first failed attempt and every 20th', () => {
    expect([1, 2, 19, 20, 21, 40].map(isReportedAttempt)).toEqual([
      true,
      false,
      false,
      true,
      false,
      true,
    ]);
  });
});
