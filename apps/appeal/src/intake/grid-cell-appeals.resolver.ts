import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Appeal } from '../appeal/appeal.entity';
import { PARENT_APPEALS_DEFAULT, ParentAppealsArgs } from '../appeal/appeal.input';
import type { AppealContext } from '../context';
import { GridCell } from '../grid-cell/grid-cell.entity';

@Resolver(() => GridCell)
export class GridCellAppealsResolver {
  @FieldResolver(() => [Appeal], {
    description: 'The appeals of enterprises in this cell, newest first',
  })
  appeals(
    @Root() parent: GridCell,
    @Args(() => ParentAppealsArgs) { first }: ParentAppealsArgs,
    @Ctx() context: AppealContext,
  ): Promise<Appeal[]> {
    return context.loaders.appealsByGridCell(first ?? PARENT_APPEALS_DEFAULT).load(parent.id);
  }
}
