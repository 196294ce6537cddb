import { buildFederatedSchema } from '@erqi/shared/util-federation';
import type { GraphQLSchema } from 'graphql';
import { departmentReference } from './department/department.reference';
import { DepartmentResolver } from './department/department.resolver';
import { gridCellReference } from './grid-cell/grid-cell.reference';
import { GridCellResolver } from './grid-cell/grid-cell.resolver';
import { GridWorkerResolver } from './grid-worker/grid-worker.resolver';
import { AidCaseResolver } from './aid-case/aid-case.resolver';
import { AllowanceResolver } from './allowance/allowance.resolver';
import { BirthdayVisitResolver } from './birthday-visit/birthday-visit.resolver';
import { HouseholdResolver } from './household/household.resolver';
import { RelocationResolver } from './relocation/relocation.resolver';
import { PolicyNoticeResolver } from './policy-notice/policy-notice.resolver';

/** The community's resolvers (issue 14). */
const COMMUNITY_RESOLVERS = [
  HouseholdResolver,
  AllowanceResolver,
  BirthdayVisitResolver,
  AidCaseResolver,
  RelocationResolver,
] as const;

export function buildGridSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [
        GridCellResolver,
        GridWorkerResolver,
        DepartmentResolver,
        PolicyNoticeResolver,
        ...COMMUNITY_RESOLVERS,
      ],
    },
    { GridCell: gridCellReference, Department: departmentReference },
  );
}
