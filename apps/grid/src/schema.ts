import { buildFederatedSchema } from '@erqi/shared/util-federation';
import type { GraphQLSchema } from 'graphql';
import { departmentReference } from './department/department.reference';
import { DepartmentResolver } from './department/department.resolver';
import { gridCellReference } from './grid-cell/grid-cell.reference';
import { GridCellResolver } from './grid-cell/grid-cell.resolver';
import { GridWorkerResolver } from './grid-worker/grid-worker.resolver';
import { PolicyNoticeResolver } from './policy-notice/policy-notice.resolver';

export function buildGridSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [GridCellResolver, GridWorkerResolver, DepartmentResolver, PolicyNoticeResolver],
    },
    { GridCell: gridCellReference, Department: departmentReference },
  );
}
