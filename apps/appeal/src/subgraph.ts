import type { DatabaseTarget } from '@erqi/shared/data-access-database';
import { initializeServiceDataSource } from '@erqi/shared/data-access-database';
import { OutboxRelay } from '@erqi/shared/data-access-events';
import type { SubgraphDefinition } from '@erqi/shared/feature-subgraph-server';
import { createLogger, type Logger } from '@erqi/shared/util-http-server';
import type { Kafka } from 'kafkajs';
import type { Logger as SqlLogger } from 'typeorm';
import { type Clock, systemClock } from './clock';
import { type AppealContext, createAppealContextFactory } from './context';
import { createAppealDataSource } from './data-source';
import { type DepartmentDirectory, HttpDepartmentDirectory } from './dispatch/department-directory';
import { HttpVolunteerTeamDirectory, type VolunteerTeamDirectory } from './dispatch/volunteer-team-directory';
import { CachingEnterpriseDirectory } from './enterprise/caching-enterprise-directory';
import { type EnterpriseDirectory, HttpEnterpriseDirectory } from './enterprise/enterprise-directory';
import { buildAppealSchema } from './schema';

/** How long a department has to report in (报到) after a dispatch, unless told otherwise. */
export const DEFAULT_ACKNOWLEDGEMENT_WINDOW_MS = 2 * 60 * 60 * 1000;

export interface AppealSubgraphOptions {
  /** Receives every SQL statement (tests count them). @default undefined (no SQL logging) */
  sqlLogger?: SqlLogger;
  /** Where enterprises are looked up. @default the enterprise subgraph at ENTERPRISE_SUBGRAPH_URL, remembered for a minute */
  enterpriseDirectory?: EnterpriseDirectory;
  /** Where department codes are checked. @default new HttpDepartmentDirectory() (the grid subgraph at GRID_SUBGRAPH_URL) */
  departmentDirectory?: DepartmentDirectory;
  /** Where the teams covering a cell are looked up. @default new HttpVolunteerTeamDirectory() (the volunteer subgraph at VOLUNTEER_SUBGRAPH_URL) */
  volunteerTeamDirectory?: VolunteerTeamDirectory;
  /** The time submissions are stamped with. @default () => new Date() */
  clock?: Clock;
  /** How long a department has to report in (报到) after a dispatch, capped by the appeal's deadline. @default 2 hours */
  acknowledgementWindowMs?: number;
  /**
   * The cluster the outbox is published to. Without it no relay runs: events still wait in the
   * outbox (tests that need no broker), for a relay of another process to publish. @default undefined
   */
  kafka?: Kafka;
  /** Where the relay reports. @default createLogger('appeal') */
  logger?: Logger;
}

/** Everything the appeal subgraph needs to serve: migrated data source, schema, context factory and its outbox relay. */
export async function createAppealSubgraph(target: DatabaseTarget, options: AppealSubgraphOptions = {}): Promise<SubgraphDefinition<AppealContext>> {
  const dataSource = await initializeServiceDataSource(createAppealDataSource(target, options.sqlLogger));
  const relay = options.kafka ? new OutboxRelay({ dataSource, kafka: options.kafka, logger: options.logger ?? createLogger('appeal') }) : undefined;
  const createContext = createAppealContextFactory(dataSource, {
    enterpriseDirectory: options.enterpriseDirectory ?? new CachingEnterpriseDirectory(new HttpEnterpriseDirectory()),
    departmentDirectory: options.departmentDirectory ?? new HttpDepartmentDirectory(),
    volunteerTeamDirectory: options.volunteerTeamDirectory ?? new HttpVolunteerTeamDirectory(),
    clock: options.clock ?? systemClock,
    acknowledgementWindowMs: options.acknowledgementWindowMs ?? DEFAULT_ACKNOWLEDGEMENT_WINDOW_MS,
    onEventsCommitted: () => relay?.wake(),
  });
  return { name: 'appeal', schema: await buildAppealSchema(), dataSource, createContext, workers: relay ? [relay] : [] };
}
