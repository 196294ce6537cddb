import { Connection } from '@erqi/shared/data-access-pagination';
import { NotFound } from '@erqi/shared/util-errors';
import { Args, Arg, Ctx, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GridContext } from '../context';
import { GridWorker } from '../grid-worker/grid-worker.entity';
import { Region } from '../region/region.entity';
import { GridCell, LatLng } from './grid-cell.entity';
import { GridCellsArgs, LocateArgs } from './grid-cell.input';

@ObjectType()
export class GridCellConnection extends Connection(GridCell) {}

@Resolver(() => GridCell)
export class GridCellResolver {
  @Query(() => GridCell, { description: 'One grid cell by id; NOT_FOUND if there is none' })
  gridCell(@Arg('id', () => ID) id: string, @Ctx() context: GridContext): Promise<GridCell> {
    return context.gridCells.get(id);
  }

  @Query(() => GridCellConnection, { description: 'Grid cells ordered by code, a page at a time' })
  gridCells(
    @Args(() => GridCellsArgs) args: GridCellsArgs,
    @Ctx() context: GridContext,
  ): Promise<GridCellConnection> {
    return context.gridCells.list(args);
  }

  @Query(() => GridCell, {
    nullable: true,
    description: 'The grid cell that contains a point, or null outside every cell',
  })
  locateGridCell(
    @Args(() => LocateArgs) { lat, lng }: LocateArgs,
    @Ctx() context: GridContext,
  ): Promise<GridCell | null> {
    return context.gridCells.locate(lat, lng);
  }

  @FieldResolver(() => [LatLng], { description: 'The outline, as a closed ring of points' })
  boundary(@Root() cell: GridCell): LatLng[] {
    return cell.ring.map(([lng, lat]) => ({ lat, lng }));
  }

  @FieldResolver(() => Region)
  async region(@Root() cell: GridCell, @Ctx() context: GridContext): Promise<Region> {
    const region = await context.loaders.region.load(cell.regionId);
    if (!region) throw new NotFound('Region', cell.regionId, 'regionId');
    return region;
  }

  @FieldResolver(() => [GridWorker], {
    description: 'The grid workers (网格员) assigned to this cell',
  })
  gridWorkers(@Root() cell: GridCell, @Ctx() context: GridContext): Promise<GridWorker[]> {
    return context.loaders.workersByCell.load(cell.id);
  }
}
