import { IdempotentConsumer, TopicProvisioner } from '@erqi/shared/data-access-events';
import type { BackgroundWorker } from '@erqi/shared/feature-subgraph-server';
import {
  DEPARTMENT_REGISTRY_TOPIC,
  departmentAcknowledgementTopic,
  departmentDispatchTopic,
  ENTERPRISE_REGISTRY_TOPIC,
  GRID_CELL_REGISTRY_TOPIC,
  TEAM_COVERAGE_TOPIC,
  VOLUNTEER_LIFECYCLE_TOPIC,
  COMMUNITY_SUGGESTIONS_TOPIC,
} from '@erqi/shared/util-event-catalogue';
import type { WorkflowPolicy } from '../policy/workflow-policy';
import type { Logger } from '@erqi/shared/util-logging';
import type { ServiceMetrics } from '@erqi/shared/util-metrics';
import type { Kafka } from 'kafkajs';
import type { DataSource } from 'typeorm';
import { applyRegistryEvent } from '../registry/registry.handler';
import { type ReturnPathDependencies, returnPathHandler } from './return-path.handler';
import type { DispatchService } from '../dispatch/dispatch.service';

/** The registries appeal keeps copies of, replayed from the beginning by a new database. */
export const REGISTRY_TOPICS = [
  DEPARTMENT_REGISTRY_TOPIC,
  GRID_CELL_REGISTRY_TOPIC,
  ENTERPRISE_REGISTRY_TOPIC,
  TEAM_COVERAGE_TOPIC,
];

export interface AppealConsumersOptions {
  kafka: Kafka;
  dataSource: DataSource;
  logger: Logger;
  /** Applies a department's report (报到) as the mutation does; dispatches residents' suggestions filed as appeals. */
  dispatches: ReturnPathDependencies['dispatches'] & Pick<DispatchService, 'dispatch'>;
  /** Deadlines of the appeals filed from residents' suggestions. */
  policy?: WorkflowPolicy;
  /** Called after an applied event committed (wakes the outbox relay: a report enqueues an event). */
  onApplied?: () => void;
  /** Tries before a record goes to `<topic>.dlq`. @default 3 */
  maxAttempts?: number;
  /** Publishes both groups' lag and dead letters at `/metrics`. @default none */
  metrics?: ServiceMetrics;
  /** How long to gather registry changes before checking for new departments. @default 300 */
  refreshDelayMs?: number;
}

/** This database's consumer groups' name and birth, written by its migration. */
interface ConsumerInstance {
  id: string;
  createdAt: Date;
}

/**
 * The appeal service's two consumers. The registry consumer keeps the local copies of departments,
 * grid cells, enterprises and team coverage; its group is named after the database, so a new database
 * replays the compacted topics from the beginning. The return-path consumer applies departments'
 * reports (one topic per known department) and volunteer task progress; when the registry brings a
 * new department, its topics are created and the return-path consumer restarts to read them too.
 */
export class AppealConsumers implements BackgroundWorker {
  private registry: IdempotentConsumer | undefined;
  private returnPath: IdempotentConsumer | undefined;
  private departmentCodes: string[] = [];
  private starting: Promise<void> | undefined;
  private refreshing: Promise<void> = Promise.resolve();
  private refreshTimer: NodeJS.Timeout | undefined;
  private stopped = false;
  private readonly provisioner: TopicProvisioner;

  constructor(private readonly options: AppealConsumersOptions) {
    this.provisioner = new TopicProvisioner({ kafka: options.kafka, logger: options.logger });
  }

  launch(): void {
    this.stopped = false;
    this.starting = this.start();
  }

  /** Resolves once both consumers have joined their groups. */
  async ready(): Promise<void> {
    await this.starting;
    await this.refreshing;
    await this.registry?.ready();
    await this.returnPath?.ready();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.refreshTimer);
    await this.starting;
    await this.refreshing;
    await this.registry?.stop();
    await this.returnPath?.stop();
  }

  private async start(): Promise<void> {
    const instance = await this.retrying('read the consumer instance', () => this.instance());
    if (!instance || this.stopped) return;
    // Everything appeal writes and reads, before the first dispatch or subscription needs it.
    await this.retrying('create the topics', () => this.provisioner.ensureServiceTopics('appeal'));
    if (this.stopped) return;
    const { kafka, dataSource, logger, maxAttempts } = this.options;
    this.registry = new IdempotentConsumer({
      kafka,
      dataSource,
      logger,
      provisioner: this.provisioner,
      ...(this.options.metrics ? { metrics: this.options.metrics } : {}),
      groupId: `appeal.registry.${instance.id}`,
      topics: REGISTRY_TOPICS,
      handle: (event, manager) => applyRegistryEvent(event, manager),
      maxAttempts,
      onApplied: () => this.departmentsMayHaveChanged(instance),
    });
    this.registry.launch();
    this.refreshing = this.refresh(instance);
    await this.refreshing;
  }

  private departmentsMayHaveChanged(instance: ConsumerInstance): void {
    if (this.stopped) return;
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => {
      this.refreshing = this.refreshing.then(() => this.refresh(instance));
    }, this.options.refreshDelayMs ?? 300);
  }

  /** (Re)starts the return-path consumer when the known departments differ from those it reads. */
  private async refresh(instance: ConsumerInstance): Promise<void> {
    if (this.stopped) return;
    try {
      const rows = (await this.options.dataSource.query(
        'SELECT code FROM known_department ORDER BY code',
      )) as Array<{ code: string }>;
      const codes = rows.map((row) => row.code);
      if (this.returnPath && codes.join() === this.departmentCodes.join()) return;
      // appeal writes the dispatch topics and reads the acknowledgement topics: both made now it knows the department.
      await this.provisioner.ensure(
        codes.flatMap((code) => [
          departmentDispatchTopic(code),
          departmentAcknowledgementTopic(code),
        ]),
      );
      await this.returnPath?.stop();
      if (this.stopped) return;
      this.departmentCodes = codes;
      const { kafka, dataSource, logger, maxAttempts, onApplied } = this.options;
      this.returnPath = new IdempotentConsumer({
        kafka,
        dataSource,
        logger,
        provisioner: this.provisioner,
        ...(this.options.metrics ? { metrics: this.options.metrics } : {}),
        groupId: `appeal.return-path.${instance.id}`,
        topics: [
          VOLUNTEER_LIFECYCLE_TOPIC,
          COMMUNITY_SUGGESTIONS_TOPIC,
          ...codes.map(departmentAcknowledgementTopic),
        ],
        handle: returnPathHandler({
          dispatches: this.options.dispatches,
          since: instance.createdAt,
          ...(this.options.policy
            ? {
                communitySuggestions: {
                  dispatches: this.options.dispatches,
                  policy: this.options.policy,
                },
              }
            : {}),
        }),
        maxAttempts,
        onApplied,
      });
      this.returnPath.launch();
      await this.returnPath.ready();
    } catch (error) {
      this.options.logger.warn(
        'could not follow the departments’ report topics yet; trying again',
        { error: error instanceof Error ? error.message : String(error) },
      );
      this.departmentsMayHaveChanged(instance);
    }
  }

  private async instance(): Promise<ConsumerInstance> {
    const [row] = (await this.options.dataSource.query(
      'SELECT id, created_at AS "createdAt" FROM consumer_instance',
    )) as ConsumerInstance[];
    if (!row)
      throw new Error('consumer_instance is empty: the CreateLocalCopies migration has not run');
    return { id: row.id, createdAt: new Date(row.createdAt) };
  }

  /** Tries until it works or the worker stops (a worker's launch must not fail). */
  private async retrying<T>(what: string, attempt: () => Promise<T>): Promise<T | undefined> {
    for (let tries = 1; !this.stopped; tries += 1) {
      try {
        return await attempt();
      } catch (error) {
        if (tries === 1 || tries % 20 === 0)
          this.options.logger.warn(`cannot ${what} yet, retrying`, {
            error: error instanceof Error ? error.message : String(error),
            tries,
          });
        await new Promise((resolve) => setTimeout(resolve, Math.min(5000, 250 * tries)));
      }
    }
    return undefined;
  }
}
