import { PageArgs } from '@erqi/shared/data-access-pagination';
import { IsOptional, IsUUID, Matches, type ValidationOptions, ValidateBy } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { IsVisibleName } from '@erqi/shared/util-text';

/** Longest registered name we store; real ones stay well below. */
export const MAX_NAME_LENGTH = 200;
export const MAX_CONTACT_NAME_LENGTH = 100;

/** Mainland China mobile number: 11 digits starting with 1. */
export const MOBILE_PHONE = /^1\d{10}$/;

/** The length of a text once spaces at both ends are cut, counted in characters (not UTF-16 units). */
export function trimmedLength(value: string): number {
  return [...value.trim()].length;
}

/** Between `min` and `max` characters after trimming, which is what the services store. */
export function HasTrimmedLength(
  min: number,
  max: number,
  options?: ValidationOptions,
): PropertyDecorator {
  return ValidateBy(
    {
      name: 'hasTrimmedLength',
      constraints: [min, max],
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && trimmedLength(value) >= min && trimmedLength(value) <= max,
        defaultMessage: (args) =>
          `${args?.property ?? 'value'} must be ${min} to ${max} characters long, not counting spaces at either end`,
      },
    },
    options,
  );
}

@ArgsType()
export class EnterprisesArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only enterprises of this grid cell' })
  @IsOptional()
  @IsUUID('loose', { message: 'gridCellId must be a grid cell id (a UUID)' })
  gridCellId?: string | null;
}

@InputType({ description: 'An enterprise to register in a grid cell' })
export class RegisterEnterpriseInput {
  @Field(() => String, {
    description: `Registered name, as on the business licence; 1 to ${MAX_NAME_LENGTH} characters`,
  })
  @HasTrimmedLength(1, MAX_NAME_LENGTH)
  @IsVisibleName()
  name!: string;

  // Checked by the service, so that the error can say what is wrong with the code.
  @Field(() => String, {
    description: 'Unified social credit code (18 characters); its check character is verified',
  })
  creditCode!: string;

  @Field(() => ID, { description: 'The grid cell the enterprise belongs to' })
  @IsUUID('loose', { message: 'gridCellId must be a grid cell id (a UUID)' })
  gridCellId!: string;

  @Field(() => String, {
    description: `The person to deal with; 1 to ${MAX_CONTACT_NAME_LENGTH} characters`,
  })
  @HasTrimmedLength(1, MAX_CONTACT_NAME_LENGTH)
  @IsVisibleName()
  contactName!: string;

  @Field(() => String, { description: 'Mainland mobile number: 11 digits starting with 1' })
  @Matches(MOBILE_PHONE, {
    message: 'contactPhone must be a mainland mobile number: 11 digits starting with 1',
  })
  contactPhone!: string;
}
