import type { DataSource } from 'typeorm';

/** The little the appeal service needs to know about an enterprise, which the enterprise service owns. */
export interface DirectoryEnterprise {
  id: string;
  gridCellId: string;
}

/** Answers whether an enterprise exists and which grid cell looks after it. */
export interface EnterpriseDirectory {
  /** The enterprise with this id, or null when there is none known (yet). */
  findEnterprise(id: string): Promise<DirectoryEnterprise | null>;
}

/**
 * Reads the appeal service's own copy of the enterprise → cell registry (`known_enterprise`, fed by
 * the enterprise service's `enterprise.registry` topic): filing an appeal asks no other service.
 */
export class LocalEnterpriseDirectory implements EnterpriseDirectory {
  constructor(private readonly dataSource: DataSource) {}

  async findEnterprise(id: string): Promise<DirectoryEnterprise | null> {
    const [row] = (await this.dataSource.query(
      'SELECT id, grid_cell_id AS "gridCellId" FROM known_enterprise WHERE id = $1',
      [id],
    )) as DirectoryEnterprise[];
    return row ? { id: row.id, gridCellId: row.gridCellId } : null;
  }
}
