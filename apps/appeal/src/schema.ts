import { buildFederatedSchema } from '@erqi/shared/util-federation';
import type { GraphQLSchema } from 'graphql';
import { AppealCategoryResolver } from './appeal-category/appeal-category.resolver';
import { appealReference } from './appeal/appeal.reference';
import { AppealResolver } from './appeal/appeal.resolver';
import { departmentReference } from './department/department.reference';
import { DepartmentResolver } from './department/department.resolver';
import { DispatchRuleResolver } from './dispatch/dispatch-rule.resolver';
import { DispatchResolver } from './dispatch/dispatch.resolver';
import { enterpriseReference } from './enterprise/enterprise.reference';
import { EnterpriseResolver } from './enterprise/enterprise.resolver';
import { gridCellReference } from './grid-cell/grid-cell.reference';
import { GridCellResolver } from './grid-cell/grid-cell.resolver';

export function buildAppealSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [AppealResolver, AppealCategoryResolver, EnterpriseResolver, GridCellResolver, DepartmentResolver, DispatchResolver, DispatchRuleResolver],
    },
    { Appeal: appealReference, Enterprise: enterpriseReference, GridCell: gridCellReference, Department: departmentReference },
  );
}
