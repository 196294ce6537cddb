import type { DataSource } from 'typeorm';
import { DepartmentService } from './department/department.service';
import { GridCellService } from './grid-cell/grid-cell.service';
import { createGridLoaders, type GridLoaders } from './loaders';

/** What every resolver of the grid subgraph receives: the services and this request's loaders. */
export interface GridContext {
  gridCells: GridCellService;
  departments: DepartmentService;
  loaders: GridLoaders;
}

export function createGridContextFactory(dataSource: DataSource): () => Promise<GridContext> {
  const gridCells = new GridCellService(dataSource);
  const departments = new DepartmentService(dataSource);
  return async () => ({ gridCells, departments, loaders: createGridLoaders(dataSource) });
}
