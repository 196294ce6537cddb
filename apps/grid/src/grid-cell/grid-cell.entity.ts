import { Directive, Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export enum GridCellKind {
  /** 社区网格: a cell of the community, looked after for residents. */
  COMMUNITY = 'COMMUNITY',
  /** 企业专属网格: a cell of enterprises with its own grid workers. */
  ENTERPRISE_EXCLUSIVE = 'ENTERPRISE_EXCLUSIVE',
}
registerEnumType(GridCellKind, { name: 'GridCellKind' });

/** A ring of [lng, lat] points, closed, as in a GeoJSON polygon. */
export type Ring = Array<[number, number]>;

@ObjectType({ description: 'A point on the map (WGS 84)' })
export class LatLng {
  @Field(() => Float)
  lat!: number;

  @Field(() => Float)
  lng!: number;
}

/** 网格: the unit of grid governance, a community cell or an enterprise-exclusive one. */
@Directive('@key(fields: "id")')
@ObjectType({
  description:
    'A grid cell (网格): a community cell or an enterprise-exclusive cell (企业专属网格)',
})
@Entity({ name: 'grid_cell' })
@Index('grid_cell_bbox', ['minLat', 'maxLat', 'minLng', 'maxLng'])
export class GridCell {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Field(() => String, { description: 'Short code printed on the cell’s signboard, e.g. BGM-E01' })
  @Index({ unique: true })
  @Column('text')
  code!: string;

  @Field(() => String)
  @Column('text')
  name!: string;

  @Field(() => GridCellKind)
  @Index()
  @Column('text')
  kind!: GridCellKind;

  @Column('uuid', { name: 'region_id' })
  regionId!: string;

  /** The outline as [lng, lat] pairs; exposed through `boundary` as lat/lng points. */
  @Column('jsonb')
  ring!: Ring;

  // The bounding box narrows `locateGridCell` to a few candidates before the exact polygon test.
  @Column('double precision', { name: 'min_lat' })
  minLat!: number;

  @Column('double precision', { name: 'max_lat' })
  maxLat!: number;

  @Column('double precision', { name: 'min_lng' })
  minLng!: number;

  @Column('double precision', { name: 'max_lng' })
  maxLng!: number;
}
