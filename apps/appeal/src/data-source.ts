import { createServiceDataSource, type DatabaseTarget } from '@erqi/shared/data-access-database';
import type { DataSource, Logger } from 'typeorm';
import { AppealCategory } from './appeal-category/appeal-category.entity';
import { Appeal } from './appeal/appeal.entity';
import { TimelineEntry } from './appeal/timeline-entry.entity';
import { CreateAppealTables1764072200000 } from './migrations/1764072200000-CreateAppealTables';

/** The appeal service's tables live in the `appeal` schema; no other service reads them. */
export const APPEAL_SCHEMA = 'appeal';

export function createAppealDataSource(target: DatabaseTarget, logger?: Logger): DataSource {
  return createServiceDataSource({
    schema: APPEAL_SCHEMA,
    target,
    entities: [AppealCategory, Appeal, TimelineEntry],
    migrations: [CreateAppealTables1764072200000],
    logger,
  });
}
