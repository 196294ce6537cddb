export interface PeriodicTaskOptions {
  /** One round of the work; a round that throws is reported and the next one tries again. */
  run: () => Promise<void>;
  /** Time between the end of a round and the start of the next. */
  intervalMs: number;
  /** Told about a failed round (log it); the task keeps going. */
  onError: (error: unknown) => void;
  /** Whether the first round runs at launch or after one interval. @default true */
  runAtLaunch?: boolean;
}

/**
 * A background job that runs a round every `intervalMs` until stopped, never two rounds at once:
 * the loop the services' watchers and closers share. `wake()` starts the next round now; `stop()`
 * waits for a round in progress to finish.
 */
export class PeriodicTask {
  private running = false;
  private loop: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private wakeUp: (() => void) | undefined;

  constructor(private readonly options: PeriodicTaskOptions) {}

  launch(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.runRounds();
  }

  /** Starts the next round without waiting out the interval (ignored while a round runs). */
  wake(): void {
    this.wakeUp?.();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake();
    await this.loop;
  }

  private async runRounds(): Promise<void> {
    if (this.options.runAtLaunch === false) await this.sleep();
    while (this.running) {
      try {
        await this.options.run();
      } catch (error) {
        this.options.onError(error);
      }
      if (this.running) await this.sleep();
    }
  }

  private sleep(): Promise<void> {
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(this.timer);
        this.wakeUp = undefined;
        resolve();
      };
      this.wakeUp = done;
      this.timer = setTimeout(done, this.options.intervalMs);
      // The service's server keeps the process alive; a sleeping task alone should not.
      this.timer.unref();
    });
  }
}
