import type { GridCell } from './grid-cell.stub';

/** The grid subgraph owns the cell; here a reference is all there is to know, so it is the cell. */
export const gridCellReference = {
  __resolveReference(reference: Pick<GridCell, 'id'>): GridCell {
    return { id: reference.id };
  },
};
