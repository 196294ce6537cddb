import { createServiceDataSource, type DatabaseTarget } from '@erqi/shared/data-access-database';
import { AppliedEvent, OutboxMessage } from '@erqi/shared/data-access-events';
import type { DataSource, Logger } from 'typeorm';
import { Enterprise } from './enterprise/enterprise.entity';
import { EnterpriseCodeVersion } from './enterprise-code/enterprise-code-version.entity';
import { Inspection } from './inspection/inspection.entity';
import { InspectionQuietPeriod } from './inspection/quiet-period.entity';
import { CreateEnterpriseTables1764072100000 } from './migrations/1764072100000-CreateEnterpriseTables';
import { CreateEnterpriseCodeTable1764073000000 } from './migrations/1764073000000-CreateEnterpriseCodeTable';
import { CreateInspectionTables1764073100000 } from './migrations/1764073100000-CreateInspectionTables';
import { CreateProjectTables1764073200000 } from './migrations/1764073200000-CreateProjectTables';
import { CreateLeaderLiaisonTable1764073300000 } from './migrations/1764073300000-CreateLeaderLiaisonTable';
import { PublishEnterpriseRegistry1796076200000 } from './migrations/1796076200000-PublishEnterpriseRegistry';
import { AddInspectionCauses1796090000000 } from './migrations/1796090000000-AddInspectionCauses';
import { PublishLeaderLiaisons1796820000001 } from './migrations/1796820000001-PublishLeaderLiaisons';
import { AddKeyProjects1796900000001 } from './migrations/1796900000001-AddKeyProjects';
import { ProjectLedgerItem } from './project/project-ledger-item.entity';
import { Project } from './project/project.entity';

/** The enterprise service's tables live in the `enterprise` schema; no other service reads them. */
export const ENTERPRISE_SCHEMA = 'enterprise';

export function createEnterpriseDataSource(target: DatabaseTarget, logger?: Logger): DataSource {
  return createServiceDataSource({
    schema: ENTERPRISE_SCHEMA,
    target,
    entities: [
      Enterprise,
      EnterpriseCodeVersion,
      Inspection,
      InspectionQuietPeriod,
      Project,
      ProjectLedgerItem,
      OutboxMessage,
      AppliedEvent,
    ],
    migrations: [
      CreateEnterpriseTables1764072100000,
      CreateEnterpriseCodeTable1764073000000,
      CreateInspectionTables1764073100000,
      CreateProjectTables1764073200000,
      CreateLeaderLiaisonTable1764073300000,
      PublishEnterpriseRegistry1796076200000,
      AddInspectionCauses1796090000000,
      // 领导联系企业: the registry records name the liaising leaders
      PublishLeaderLiaisons1796820000001,
      // 重点项目: a project the district follows as key
      AddKeyProjects1796900000001,
    ],
    logger,
  });
}
