import { createServiceDataSource, type DatabaseTarget } from '@erqi/shared/data-access-database';
import type { DataSource, Logger } from 'typeorm';
import { Enterprise } from './enterprise/enterprise.entity';
import { CreateEnterpriseTables1764072100000 } from './migrations/1764072100000-CreateEnterpriseTables';

/** The enterprise service's tables live in the `enterprise` schema; no other service reads them. */
export const ENTERPRISE_SCHEMA = 'enterprise';

export function createEnterpriseDataSource(target: DatabaseTarget, logger?: Logger): DataSource {
  return createServiceDataSource({
    schema: ENTERPRISE_SCHEMA,
    target,
    entities: [Enterprise],
    migrations: [CreateEnterpriseTables1764072100000],
    logger,
  });
}
