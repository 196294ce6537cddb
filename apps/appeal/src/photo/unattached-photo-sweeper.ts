import { UNATTACHED_PHOTO_HOURS } from '@erqi/appeal/util-contract';
import type { Clock } from '@erqi/shared/util-clock';
import type { Logger } from '@erqi/shared/util-logging';
import { PeriodicTask } from '@erqi/shared/util-periodic-task';
import type { PhotoService } from './photo.service';

const HOUR_MS = 60 * 60 * 1000;

export interface UnattachedPhotoSweeperOptions {
  photos: PhotoService;
  clock: Clock;
  logger: Logger;
  /** How often to look. @default 3_600_000 (an hour) */
  intervalMs?: number;
}

/**
 * Deletes uploads no submission attached within a day (a photo taken, then the appeal abandoned):
 * they belong to nobody's case and must not pile up in the database. Safe with several replicas:
 * a delete of rows already deleted deletes nothing.
 */
export class UnattachedPhotoSweeper {
  private readonly task: PeriodicTask;

  constructor(private readonly options: UnattachedPhotoSweeperOptions) {
    this.task = new PeriodicTask({
      intervalMs: options.intervalMs ?? HOUR_MS,
      run: async () => {
        const deleted = await this.runOnce();
        if (deleted > 0) options.logger.info('deleted photos nobody attached', { count: deleted });
      },
      onError: (error) =>
        options.logger.warn('photo sweep failed, trying again later', { error: String(error) }),
    });
  }

  launch(): void {
    this.task.launch();
  }

  stop(): Promise<void> {
    return this.task.stop();
  }

  /** Deletes what was uploaded more than a day before the clock's now and never attached. */
  runOnce(): Promise<number> {
    const cutoff = new Date(this.options.clock().getTime() - UNATTACHED_PHOTO_HOURS * HOUR_MS);
    return this.options.photos.deleteUnattachedBefore(cutoff);
  }
}
