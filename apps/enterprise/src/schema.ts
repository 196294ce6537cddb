import { buildFederatedSchema } from '@erqi/shared/util-federation';
import type { GraphQLSchema } from 'graphql';
import { enterpriseReference } from './enterprise/enterprise.reference';
import { EnterpriseResolver } from './enterprise/enterprise.resolver';
import { gridCellReference } from './grid-cell/grid-cell.reference';
import { GridCellResolver } from './grid-cell/grid-cell.resolver';

export function buildEnterpriseSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    { resolvers: [EnterpriseResolver, GridCellResolver] },
    { Enterprise: enterpriseReference, GridCell: gridCellReference },
  );
}
