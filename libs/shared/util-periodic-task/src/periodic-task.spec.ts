import { PeriodicTask } from './periodic-task';

const tick = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('PeriodicTask', () => {
  it('runs at launch, again after each interval, keeps going after a failed round, and stops', async () => {
    let rounds = 0;
    const errors: unknown[] = [];
    let thirdRound: () => void = () => undefined;
    const third = new Promise<void>((resolve) => (thirdRound = resolve));
    const task = new PeriodicTask({
      intervalMs: 20,
      onError: (error) => errors.push(error),
      run: async () => {
        rounds += 1;
        if (rounds === 2) throw new Error('database away');
        if (rounds === 3) thirdRound();
      },
    });
    task.launch();
    await third;
    await task.stop();
    const stoppedAt = rounds;
    expect(errors).toEqual([new Error('database away')]);
    await tick(60);
    expect(rounds).toBe(stoppedAt);
  });

  it('waits one interval first when told to, and a wake starts the next round at once', async () => {
    let rounds = 0;
    const task = new PeriodicTask({
      intervalMs: 60_000,
      runAtLaunch: false,
      onError: () => undefined,
      run: async () => void (rounds += 1),
    });
    task.launch();
    await tick(20);
    expect(rounds).toBe(0);
    task.wake();
    await tick(20);
    expect(rounds).toBe(1);
    await task.stop();
    expect(rounds).toBe(1);
  });
});
