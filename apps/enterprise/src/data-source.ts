import { createServiceDataSource, type DatabaseTarget } from '@erqi/shared/data-access-database';
import { AppliedEvent, OutboxMessage } from '@erqi/shared/data-access-events';
import type { DataSource, Logger } from 'typeorm';
import { Enterprise } from './enterprise/enterprise.entity';
import { EnterpriseProfile } from './enterprise-profile/enterprise-profile.entity';
import { BankProduct, FinancingMatch, FinancingNeed } from './financing/financing.entities';
import { Policy } from './erqi-policy/policy.entity';
import { SubsidyApplication } from './subsidy/subsidy-application.entity';
import { CreateErqiHelpTables1796930000000 } from './migrations/1796930000000-CreateErqiHelpTables';
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
import { AllianceMember, EnterpriseAlliance } from './enterprise-alliance/alliance.entity';
import {
  EnterpriseYearFigures,
  EnterpriseYearFiguresVersion,
} from './enterprise-figures/year-figures.entity';
import { CreateCollectiveEconomyTables1796960000000 } from './migrations/1796960000000-CreateCollectiveEconomyTables';
import { Project } from './project/project.entity';
import { CreateServiceMatterTables1796920000000 } from './migrations/1796920000000-CreateServiceMatterTables';
import { ServiceApplication } from './service-application/service-application.entity';
import { ServiceMatter, ServiceMatterVersion } from './service-matter/service-matter.entity';
import { ServiceTargetRow } from './service-target/service-target';
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
      ServiceMatter,
      ServiceMatterVersion,
      ServiceApplication,
      ServiceTargetRow,
      EnterpriseVisit,
      VisitNeed,
      AttractedProject,
      AttractedTalent,
      PolicyPromise,
      TalentRecognition,
      OutboxMessage,
      AppliedEvent,
      // 二七帮
      EnterpriseProfile,
      Policy,
      SubsidyApplication,
      BankProduct,
      FinancingNeed,
      FinancingMatch,
      EnterpriseYearFigures,
      EnterpriseYearFiguresVersion,
      EnterpriseAlliance,
      AllianceMember,
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
      // 易企办: the matter list, applications on the clock, targets
      CreateServiceMatterTables1796920000000,
      // 二七帮: enterprise profiles, policies, subsidy applications, 政银企
      CreateErqiHelpTables1796930000000,
      // 万人助万企 visits, 双招双引 promises and talent figures, the department copy
      AddVisitsPromisesAndTalent1796940000000,
      // 集体经济: yearly figures and the 企业联盟
      CreateCollectiveEconomyTables1796960000000,
    ],
    logger,
  });
}
