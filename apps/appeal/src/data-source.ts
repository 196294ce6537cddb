import { createServiceDataSource, type DatabaseTarget } from '@erqi/shared/data-access-database';
import { OutboxMessage } from '@erqi/shared/data-access-events';
import type { DataSource, Logger } from 'typeorm';
import { AppealCategory } from './appeal-category/appeal-category.entity';
import { Appeal } from './appeal/appeal.entity';
import { TimelineEntry } from './appeal/timeline-entry.entity';
import { AppealDispatch } from './dispatch/appeal-dispatch.entity';
import { DispatchRule } from './dispatch/dispatch-rule.entity';
import { CreateAppealTables1764072200000 } from './migrations/1764072200000-CreateAppealTables';
import { CreateDispatchTables1764072300000 } from './migrations/1764072300000-CreateDispatchTables';
import { CreateOutboxTable1764072400000 } from './migrations/1764072400000-CreateOutboxTable';

/** The appeal service's tables live in the `appeal` schema; no other service reads them. */
export const APPEAL_SCHEMA = 'appeal';

export function createAppealDataSource(target: DatabaseTarget, logger?: Logger): DataSource {
  return createServiceDataSource({
    schema: APPEAL_SCHEMA,
    target,
    entities: [AppealCategory, Appeal, TimelineEntry, DispatchRule, AppealDispatch, OutboxMessage],
    migrations: [CreateAppealTables1764072200000, CreateDispatchTables1764072300000, CreateOutboxTable1764072400000],
    logger,
  });
}
