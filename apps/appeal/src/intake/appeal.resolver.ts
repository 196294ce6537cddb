import { Connection } from '@erqi/shared/data-access-pagination';
import { maskName } from '@erqi/shared/util-auth';
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
import { AppealDispatch } from '../dispatch/appeal-dispatch.entity';
import { Enterprise } from '../enterprise/enterprise.entity';
import { GridCell } from '../grid-cell/grid-cell.entity';
import { AppealEvaluation } from '../appeal/appeal-evaluation';
import { Appeal } from '../appeal/appeal.entity';
import { AppealsArgs, SubmitAppealInput } from '../appeal/appeal.input';
import { TimelineEntry } from '../appeal/timeline-entry.entity';
import { entryForResident, isResident } from '../appeal/resident-view';

@ObjectType()
export class AppealConnection extends Connection(Appeal) {}

@Resolver(() => Appeal)
export class AppealResolver {
  @Query(() => Appeal, {
    description:
      'One appeal by id; NOT_FOUND if there is none, FORBIDDEN outside the caller’s scope, UNAUTHENTICATED without a token',
  })
  appeal(@Arg('id', () => ID) id: string, @Ctx() context: AppealContext): Promise<Appeal> {
    return context.appeals.get(context.caller, id);
  }

  @Query(() => AppealConnection, {
    description:
      'The appeals the caller may see (docs/ACCESS.md), newest first, a page at a time; UNAUTHENTICATED without a token',
  })
  appeals(
    @Args(() => AppealsArgs) args: AppealsArgs,
    @Ctx() context: AppealContext,
  ): Promise<AppealConnection> {
    return context.appeals.list(context.caller, args);
  }

  @Mutation(() => Appeal, {
    description:
      'Files a new appeal (郑好拍); it starts SUBMITTED with a deadline set by its handling mode. An enterprise for itself, a grid worker for its cells’ enterprises, leader, admin; others FORBIDDEN',
  })
  submitAppeal(
    @Arg('input', () => SubmitAppealInput) input: SubmitAppealInput,
    @Ctx() context: AppealContext,
  ): Promise<Appeal> {
    return context.appeals.submit(context.caller, input);
  }

  @FieldResolver(() => AppealCategory)
  async category(@Root() appeal: Appeal, @Ctx() context: AppealContext): Promise<AppealCategory> {
    const category = await context.loaders.category.load(appeal.categoryCode);
    if (!category) throw new NotFound('AppealCategory', appeal.categoryCode, 'category');
    return category;
  }

  @FieldResolver(() => Enterprise)
  enterprise(@Root() appeal: Appeal): Enterprise {
    return { id: appeal.enterpriseId };
  }

  @FieldResolver(() => GridCell, {
    description: 'The grid cell of the enterprise when the appeal was filed',
  })
  gridCell(@Root() appeal: Appeal): GridCell {
    return { id: appeal.gridCellId };
  }

  @FieldResolver(() => Department, {
    nullable: true,
    description: 'The department leading the case; null until it is dispatched',
  })
  leadDepartment(@Root() appeal: Appeal): Department | null {
    return appeal.leadDepartmentId ? { id: appeal.leadDepartmentId } : null;
  }

  @FieldResolver(() => AppealEvaluation, {
    nullable: true,
    description: 'The latest evaluation (评价回访); null until there is one',
  })
  evaluation(@Root() appeal: Appeal, @Ctx() context: AppealContext): AppealEvaluation | null {
    // The enterprise's verdict on the handling is not a resident's to read.
    if (isResident(context.caller)) return null;
    if (appeal.evaluationRating === null || !appeal.evaluatedAt) return null;
    return {
      rating: appeal.evaluationRating,
      comment: appeal.evaluationComment,
      at: appeal.evaluatedAt,
    };
  }

  @FieldResolver(() => Appeal, {
    nullable: true,
    description:
      'An earlier appeal of the same enterprise with a similar title; resolveDuplicate(KEEP) clears it, MERGE closes this one and keeps the link. Null when the caller may not see it',
  })
  async possibleDuplicateOf(
    @Root() appeal: Appeal,
    @Ctx() context: AppealContext,
  ): Promise<Appeal | null> {
    if (!appeal.possibleDuplicateOfId) return null;
    // A link the caller may not follow is hidden like an item filtered from a list: no error that would tell it exists.
    const found = await context.loaders.appeal.load(appeal.possibleDuplicateOfId);
    return found?.readable ? found.appeal : null;
  }

  @FieldResolver(() => [TimelineEntry], {
    description: 'Every step so far (办理轨迹), oldest first',
  })
  async timeline(@Root() appeal: Appeal, @Ctx() context: AppealContext): Promise<TimelineEntry[]> {
    const entries = await context.loaders.timelineByAppeal.load(appeal.id);
    return isResident(context.caller)
      ? entries.map((entry) => entryForResident(entry, appeal.leaderName))
      : entries;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'The name of the leader whose ledger the case is on, as shown; masked (张*) to a RESIDENT',
  })
  leaderName(@Root() appeal: Appeal, @Ctx() context: AppealContext): string | null {
    if (appeal.leaderName === null || !isResident(context.caller)) return appeal.leaderName;
    return maskName(appeal.leaderName);
  }

  @FieldResolver(() => [AppealDispatch], {
    description:
      'Who was asked to act (派单): the lead, assisting departments and volunteer teams, in dispatch order',
  })
  dispatches(@Root() appeal: Appeal, @Ctx() context: AppealContext): Promise<AppealDispatch[]> {
    return context.loaders.dispatchesByAppeal.load(appeal.id);
  }
}
