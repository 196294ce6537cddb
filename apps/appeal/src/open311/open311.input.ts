import { GraphQLDateTime } from 'graphql-scalars';
import { ArrayMaxSize, IsOptional, IsUrl, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';
import { AppealStatus, HandlingMode } from '../appeal/appeal.enums';

/** The most requests one `open311Requests` answers (GeoReport v2 suggests 1000; our pages are smaller). */
export const OPEN311_REQUESTS_MAX = 200;

@InputType({
  description: 'Whom an Open311 API key acts as: a role and a subject, as tokens name them',
})
export class IssueOpen311ApiKeyInput {
  @Field(() => String, { description: 'Who the key is for, e.g. "FixMyStreet 二七"' })
  @MaxLength(200)
  label!: string;

  @Field(() => String, { description: 'The role it acts as (only roles that file may POST)' })
  role!: string;

  @Field(() => String, { description: 'The subject (token `sub`) it acts as' })
  @MaxLength(200)
  subject!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  name?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'ENTERPRISE, EXPERIENCE_OFFICER: its enterprise',
  })
  @IsOptional()
  @IsUUID()
  enterpriseId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'GRID_WORKER: its cells' })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(50)
  gridCellIds?: string[] | null;
}

@InputType({
  description: 'A service request posted to the Open311 face (GeoReport v2 `POST requests`)',
})
export class SubmitOpen311RequestInput {
  @Field(() => String, {
    description: 'The API key an ADMIN issued; the request is filed as its identity',
  })
  @MaxLength(200)
  apiKey!: string;

  @Field(() => String, { description: 'The service_code: an appeal category code' })
  serviceCode!: string;

  @Field(() => String, {
    description: 'What is wrong (becomes the appeal’s description; its first line the title)',
  })
  @MaxLength(5000)
  description!: string;

  @Field(() => ID, { nullable: true, description: 'The enterprise; else the key’s own' })
  @IsOptional()
  enterpriseId?: string | null;

  @Field(() => HandlingMode, { nullable: true, description: '@default JOINT' })
  @IsOptional()
  handlingMode?: HandlingMode | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(-90)
  @Max(90)
  lat?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(-180)
  @Max(180)
  lng?: number | null;

  @Field(() => ID, { nullable: true, description: 'The cell `locateGridCell` found for the point' })
  @IsOptional()
  @IsUUID()
  locatedGridCellId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  addressString?: string | null;

  @Field(() => String, { nullable: true, description: 'Stored as given, never fetched' })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(2000)
  mediaUrl?: string | null;
}

@ArgsType()
export class Open311RequestsArgs {
  @Field(() => [ID], { nullable: true, description: 'Only these (service_request_id)' })
  @IsOptional()
  @ArrayMaxSize(OPEN311_REQUESTS_MAX)
  ids?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Only these categories (service_code)' })
  @IsOptional()
  @ArrayMaxSize(50)
  serviceCodes?: string[] | null;

  @Field(() => [AppealStatus], { nullable: true, description: 'Only in these statuses' })
  @IsOptional()
  statuses?: AppealStatus[] | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'Submitted at or after' })
  @IsOptional()
  from?: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'Submitted before' })
  @IsOptional()
  to?: Date | null;

  @Field(() => Int, {
    defaultValue: 100,
    description: `Newest first, 1 to ${OPEN311_REQUESTS_MAX}`,
  })
  @Min(1)
  @Max(OPEN311_REQUESTS_MAX)
  first!: number;
}
