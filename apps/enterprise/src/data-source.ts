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
import { ProjectLedgerItem } from './project/project-ledger-item.entity';
import { Project } from './project/project.entity';
import { AddVisitsPromisesAndTalent1796940000000 } from './migrations/1796940000000-AddVisitsPromisesAndTalent';
import { EnterpriseVisit } from './visit/enterprise-visit.entity';
import { VisitNeed } from './visit/visit-need.entity';
import { AttractedProject } from './investment-promise/attracted-project.entity';
import { AttractedTalent } from './investment-promise/attracted-talent.entity';
import { PolicyPromise } from './investment-promise/policy-promise.entity';
import { TalentRecognition } from './talent/talent-recognition.entity';

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
      EnterpriseVisit,
      VisitNeed,
      AttractedProject,
      AttractedTalent,
      PolicyPromise,
      TalentRecognition,
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
      // 万人助万企 visits, 双招双引 promises and talent figures, the department copy
      AddVisitsPromisesAndTalent1796940000000,
    ],
    logger,
  });
}
