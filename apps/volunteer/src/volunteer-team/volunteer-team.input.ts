import { PageArgs } from '@erqi/shared/data-access-pagination';
import { IsVisibleName } from '@erqi/shared/util-text';
import { ArrayMaxSize, IsOptional, Matches, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';

@ArgsType()
export class VolunteerTeamsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only teams that cover this grid cell' })
  gridCellId?: string | null;
}

/** Team codes name Kafka topics (dispatch.volunteer-team.<CODE>): upper snake case, e.g. BAGUAMIAO_CREW. */
export const TEAM_CODE = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;
const TEAM_CODE_MESSAGE = 'code must be upper snake case (A-Z, 0-9, _), e.g. BAGUAMIAO_CREW';

@InputType({ description: 'A new volunteer team (志愿服务队)' })
export class CreateVolunteerTeamInput {
  @Field(() => String, {
    description: 'Stable code in upper snake case, e.g. BAGUAMIAO_CREW; unique, never changed',
  })
  @Matches(TEAM_CODE, { message: TEAM_CODE_MESSAGE })
  @MaxLength(40, { message: 'code must be at most 40 characters' })
  code!: string;

  @Field(() => String, {
    description: 'e.g. 八卦庙社区志愿服务队; leading and trailing spaces dropped',
  })
  @IsVisibleName()
  @MaxLength(50, { message: 'name must be at most 50 characters' })
  name!: string;

  @Field(() => String, { description: 'The community (所属社区), e.g. 八卦庙社区' })
  @IsVisibleName()
  @MaxLength(50, { message: 'community must be at most 50 characters' })
  community!: string;

  @Field(() => [ID], { description: 'The grid cells the team covers; each must be a known cell' })
  @ArrayMaxSize(100, { message: 'gridCellIds may list at most 100 cells' })
  gridCellIds!: string[];
}

@InputType({ description: 'What changes about a team; fields left out stay as they are' })
export class UpdateVolunteerTeamInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsVisibleName()
  @MaxLength(50, { message: 'name must be at most 50 characters' })
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsVisibleName()
  @MaxLength(50, { message: 'community must be at most 50 characters' })
  community?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Replaces the cells the team covers; each must be a known cell',
  })
  @IsOptional()
  @ArrayMaxSize(100, { message: 'gridCellIds may list at most 100 cells' })
  gridCellIds?: string[] | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The lead (队长): an active member of this team; null names none',
  })
  leadVolunteerId?: string | null;
}
