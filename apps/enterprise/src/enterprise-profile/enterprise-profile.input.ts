import { IsBoolean, Matches } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { SizeClass } from './enterprise-profile.entity';

/** A calendar date as people write it in forms: YYYY-MM-DD. */
export const DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType({ description: "An enterprise's profile for matching (企业画像), all of it at once" })
export class EnterpriseProfileInput {
  @Field(() => String, { description: 'GB/T 4754-2017 section (门类), a letter A–T' })
  @Matches(/^[A-T]$/, {
    message: 'industrySection must be a GB/T 4754-2017 section letter, A to T',
  })
  industrySection!: string;

  @Field(() => String, {
    description: 'GB/T 4754-2017 class (小类), four digits, inside the section',
  })
  @Matches(/^\d{4}$/, { message: 'industryClass must be a GB/T 4754-2017 class code: four digits' })
  industryClass!: string;

  @Field(() => SizeClass)
  sizeClass!: SizeClass;

  @Field(() => String, { description: 'Date founded, YYYY-MM-DD; not in the future' })
  @Matches(DATE, { message: 'foundedOn must be a date, YYYY-MM-DD' })
  foundedOn!: string;

  @Field(() => Boolean)
  @IsBoolean()
  highTech!: boolean;

  @Field(() => Boolean)
  @IsBoolean()
  specialisedNew!: boolean;
}
