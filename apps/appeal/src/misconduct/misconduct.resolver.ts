import { Connection } from '@erqi/shared/data-access-pagination';
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
import { ConductRule } from '../conduct-rule/conduct-rule.entity';
import type { AppealContext } from '../context';
import { MisconductCaseEntry } from './misconduct-case-entry.entity';
import { MisconductCase } from './misconduct-case.entity';
import { MisconductFigures } from './misconduct-figures.type';
import { nextStepOf } from './misconduct-steps';
import { MisconductStep } from './misconduct.enums';
import {
  AdvanceMisconductCaseArgs,
  MisconductCasesArgs,
  ReportMisconductCaseInput,
  ReviewMisconductCaseArgs,
} from './misconduct.input';

@ObjectType()
export class MisconductCaseConnection extends Connection(MisconductCase) {}

@Resolver(() => MisconductCase)
export class MisconductResolver {
  @Query(() => MisconductCase, {
    description:
      'One misconduct case (违法违纪案件): DISCIPLINE_OFFICER any, a SUPERVISOR the ones it reported; NOT_FOUND for everyone else',
  })
  misconductCase(
    @Arg('id', () => ID) id: string,
    @Ctx() context: AppealContext,
  ): Promise<MisconductCase> {
    return context.misconduct.get(context.caller, id);
  }

  @Query(() => MisconductCaseConnection, {
    description:
      'Misconduct cases, newest first: DISCIPLINE_OFFICER all, a SUPERVISOR its own reports, every other role none',
  })
  misconductCases(
    @Args(() => MisconductCasesArgs) args: MisconductCasesArgs,
    @Ctx() context: AppealContext,
  ): Promise<MisconductCaseConnection> {
    return context.misconduct.list(context.caller, args);
  }

  @Query(() => MisconductFigures, {
    description: '问题讲评 figures by department and by rule (DISCIPLINE_OFFICER)',
  })
  misconductFigures(@Ctx() context: AppealContext): Promise<MisconductFigures> {
    return context.misconduct.figures(context.caller);
  }

  @Mutation(() => MisconductCase, {
    description:
      'SUPERVISOR reports, DISCIPLINE_OFFICER files, a misconduct case (REPORTED) citing the rules broken',
  })
  reportMisconductCase(
    @Arg('input', () => ReportMisconductCaseInput) input: ReportMisconductCaseInput,
    @Ctx() context: AppealContext,
  ): Promise<MisconductCase> {
    return context.misconduct.report(context.caller, input);
  }

  @Mutation(() => MisconductCase, {
    description:
      'DISCIPLINE_OFFICER: the case’s next step of 集中受理 → 直办转办 → 调查处理 → 结案反馈 → 评价回访 → 整改提升, with a note; CONFLICT out of order',
  })
  advanceMisconductCase(
    @Args(() => AdvanceMisconductCaseArgs) { id, step, note }: AdvanceMisconductCaseArgs,
    @Ctx() context: AppealContext,
  ): Promise<MisconductCase> {
    return context.misconduct.advance(context.caller, id, step, note);
  }

  @Mutation(() => MisconductCase, {
    description:
      'DISCIPLINE_OFFICER: the 讲评 report (review and lessons) once the six steps are done (RECTIFIED → REVIEWED)',
  })
  reviewMisconductCase(
    @Args(() => ReviewMisconductCaseArgs) { id, review, lessons }: ReviewMisconductCaseArgs,
    @Ctx() context: AppealContext,
  ): Promise<MisconductCase> {
    return context.misconduct.review(context.caller, id, review, lessons);
  }

  @FieldResolver(() => [ConductRule], { description: 'The rules of conduct broken' })
  async rules(
    @Root() found: MisconductCase,
    @Ctx() context: AppealContext,
  ): Promise<ConductRule[]> {
    const codes = await context.loaders.misconductRuleCodes.load(found.id);
    const catalogue = await context.conductRules.all();
    return codes.flatMap((code) => catalogue.get(code) ?? []);
  }

  @FieldResolver(() => MisconductStep, {
    nullable: true,
    description: 'The step to take next; null once all six are done',
  })
  nextStep(@Root() found: MisconductCase): MisconductStep | null {
    return nextStepOf(found.status);
  }

  @FieldResolver(() => [MisconductCaseEntry], { description: 'Every step so far, oldest first' })
  history(
    @Root() found: MisconductCase,
    @Ctx() context: AppealContext,
  ): Promise<MisconductCaseEntry[]> {
    return context.loaders.misconductHistory.load(found.id);
  }
}
