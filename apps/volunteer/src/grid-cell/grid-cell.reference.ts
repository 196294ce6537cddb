import type { GridCell } from './grid-cell.entity';

/** The volunteer subgraph stores no cells: a reference is answered with its key alone. */
export const gridCellReference = {
  __resolveReference(reference: Pick<GridCell, 'id'>): GridCell {
    return { id: reference.id };
  },
};
