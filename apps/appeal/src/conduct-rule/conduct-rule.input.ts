import { PageArgs } from '@erqi/shared/data-access-pagination';
import { ArgsType, Field } from 'type-graphql';
import { ConductRuleKind } from './conduct-rule.enums';

@ArgsType()
export class ConductRulesArgs extends PageArgs {
  @Field(() => ConductRuleKind, { nullable: true, description: 'Only 十不准 or only 十必须' })
  kind?: ConductRuleKind | null;
}
