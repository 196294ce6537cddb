import { PageArgs } from '@erqi/shared/data-access-pagination';
import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';

@InputType({ description: '调研: a visit a LEADER logs against one or more of its cases' })
export class LogLeaderVisitInput {
  @Field(() => String, { description: 'The day of the visit, YYYY-MM-DD; not in the future' })
  visitedOn!: string;

  @Field(() => String, { description: 'Where the leader went' })
  @MaxLength(200, { message: 'place must be at most 200 characters' })
  place!: string;

  @Field(() => ID, { nullable: true, description: 'The enterprise visited, if one was' })
  @IsOptional()
  enterpriseId?: string | null;

  @Field(() => String, { description: 'What was found' })
  @MaxLength(2000, { message: 'findings must be at most 2000 characters' })
  findings!: string;

  @Field(() => [ID], { description: 'The cases (that the leader sees) the visit concerns' })
  @ArrayMaxSize(20, { message: 'appealIds: link at most 20 cases' })
  appealIds!: string[];
}

@ArgsType()
export class LeaderVisitsArgs extends PageArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'SUPERVISOR and ADMIN: only this leader’s visits (a LEADER sees only its own)',
  })
  leaderId?: string | null;
}
