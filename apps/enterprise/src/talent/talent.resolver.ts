import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { EnterpriseContext } from '../context';
import { TalentRecognition } from './talent-recognition.entity';
import {
  RecordTalentRecognitionInput,
  SetTalentTargetInput,
  TalentFiguresArgs,
} from './talent.input';
import { TalentFigure } from './talent.types';

@Resolver()
export class TalentResolver {
  @Query(() => [TalentFigure], {
    description:
      '双招双引: each talent category’s count in the year against its target; LEADER, SUPERVISOR, ADMIN',
  })
  talentFigures(
    @Args(() => TalentFiguresArgs) args: TalentFiguresArgs,
    @Ctx() context: EnterpriseContext,
  ): Promise<TalentFigure[]> {
    return context.talents.figures(context.caller, args.year);
  }

  @Mutation(() => TalentRecognition, {
    description: 'Records talents recognised in one category; HUMAN_RESOURCES staff or ADMIN',
  })
  recordTalentRecognition(
    @Arg('input', () => RecordTalentRecognitionInput) input: RecordTalentRecognitionInput,
    @Ctx() context: EnterpriseContext,
  ): Promise<TalentRecognition> {
    return context.talents.record(context.caller, input);
  }

  @Mutation(() => TalentFigure, { description: "Sets a year's target for a category; ADMIN" })
  setTalentTarget(
    @Arg('input', () => SetTalentTargetInput) input: SetTalentTargetInput,
    @Ctx() context: EnterpriseContext,
  ): Promise<TalentFigure> {
    return context.talents.setTarget(context.caller, input);
  }
}
