import { buildFederatedSchema } from '@erqi/shared/util-federation';
import type { GraphQLSchema } from 'graphql';
import {
  EnterpriseCodeFieldResolver,
  EnterpriseCodeResolver,
} from './enterprise-code/enterprise-code.resolver';
import { enterpriseReference } from './enterprise/enterprise.reference';
import { EnterpriseProfileResolver } from './enterprise-profile/enterprise-profile.resolver';
import { ErqiHelpFiguresResolver } from './erqi-help/erqi-help-figures';
import { FinancingMatchResolver, FinancingResolver } from './financing/financing.resolver';
import { PolicyResolver } from './erqi-policy/policy.resolver';
import { SubsidyApplicationResolver } from './subsidy/subsidy.resolver';
import { EnterpriseResolver } from './enterprise/enterprise.resolver';
import { gridCellReference } from './grid-cell/grid-cell.reference';
import { GridCellEnterprisesResolver } from './enterprise/grid-cell-enterprises.resolver';
import {
  EnterpriseInspectionsResolver,
  InspectionResolver,
} from './inspection/inspection.resolver';
import { projectReference } from './project/project.reference';
import {
  AllianceMemberResolver,
  AllianceMembershipResolver,
  EnterpriseAllianceResolver,
} from './enterprise-alliance/alliance.resolver';
import { EnterpriseYearFiguresResolver } from './enterprise-figures/year-figures.resolver';
import { PolicyPromiseResolver } from './investment-promise/promise.resolver';
import { TalentResolver } from './talent/talent.resolver';
import { EnterpriseVisitResolver, VisitNeedResolver } from './visit/visit.resolver';
import { EnterpriseProjectsResolver, ProjectResolver } from './project/project.resolver';
import { ServiceApplicationResolver } from './service-application/service-application.resolver';
import {
  ServiceMatterResolver,
  ServiceMatterVersionResolver,
} from './service-matter/service-matter.resolver';
import { ServiceTargetResolver } from './service-target/service-target.resolver';

export function buildEnterpriseSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [
        EnterpriseResolver,
        EnterpriseCodeFieldResolver,
        EnterpriseCodeResolver,
        EnterpriseInspectionsResolver,
        InspectionResolver,
        EnterpriseProjectsResolver,
        ProjectResolver,
        GridCellEnterprisesResolver,
        EnterpriseYearFiguresResolver,
        EnterpriseAllianceResolver,
        AllianceMemberResolver,
        AllianceMembershipResolver,
        ServiceMatterResolver,
        ServiceMatterVersionResolver,
        ServiceApplicationResolver,
        ServiceTargetResolver,
        // 二七帮
        EnterpriseProfileResolver,
        PolicyResolver,
        SubsidyApplicationResolver,
        FinancingResolver,
        FinancingMatchResolver,
        ErqiHelpFiguresResolver,
        EnterpriseVisitResolver,
        VisitNeedResolver,
        PolicyPromiseResolver,
        TalentResolver,
      ],
    },
    { Enterprise: enterpriseReference, GridCell: gridCellReference, Project: projectReference },
    // The butler is named by the subject of their token, which is not one of our UUIDs.
    { idsThatAreNotUuids: ['CreateProjectInput.butlerSubjectId'] },
  );
}
