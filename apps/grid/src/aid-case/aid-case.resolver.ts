import { Connection } from '@erqi/shared/data-access-pagination';
import { Arg, Args, Ctx, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { GridContext } from '../context';
import { AidRule } from './aid-case.entity';
import { AidCase, AidCasesArgs, ApplyForAidInput, HouseholdLedger } from './aid-case.types';

@ObjectType()
export class AidCaseConnection extends Connection(AidCase) {}

@Resolver()
export class AidCaseResolver {
  @Query(() => [AidRule], {
    description: 'The aid rules (kinds, degree levels, amounts, required proofs)',
  })
  aidRules(@Ctx() context: GridContext) {
    return context.aidCases.rules(context.caller);
  }

  @Query(() => AidCaseConnection, {
    description: 'Aid cases, newest first; a RESIDENT sees its own household’s',
  })
  aidCases(@Args(() => AidCasesArgs) args: AidCasesArgs, @Ctx() context: GridContext) {
    return context.aidCases.list(context.caller, args);
  }

  @Query(() => HouseholdLedger, {
    description: "A household's ledger of payments; a RESIDENT gets its own (householdId ignored)",
  })
  householdLedger(
    @Arg('householdId', () => ID, { nullable: true }) householdId: string | null,
    @Ctx() context: GridContext,
  ) {
    return context.aidCases.ledger(context.caller, householdId ?? null);
  }

  @Mutation(() => AidCase, {
    description: 'An aid application; BAD_USER_INPUT on proofs when one is missing',
  })
  applyForAid(
    @Arg('input', () => ApplyForAidInput) input: ApplyForAidInput,
    @Ctx() context: GridContext,
  ) {
    return context.aidCases.apply(context.caller, input);
  }

  @Mutation(() => AidCase, { description: 'COMMUNITY_STAFF: approve or reject an application' })
  reviewAidCase(
    @Arg('id', () => ID) id: string,
    @Arg('approve', () => Boolean) approve: boolean,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() context: GridContext,
  ) {
    return context.aidCases.review(context.caller, id, approve, note ?? null);
  }

  @Mutation(() => AidCase, { description: 'COMMUNITY_STAFF: pay an approved application' })
  payAidCase(@Arg('id', () => ID) id: string, @Ctx() context: GridContext) {
    return context.aidCases.pay(context.caller, id);
  }
}
