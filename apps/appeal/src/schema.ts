import { buildFederatedSchema } from '@erqi/shared/util-federation';
import type { GraphQLSchema } from 'graphql';
import { AppealCategoryResolver } from './appeal-category/appeal-category.resolver';
import { appealReference } from './appeal/appeal.reference';
import { AppealResolver } from './intake/appeal.resolver';
import { CalendarResolver } from './calendar/calendar.resolver';
import { ConductRuleResolver } from './conduct-rule/conduct-rule.resolver';
import { departmentReference } from './department/department.reference';
import { DepartmentAppealsResolver } from './intake/department-appeals.resolver';
import { DispatchRuleResolver } from './dispatch/dispatch-rule.resolver';
import { DispatchResolver } from './dispatch/dispatch.resolver';
import { enterpriseReference } from './enterprise/enterprise.reference';
import { EnterpriseAppealsResolver } from './intake/enterprise-appeals.resolver';
import { EscalationResolver } from './escalation/escalation.resolver';
import { FiguresResolver } from './figures/figures.resolver';
import { LeaderVisitResolver } from './leader-visit/leader-visit.resolver';
import { gridCellReference } from './grid-cell/grid-cell.reference';
import { GridCellAppealsResolver } from './intake/grid-cell-appeals.resolver';
import { misconductCaseReference } from './misconduct/misconduct-case.reference';
import { MisconductResolver } from './misconduct/misconduct.resolver';
import { AppealPhotoResolver } from './photo/photo.resolver';
import { SupervisionResolver } from './supervision/supervision.resolver';
import { WorkflowResolver } from './workflow/workflow.resolver';
import { AdviceResolver } from './advice/advice.resolver';
import { RoastSessionResolver } from './roast-session/roast-session.resolver';
import { Open311Resolver } from './open311/open311.resolver';
import {
  AdviserResolver,
  ExperienceOfficerResolver,
  SupervisorResolver,
} from './roster/roster.resolver';

export function buildAppealSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [
        AppealResolver,
        AppealPhotoResolver,
        AppealCategoryResolver,
        EnterpriseAppealsResolver,
        GridCellAppealsResolver,
        DepartmentAppealsResolver,
        DispatchResolver,
        DispatchRuleResolver,
        WorkflowResolver,
        // 督办, the supervision ledger, the figures
        EscalationResolver,
        SupervisionResolver,
        FiguresResolver,
        // the working calendar's years
        CalendarResolver,
        // 三支队伍: rosters, 吐槽大会, 顾问团 advice
        SupervisorResolver,
        ExperienceOfficerResolver,
        AdviserResolver,
        RoastSessionResolver,
        AdviceResolver,
        // 调研 visits
        LeaderVisitResolver,
        // 十不准 / 十必须 and 问题讲评
        ConductRuleResolver,
        MisconductResolver,
        // the Open311 face (GeoReport v2 at the gateway's /open311/v2/)
        Open311Resolver,
      ],
    },
    {
      Appeal: appealReference,
      Enterprise: enterpriseReference,
      GridCell: gridCellReference,
      Department: departmentReference,
      MisconductCase: misconductCaseReference,
    },
  );
}
