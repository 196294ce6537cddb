import { buildFederatedSchema } from '@erqi/shared/util-federation';
import type { GraphQLSchema } from 'graphql';
import {
  EnterpriseCodeFieldResolver,
  EnterpriseCodeResolver,
} from './enterprise-code/enterprise-code.resolver';
import { enterpriseReference } from './enterprise/enterprise.reference';
import { EnterpriseResolver } from './enterprise/enterprise.resolver';
import { gridCellReference } from './grid-cell/grid-cell.reference';
import { GridCellEnterprisesResolver } from './enterprise/grid-cell-enterprises.resolver';
import {
  EnterpriseInspectionsResolver,
  InspectionResolver,
} from './inspection/inspection.resolver';
import { projectReference } from './project/project.reference';
import { PolicyPromiseResolver } from './investment-promise/promise.resolver';
import { TalentResolver } from './talent/talent.resolver';
import { EnterpriseVisitResolver, VisitNeedResolver } from './visit/visit.resolver';
import { EnterpriseProjectsResolver, ProjectResolver } from './project/project.resolver';

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
