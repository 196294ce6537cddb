import type { GridContext } from '../context';
import type { GridCell } from './grid-cell.entity';

/** Resolves `GridCell` references from other subgraphs in one batch per request. */
export const gridCellReference = {
  __resolveReference(
    reference: Pick<GridCell, 'id'>,
    context: GridContext,
  ): Promise<GridCell | null> {
    return context.loaders.gridCell.load(reference.id);
  },
};
