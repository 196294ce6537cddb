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
import { EscalationResolver } from './escalation/escalation.resolver';
import { FiguresResolver } from './figures/figures.resolver';
import { gridCellReference } from './grid-cell/grid-cell.reference';
import { GridCellResolver } from './grid-cell/grid-cell.resolver';
import { SupervisionResolver } from './supervision/supervision.resolver';
import { WorkflowResolver } from './workflow/workflow.resolver';

export function buildAppealSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [AppealResolver, AppealCategoryResolver, EnterpriseResolver, GridCellResolver, DepartmentResolver, DispatchResolver, DispatchRuleResolver, WorkflowResolver,
        // 督办, the supervision ledger, the figures
        EscalationResolver, SupervisionResolver, FiguresResolver],
    },
    { Appeal: appealReference, Enterprise: enterpriseReference, GridCell: gridCellReference, Department: departmentReference },
  );
}
