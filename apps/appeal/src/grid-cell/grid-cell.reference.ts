import type { GridCell } from './grid-cell.entity';

/** The appeal subgraph stores no GridCell rows: a reference is answered with its key alone. */
export const gridCellReference = {
  __resolveReference(reference: Pick<GridCell, 'id'>): GridCell {
    return { id: reference.id };
  },
};
