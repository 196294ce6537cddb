import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GridContext } from '../context';
import {
  BirthdayVisit,
  BirthdayVisitList,
  CommunitySuggestion,
  RecordBirthdayVisitInput,
} from './birthday-visit.types';

@Resolver()
export class BirthdayVisitResolver {
  @Query(() => BirthdayVisitList, {
    description: "生日慰问: the month's residents turning 80 or more, with the visits recorded",
  })
  birthdayVisits(
    @Arg('month', () => String, { description: 'YYYY-MM' }) month: string,
    @Ctx() context: GridContext,
  ) {
    return context.birthdayVisits.list(context.caller, month);
  }

  @Mutation(() => BirthdayVisit, {
    description:
      'COMMUNITY_STAFF: a birthday visit with its 意见表; a suggestion becomes an appeal in the same step',
  })
  recordBirthdayVisit(
    @Arg('input', () => RecordBirthdayVisitInput) input: RecordBirthdayVisitInput,
    @Ctx() context: GridContext,
  ) {
    return context.birthdayVisits.record(context.caller, input);
  }

  @Query(() => [CommunitySuggestion], {
    description:
      "A household's suggestions and the appeals they became; a RESIDENT gets its own suggestions (their appeals are open to it)",
  })
  communitySuggestions(
    @Arg('householdId', () => ID, { nullable: true }) householdId: string | null,
    @Ctx() context: GridContext,
  ) {
    return context.birthdayVisits.suggestions(context.caller, householdId ?? null);
  }
}
