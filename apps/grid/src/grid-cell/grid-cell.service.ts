import { keysetPage, type Page } from '@erqi/shared/data-access-pagination';
import { NotFound } from '@erqi/shared/util-errors';
import { isUuid } from '@erqi/shared/util-uuid';
import type { DataSource, Repository } from 'typeorm';
import { GridCell, GridCellKind } from './grid-cell.entity';
import type { GridCellsArgs } from './grid-cell.input';
import { isPointInRing } from './point-in-ring';

export class GridCellService {
  private readonly cells: Repository<GridCell>;

  constructor(dataSource: DataSource) {
    this.cells = dataSource.getRepository(GridCell);
  }

  async get(id: string): Promise<GridCell> {
    // Ids are opaque: one that is not a UUID names nothing, and must not reach the uuid column.
    const cell = isUuid(id) ? await this.cells.findOneBy({ id }) : null;
    if (!cell) throw new NotFound('GridCell', id);
    return cell;
  }

  list(args: GridCellsArgs): Promise<Page<GridCell>> {
    const query = this.cells.createQueryBuilder('cell');
    if (args.kind) query.andWhere('cell.kind = :kind', { kind: args.kind });
    if (args.regionId) query.andWhere('cell.region_id = :regionId', { regionId: args.regionId });
    return keysetPage(query, args, { sortColumn: 'code' });
  }

  /**
   * The cell that contains the point. Where an enterprise-exclusive cell overlaps a community cell,
   * the exclusive one wins: its grid workers are the ones who look after enterprises there.
   */
  async locate(lat: number, lng: number): Promise<GridCell | null> {
    const candidates = await this.cells
      .createQueryBuilder('cell')
      .where(
        'cell.min_lat <= :lat AND cell.max_lat >= :lat AND cell.min_lng <= :lng AND cell.max_lng >= :lng',
        { lat, lng },
      )
      .orderBy('cell.code')
      .getMany();
    const containing = candidates.filter((cell) => isPointInRing(lng, lat, cell.ring));
    return (
      containing.find((cell) => cell.kind === GridCellKind.ENTERPRISE_EXCLUSIVE) ??
      containing[0] ??
      null
    );
  }
}
