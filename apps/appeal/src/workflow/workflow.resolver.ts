import { Args, Ctx, Mutation, Resolver } from 'type-graphql';
import { Appeal } from '../appeal/appeal.entity';
import type { AppealContext } from '../context';
import {
  AppealStepArgs,
  AssignLeaderArgs,
  ChangeHandlingModeArgs,
  EvaluateAppealArgs,
  ProgressNoteArgs,
  ReopenAppealArgs,
  ResolveAppealArgs,
  ResolveDuplicateArgs,
  TransferAppealArgs,
} from './workflow.input';

const RULES =
  'UNAUTHENTICATED without a token, FORBIDDEN for a role or scope that may not, CONFLICT (with extensions.currentStatus) from a status that does not allow it';

/** The closed loop's steps, one mutation each; the rules live in WorkflowService. */
@Resolver(() => Appeal)
export class WorkflowResolver {
  @Mutation(() => Appeal, {
    description: `集中受理: SUBMITTED → ACCEPTED. Grid worker of the cell, lead department staff, leader, admin. ${RULES}`,
  })
  acceptAppeal(
    @Args(() => AppealStepArgs) { id, note }: AppealStepArgs,
    @Ctx() context: AppealContext,
  ): Promise<Appeal> {
    return context.workflow.accept(context.caller, id, note);
  }

  @Mutation(() => Appeal, {
    description: `直办: ACCEPTED or REOPENED → HANDLING. Lead department staff, leader, admin. LEDGER needs a leader; JOINT an assisting department. ${RULES}`,
  })
  handleAppeal(
    @Args(() => AppealStepArgs) { id, note }: AppealStepArgs,
    @Ctx() context: AppealContext,
  ): Promise<Appeal> {
    return context.workflow.handle(context.caller, id, note);
  }

  @Mutation(() => Appeal, {
    description: `转办: to TRANSFERRED, dispatched anew to the departments named (the first leads). Lead department staff, leader, admin. ${RULES}`,
  })
  transferAppeal(
    @Args(() => TransferAppealArgs) { id, departmentCodes, note }: TransferAppealArgs,
    @Ctx() context: AppealContext,
  ): Promise<Appeal> {
    return context.workflow.transfer(context.caller, id, departmentCodes, note);
  }

  @Mutation(() => Appeal, {
    description: `结案反馈: HANDLING, TRANSFERRED or REOPENED → RESOLVED. Lead department staff, leader, admin. JOINT waits for every department to report in; TRACKED needs a progress note. ${RULES}`,
  })
  resolveAppeal(
    @Args(() => ResolveAppealArgs) { id, feedback }: ResolveAppealArgs,
    @Ctx() context: AppealContext,
  ): Promise<Appeal> {
    return context.workflow.resolve(context.caller, id, feedback);
  }

  @Mutation(() => Appeal, {
    description: `评价回访: RESOLVED → EVALUATED (3–5) or back to REOPENED with a new deadline (1–2). The enterprise itself or its grid worker. ${RULES}`,
  })
  evaluateAppeal(
    @Args(() => EvaluateAppealArgs) { id, rating, comment }: EvaluateAppealArgs,
    @Ctx() context: AppealContext,
  ): Promise<Appeal> {
    return context.workflow.evaluate(context.caller, id, rating, comment);
  }

  @Mutation(() => Appeal, {
    description: `整改提升: RESOLVED or EVALUATED → REOPENED, with a new deadline from now. Supervisor, leader, admin. ${RULES}`,
  })
  reopenAppeal(
    @Args(() => ReopenAppealArgs) { id, reason }: ReopenAppealArgs,
    @Ctx() context: AppealContext,
  ): Promise<Appeal> {
    return context.workflow.reopen(context.caller, id, reason);
  }

  @Mutation(() => Appeal, {
    description: `办结: EVALUATED → CLOSED. Grid worker of the cell, supervisor, admin. ${RULES}`,
  })
  closeAppeal(
    @Args(() => AppealStepArgs) { id, note }: AppealStepArgs,
    @Ctx() context: AppealContext,
  ): Promise<Appeal> {
    return context.workflow.close(context.caller, id, note);
  }

  @Mutation(() => Appeal, {
    description: `跟踪盯办: appends a progress note while the case is in handling. Grid worker of the cell, lead department staff, leader, admin. ${RULES}`,
  })
  addProgressNote(
    @Args(() => ProgressNoteArgs) { id, note }: ProgressNoteArgs,
    @Ctx() context: AppealContext,
  ): Promise<Appeal> {
    return context.workflow.addProgressNote(context.caller, id, note);
  }

  @Mutation(() => Appeal, {
    description: `建账领办: puts the case on a leader's ledger, by the leader's id (LEDGER cases need one before handling). ADMIN names any leader; a LEADER claims a case it already sees (leaderId left out) or hands on one of its own ledger. ${RULES}`,
  })
  assignLeader(
    @Args(() => AssignLeaderArgs) { id, leaderId, leaderName }: AssignLeaderArgs,
    @Ctx() context: AppealContext,
  ): Promise<Appeal> {
    return context.workflow.assignLeader(context.caller, id, leaderId, leaderName);
  }

  @Mutation(() => Appeal, {
    description: `Changes the handling mode (急难愁盼) with a required reason, written on the timeline; the deadline stands. SUPERVISOR, or a LEADER on a case it sees. ${RULES}`,
  })
  changeHandlingMode(
    @Args(() => ChangeHandlingModeArgs) { appealId, mode, reason }: ChangeHandlingModeArgs,
    @Ctx() context: AppealContext,
  ): Promise<Appeal> {
    return context.workflow.changeHandlingMode(context.caller, appealId, mode, reason);
  }

  @Mutation(() => Appeal, {
    description: `A possible duplicate: MERGE closes it as MERGED (SUBMITTED or ACCEPTED only), KEEP clears the flag. Grid worker of the cell, admin. ${RULES}`,
  })
  resolveDuplicate(
    @Args(() => ResolveDuplicateArgs) { id, action }: ResolveDuplicateArgs,
    @Ctx() context: AppealContext,
  ): Promise<Appeal> {
    return context.workflow.resolveDuplicate(context.caller, id, action);
  }
}
