import { IdempotentConsumer } from '@erqi/shared/data-access-events';
import type { BackgroundWorker } from '@erqi/shared/feature-subgraph-server';
import type { Clock } from '@erqi/shared/util-clock';
import {
  assertKnownEvent,
  type CloudEvent,
  volunteerTeamDispatchTopic,
} from '@erqi/shared/util-event-catalogue';
import type { ServiceMetrics } from '@erqi/shared/util-metrics';
import type { Logger } from '@erqi/shared/util-logging';
import { retryUntilDone } from '@erqi/shared/util-retry';
import type { Kafka } from 'kafkajs';
import type { DataSource, EntityManager } from 'typeorm';
import { VolunteerTeam } from '../volunteer-team/volunteer-team.entity';
import { VolunteerTaskService } from './volunteer-task.service';

/** The volunteer service's consumer group; also the name its applied events are remembered under. */
export const VOLUNTEER_CONSUMER_GROUP = 'volunteer-service';

/** Applies one record of a team's dispatch topic, inside the transaction that records it as applied. */
export function volunteerDispatchHandler(
  tasks: VolunteerTaskService,
): (event: CloudEvent, manager: EntityManager, topic: string) => Promise<void> {
  return async (event, manager, topic) => {
    await tasks.createFromDispatch(manager, assertKnownEvent(event, 'appealDispatched'), topic);
  };
}

export interface VolunteerDispatchConsumerOptions {
  kafka: Kafka;
  dataSource: DataSource;
  logger: Logger;
  /** Stamps the tasks it creates. */
  clock: Clock;
  /** Where its lag and dead letters are published. @default none */
  metrics?: ServiceMetrics;
  /** @default VOLUNTEER_CONSUMER_GROUP */
  groupId?: string;
  /** Tries before a record goes to `<topic>.dlq`. @default 3 */
  maxAttempts?: number;
  /** Called after a dispatch was applied and committed. */
  onApplied?: () => void;
}

/**
 * Consumes `dispatch.volunteer-team.<CODE>` for every team in the database and turns each dispatch
 * into a task. The teams are read when it launches (after the seed, which runs before the workers);
 * a team added later is consumed from the next start.
 */
export class VolunteerDispatchConsumer implements BackgroundWorker {
  private consumer: IdempotentConsumer | undefined;
  private starting: Promise<void> | undefined;
  private stopped = false;

  constructor(private readonly options: VolunteerDispatchConsumerOptions) {}

  launch(): void {
    this.stopped = false;
    this.starting = this.start();
  }

  /** Resolves once the consumer has joined its group (or there is nothing to consume). */
  async ready(): Promise<void> {
    await this.starting;
    await this.consumer?.ready();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.starting;
    await this.consumer?.stop();
  }

  private async start(): Promise<void> {
    const topics = await this.teamTopics();
    if (this.stopped) return;
    if (topics.length === 0) {
      this.options.logger.warn('no volunteer teams: not consuming any dispatch topic');
      return;
    }
    const { kafka, dataSource, logger, maxAttempts, onApplied, clock, metrics } = this.options;
    this.consumer = new IdempotentConsumer({
      kafka,
      dataSource,
      logger,
      groupId: this.options.groupId ?? VOLUNTEER_CONSUMER_GROUP,
      topics,
      handle: volunteerDispatchHandler(new VolunteerTaskService(dataSource, clock)),
      maxAttempts,
      onApplied,
      ...(metrics ? { metrics } : {}),
    });
    this.consumer.launch();
  }

  /** The explicit list of topics, read until the database answers (a worker's launch must not fail). */
  private async teamTopics(): Promise<string[]> {
    const teams = await retryUntilDone(
      () => this.options.dataSource.getRepository(VolunteerTeam).find({ order: { code: 'ASC' } }),
      {
        stopped: () => this.stopped,
        report: (error, attempt) =>
          this.options.logger.warn('cannot read the volunteer teams yet, retrying', {
            error: error instanceof Error ? error.message : String(error),
            attempt,
          }),
      },
    );
    return (teams ?? []).flatMap((team) => {
      try {
        return [volunteerTeamDispatchTopic(team.code)];
      } catch (error) {
        this.options.logger.warn(`team ${team.id} is not consumed`, {
          error: error instanceof Error ? error.message : String(error),
        });
        return [];
      }
    });
  }
}
