import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Where an Open311 request said the problem is and what it linked: the point (its cell found by the
 * grid service's `locateGridCell`) or the address as written, and the media URL as given — stored,
 * never fetched. One row per appeal filed through Open311.
 */
@Entity({ name: 'open311_location' })
export class Open311Location {
  @PrimaryColumn('uuid', { name: 'appeal_id' })
  appealId!: string;

  @Column('uuid', { name: 'api_key_id' })
  apiKeyId!: string;

  @Column('double precision', { nullable: true })
  lat!: number | null;

  @Column('double precision', { nullable: true })
  lng!: number | null;

  /** The cell that contains the point, as the grid service located it. */
  @Column('uuid', { name: 'located_grid_cell_id', nullable: true })
  locatedGridCellId!: string | null;

  @Column('text', { name: 'address_string', nullable: true })
  addressString!: string | null;

  @Column('text', { name: 'media_url', nullable: true })
  mediaUrl!: string | null;
}
