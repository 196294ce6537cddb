import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { EnterpriseContext } from '../context';
import { Enterprise } from './enterprise.entity';
import { GridCellEnterprisesArgs } from '../grid-cell/grid-cell.input';
import { GridCell } from '../grid-cell/grid-cell.stub';

@Resolver(() => GridCell)
export class GridCellEnterprisesResolver {
  @FieldResolver(() => [Enterprise], {
    description: 'The enterprises in this cell, by name, at most `first` of them',
  })
  enterprises(
    @Root() cell: GridCell,
    @Args(() => GridCellEnterprisesArgs) { first }: GridCellEnterprisesArgs,
    @Ctx() context: EnterpriseContext,
  ): Promise<Enterprise[]> {
    return context.loaders.enterprisesOfCell(first).load(cell.id);
  }
}
