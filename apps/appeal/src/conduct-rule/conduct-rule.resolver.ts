import { Connection } from '@erqi/shared/data-access-pagination';
import { Args, Ctx, ObjectType, Query, Resolver } from 'type-graphql';
import type { AppealContext } from '../context';
import { ConductRule } from './conduct-rule.entity';
import { ConductRulesArgs } from './conduct-rule.input';

@ObjectType()
export class ConductRuleConnection extends Connection(ConductRule) {}

@Resolver(() => ConductRule)
export class ConductRuleResolver {
  @Query(() => ConductRuleConnection, {
    description:
      '无事不扰十不准 and 有事办好十必须, prohibitions first (any signed-in user); fromSource marks the ones the source names',
  })
  conductRules(
    @Args(() => ConductRulesArgs) args: ConductRulesArgs,
    @Ctx() context: AppealContext,
  ): Promise<ConductRuleConnection> {
    return context.conductRules.list(context.caller, args);
  }
}
