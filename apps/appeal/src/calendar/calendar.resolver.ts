import { Arg, Ctx, Field, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { requireRole, Role } from '@erqi/shared/util-auth';
import type { AppealContext } from '../context';
import { WorkingCalendarYearInput } from './calendar.input';

@ObjectType({ description: 'A year of the working calendar as set in the database' })
export class WorkingCalendarYear {
  @Field(() => Int)
  year!: number;

  @Field(() => [String], { description: 'Public holidays (法定节假日), YYYY-MM-DD, in order' })
  holidays!: string[];

  @Field(() => [String], { description: 'Make-up working days (调休上班), YYYY-MM-DD, in order' })
  workdays!: string[];

  @Field(() => String, { description: 'Who set it' })
  setBy!: string;

  @Field(() => GraphQLDateTime)
  setAt!: Date;
}

@Resolver()
export class CalendarResolver {
  @Mutation(() => WorkingCalendarYear, {
    description:
      "ADMIN: sets a year's holidays and make-up working days; they replace the published data for that year, and deadlines counted from now on use them",
  })
  async setWorkingCalendarYear(
    @Arg('input', () => WorkingCalendarYearInput) input: WorkingCalendarYearInput,
    @Ctx() context: AppealContext,
  ): Promise<WorkingCalendarYear> {
    const admin = requireRole(context.caller, [Role.ADMIN], "set the working calendar's years");
    return context.calendar.setYear(admin, input);
  }
}
