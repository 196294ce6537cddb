import { Connection } from '@erqi/shared/data-access-pagination';
import { Arg, Args, Ctx, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { AppealContext } from '../context';
import { AdviceNotesArgs, RespondToAdviceArgs, WriteAdviceNoteInput } from './advice.input';
import { AdviceNote } from './advice-note.entity';

@ObjectType()
export class AdviceNoteConnection extends Connection(AdviceNote) {}

@Resolver(() => AdviceNote)
export class AdviceResolver {
  @Query(() => AdviceNote, { description: 'One 顾问团 advice note' })
  adviceNote(@Arg('id', () => ID) id: string, @Ctx() context: AppealContext): Promise<AdviceNote> {
    return context.advice.get(context.caller, id);
  }

  @Query(() => AdviceNoteConnection, {
    description:
      '顾问团 advice, newest first: ADMIN, SUPERVISOR, LEADER all; an ADVISER its own; DEPARTMENT_STAFF those to their department',
  })
  adviceNotes(
    @Args(() => AdviceNotesArgs) args: AdviceNotesArgs,
    @Ctx() context: AppealContext,
  ): Promise<AdviceNoteConnection> {
    return context.advice.list(context.caller, args);
  }

  @Mutation(() => AdviceNote, {
    description: 'ADVISER: an advice note to a department, answered in writing by respondBy',
  })
  writeAdviceNote(
    @Arg('input', () => WriteAdviceNoteInput) input: WriteAdviceNoteInput,
    @Ctx() context: AppealContext,
  ): Promise<AdviceNote> {
    return context.advice.write(context.caller, input);
  }

  @Mutation(() => AdviceNote, {
    description: 'DEPARTMENT_STAFF of the department addressed: the written response, once',
  })
  respondToAdviceNote(
    @Args(() => RespondToAdviceArgs) { id, response }: RespondToAdviceArgs,
    @Ctx() context: AppealContext,
  ): Promise<AdviceNote> {
    return context.advice.respond(context.caller, id, response);
  }
}
