import { Max, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';

export const DEFAULT_ENTERPRISES_PER_CELL = 50;
export const MAX_ENTERPRISES_PER_CELL = 100;

@ArgsType()
export class GridCellEnterprisesArgs {
  @Field(() => Int, {
    defaultValue: DEFAULT_ENTERPRISES_PER_CELL,
    description: `How many, 1 to ${MAX_ENTERPRISES_PER_CELL}`,
  })
  @Min(1, { message: 'first must be at least 1' })
  @Max(MAX_ENTERPRISES_PER_CELL, { message: `first must be at most ${MAX_ENTERPRISES_PER_CELL}` })
  first: number = DEFAULT_ENTERPRISES_PER_CELL;
}
