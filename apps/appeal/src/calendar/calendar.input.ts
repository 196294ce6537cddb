import { Field, InputType, Int } from 'type-graphql';

@InputType({
  description:
    "One year's public holidays (法定节假日) and make-up working days (调休上班), as the State Council's notice gives them",
})
export class WorkingCalendarYearInput {
  @Field(() => Int, { description: 'e.g. 2027' })
  year!: number;

  @Field(() => [String], {
    description:
      'Every day off of the year, YYYY-MM-DD (at least one; weekends inside a holiday too)',
  })
  holidays!: string[];

  @Field(() => [String], {
    description: 'Every weekend day worked instead (调休), YYYY-MM-DD; never also a holiday',
  })
  workdays!: string[];
}
