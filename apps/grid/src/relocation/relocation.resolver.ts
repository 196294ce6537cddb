import { Arg, Ctx, Field, Float, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { GridContext } from '../context';

@ObjectType({ description: "征迁/回迁: a community's households by relocation status" })
export class RelocationFigures {
  @Field(() => String)
  communityCode!: string;

  @Field(() => Int, { description: 'Households of the community' })
  households!: number;

  @Field(() => Int, {
    description: 'Moved out in the 征迁 (settled elsewhere + awaiting 回迁 + returned)',
  })
  relocated!: number;

  @Field(() => Float, { description: 'relocated / households, in per cent' })
  relocatedPercent!: number;

  @Field(() => Int, { description: '货币安置: settled elsewhere, not returning' })
  settledElsewhere!: number;

  @Field(() => Int, { description: '待回迁' })
  awaitingReturn!: number;

  @Field(() => Int, { description: '已回迁' })
  returned!: number;

  @Field(() => Int, { description: 'Never moved out' })
  notRelocated!: number;
}

/** Figures, not people: any signed-in caller may read them. */
@Resolver()
export class RelocationResolver {
  @Query(() => RelocationFigures, { description: "征迁/回迁 progress of a community's households" })
  relocationFigures(
    @Arg('communityCode', () => String, { defaultValue: '410103-HZ-BGM' }) communityCode: string,
    @Ctx() context: GridContext,
  ): Promise<RelocationFigures> {
    return context.relocation.figures(context.caller, communityCode);
  }
}
