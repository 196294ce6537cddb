import { Connection } from '@erqi/shared/data-access-pagination';
import { Role, requireRole } from '@erqi/shared/util-auth';
import { NotFound } from '@erqi/shared/util-errors';
import {
  Arg,
  Args,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { AppealCategory } from '../appeal-category/appeal-category.entity';
import type { AppealContext } from '../context';
import { Department } from '../department/department.entity';
import { GridCell } from '../grid-cell/grid-cell.entity';
import { DispatchRule } from './dispatch-rule.entity';
import {
  CreateDispatchRuleInput,
  DispatchRulesArgs,
  UpdateDispatchRuleArgs,
} from './dispatch-rule.input';

@ObjectType()
export class DispatchRuleConnection extends Connection(DispatchRule) {}

/** Who reads the dispatch rules, and who changes them. */
const RULE_READERS: readonly Role[] = [Role.SUPERVISOR, Role.ADMIN];
const RULE_WRITERS: readonly Role[] = [Role.ADMIN];

@Resolver(() => DispatchRule)
export class DispatchRuleResolver {
  @Query(() => DispatchRuleConnection, {
    description: 'The dispatch rules, oldest first, a page at a time (SUPERVISOR, ADMIN)',
  })
  dispatchRules(
    @Args(() => DispatchRulesArgs) args: DispatchRulesArgs,
    @Ctx() context: AppealContext,
  ): Promise<DispatchRuleConnection> {
    requireRole(context.caller, RULE_READERS, 'read the dispatch rules');
    return context.dispatchRules.list(args);
  }

  @Mutation(() => DispatchRule, {
    description: 'Adds a dispatch rule; department codes are checked with the grid service (ADMIN)',
  })
  createDispatchRule(
    @Arg('input', () => CreateDispatchRuleInput) input: CreateDispatchRuleInput,
    @Ctx() context: AppealContext,
  ): Promise<DispatchRule> {
    requireRole(context.caller, RULE_WRITERS, 'change the dispatch rules');
    return context.dispatchRules.create(input);
  }

  @Mutation(() => DispatchRule, {
    description:
      'Changes a dispatch rule; appeals already dispatched keep their departments (ADMIN)',
  })
  updateDispatchRule(
    @Args(() => UpdateDispatchRuleArgs) { id, input }: UpdateDispatchRuleArgs,
    @Ctx() context: AppealContext,
  ): Promise<DispatchRule> {
    requireRole(context.caller, RULE_WRITERS, 'change the dispatch rules');
    return context.dispatchRules.update(id, input);
  }

  @Mutation(() => DispatchRule, {
    description: 'Removes a dispatch rule and answers it as it was (ADMIN)',
  })
  deleteDispatchRule(
    @Arg('id', () => ID) id: string,
    @Ctx() context: AppealContext,
  ): Promise<DispatchRule> {
    requireRole(context.caller, RULE_WRITERS, 'change the dispatch rules');
    return context.dispatchRules.delete(id);
  }

  @FieldResolver(() => AppealCategory)
  async category(
    @Root() rule: DispatchRule,
    @Ctx() context: AppealContext,
  ): Promise<AppealCategory> {
    const category = await context.loaders.category.load(rule.categoryCode);
    if (!category) throw new NotFound('AppealCategory', rule.categoryCode, 'category');
    return category;
  }

  @FieldResolver(() => GridCell, {
    nullable: true,
    description: 'The only cell the rule applies in; null: every cell without a rule of its own',
  })
  gridCell(@Root() rule: DispatchRule): GridCell | null {
    return rule.gridCellId ? { id: rule.gridCellId } : null;
  }

  @FieldResolver(() => Department, { description: 'The lead department (牵头部门)' })
  leadDepartment(@Root() rule: DispatchRule): Department {
    return { id: rule.leadDepartmentId };
  }

  @FieldResolver(() => [Department], {
    description: 'The assisting departments (协办部门), in order',
  })
  assistingDepartments(@Root() rule: DispatchRule): Department[] {
    return rule.assistingDepartments.map(({ id }) => ({ id }));
  }

  @FieldResolver(() => [String], {
    description: 'The codes of the assisting departments, in the same order',
  })
  assistingDepartmentCodes(@Root() rule: DispatchRule): string[] {
    return rule.assistingDepartments.map(({ code }) => code);
  }
}
