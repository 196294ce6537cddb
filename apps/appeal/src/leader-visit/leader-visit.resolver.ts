import { Connection, type Page } from '@erqi/shared/data-access-pagination';
import { Arg, Args, Ctx, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { AppealContext } from '../context';
import { LeaderVisit } from './leader-visit.entity';
import { LeaderVisitsArgs, LogLeaderVisitInput } from './leader-visit.input';

@ObjectType()
export class LeaderVisitConnection extends Connection(LeaderVisit) {}

@Resolver(() => LeaderVisit)
export class LeaderVisitResolver {
  @Query(() => LeaderVisitConnection, {
    description:
      '调研 visits, newest logged first: a LEADER its own; SUPERVISOR and ADMIN every leader’s',
  })
  leaderVisits(
    @Args(() => LeaderVisitsArgs) args: LeaderVisitsArgs,
    @Ctx() context: AppealContext,
  ): Promise<Page<LeaderVisit>> {
    return context.leaderVisits.list(context.caller, args);
  }

  @Mutation(() => LeaderVisit, {
    description:
      '调研 (深入一线): a LEADER logs a visit linked to cases it sees; each case’s timeline shows it. BAD_USER_INPUT names the field at fault, and nothing is written',
  })
  logLeaderVisit(
    @Arg('input', () => LogLeaderVisitInput) input: LogLeaderVisitInput,
    @Ctx() context: AppealContext,
  ): Promise<LeaderVisit> {
    return context.leaderVisits.log(context.caller, input);
  }
}
