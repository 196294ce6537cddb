import { Connection } from '@erqi/shared/data-access-pagination';
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
import { ConductRule } from '../conduct-rule/conduct-rule.entity';
import { RuleFigure } from '../conduct-rule/rule-figure.type';
import type { AppealContext } from '../context';
import {
  FindingMoveArgs,
  FindingRuleFiguresArgs,
  RecordSupervisionFindingInput,
  RejectRectificationArgs,
  SupervisionFindingsArgs,
} from './supervision.input';
import { SupervisionFindingEntry } from './supervision-finding-entry.entity';
import { SupervisionFinding } from './supervision-finding.entity';

@ObjectType()
export class SupervisionFindingConnection extends Connection(SupervisionFinding) {}

@Resolver(() => SupervisionFinding)
export class SupervisionResolver {
  @Query(() => SupervisionFinding, {
    description: 'One finding of the undercover-supervision ledger (暗访督导台账)',
  })
  supervisionFinding(
    @Arg('id', () => ID) id: string,
    @Ctx() context: AppealContext,
  ): Promise<SupervisionFinding> {
    return context.supervision.get(context.caller, id);
  }

  @Query(() => SupervisionFindingConnection, {
    description:
      'The ledger, newest found first; department staff see their own department’s findings',
  })
  supervisionFindings(
    @Args(() => SupervisionFindingsArgs) args: SupervisionFindingsArgs,
    @Ctx() context: AppealContext,
  ): Promise<SupervisionFindingConnection> {
    return context.supervision.list(context.caller, args);
  }

  @Query(() => [RuleFigure], {
    description:
      'The ledger by rule of conduct (十不准 / 十必须): every rule with its findings, total and not struck off; department staff their department’s',
  })
  supervisionFindingsByRule(
    @Args(() => FindingRuleFiguresArgs) args: FindingRuleFiguresArgs,
    @Ctx() context: AppealContext,
  ): Promise<RuleFigure[]> {
    return context.supervision.figuresByRule(context.caller, args);
  }

  @Mutation(() => SupervisionFinding, {
    description:
      'SUPERVISOR or ADMIN: records a finding (OPEN) against a department, to be rectified by rectifyBy',
  })
  recordSupervisionFinding(
    @Arg('input', () => RecordSupervisionFindingInput) input: RecordSupervisionFindingInput,
    @Ctx() context: AppealContext,
  ): Promise<SupervisionFinding> {
    return context.supervision.record(context.caller, input);
  }

  @Mutation(() => SupervisionFinding, {
    description: 'DEPARTMENT_STAFF of the finding’s department: OPEN → RECTIFYING',
  })
  startRectification(
    @Args(() => FindingMoveArgs) { id, note }: FindingMoveArgs,
    @Ctx() context: AppealContext,
  ): Promise<SupervisionFinding> {
    return context.supervision.move(context.caller, 'startRectification', id, note);
  }

  @Mutation(() => SupervisionFinding, {
    description: 'DEPARTMENT_STAFF of the finding’s department: RECTIFYING → RECTIFIED',
  })
  reportRectified(
    @Args(() => FindingMoveArgs) { id, note }: FindingMoveArgs,
    @Ctx() context: AppealContext,
  ): Promise<SupervisionFinding> {
    return context.supervision.move(context.caller, 'reportRectified', id, note);
  }

  @Mutation(() => SupervisionFinding, {
    description: 'SUPERVISOR or ADMIN: RECTIFIED → VERIFIED, struck off the ledger (对账销号)',
  })
  verifyFinding(
    @Args(() => FindingMoveArgs) { id, note }: FindingMoveArgs,
    @Ctx() context: AppealContext,
  ): Promise<SupervisionFinding> {
    return context.supervision.move(context.caller, 'verifyFinding', id, note);
  }

  @Mutation(() => SupervisionFinding, {
    description:
      'SUPERVISOR or ADMIN: RECTIFIED → RECTIFYING, with the reason and optionally a new deadline',
  })
  rejectRectification(
    @Args(() => RejectRectificationArgs) { id, note, rectifyBy }: RejectRectificationArgs,
    @Ctx() context: AppealContext,
  ): Promise<SupervisionFinding> {
    return context.supervision.move(context.caller, 'rejectRectification', id, note, rectifyBy);
  }

  @FieldResolver(() => ConductRule, { description: 'The rule of conduct it breaks' })
  async rule(
    @Root() finding: SupervisionFinding,
    @Ctx() context: AppealContext,
  ): Promise<ConductRule> {
    // The foreign key keeps every cited code in the catalogue.
    const rule = await context.conductRules.byCode(finding.ruleCode);
    if (!rule) throw new NotFound('ConductRule', finding.ruleCode, 'ruleCode');
    return rule;
  }

  @FieldResolver(() => [SupervisionFindingEntry], {
    description: 'Every step so far, oldest first',
  })
  history(
    @Root() finding: SupervisionFinding,
    @Ctx() context: AppealContext,
  ): Promise<SupervisionFindingEntry[]> {
    return context.loaders.findingHistory.load(finding.id);
  }
}
