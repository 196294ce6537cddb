import { PageArgs } from '@erqi/shared/data-access-pagination';
import { ArgsType, Field, ID } from 'type-graphql';

@ArgsType()
export class VolunteerTeamsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only teams that cover this grid cell' })
  gridCellId?: string | null;
}
