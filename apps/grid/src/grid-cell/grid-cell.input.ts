import { PageArgs } from '@erqi/shared/data-access-pagination';
import { IsLatitude, IsLongitude } from 'class-validator';
import { ArgsType, Field, Float, ID } from 'type-graphql';
import { GridCellKind } from './grid-cell.entity';

@ArgsType()
export class GridCellsArgs extends PageArgs {
  @Field(() => GridCellKind, { nullable: true, description: 'Only cells of this kind' })
  kind?: GridCellKind | null;

  @Field(() => ID, { nullable: true, description: 'Only cells of this region (community)' })
  regionId?: string | null;
}

@ArgsType()
export class LocateArgs {
  @Field(() => Float)
  @IsLatitude({ message: 'lat must be a latitude between -90 and 90' })
  lat!: number;

  @Field(() => Float)
  @IsLongitude({ message: 'lng must be a longitude between -180 and 180' })
  lng!: number;
}
