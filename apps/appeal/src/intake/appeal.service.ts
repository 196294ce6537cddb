import { randomUUID } from 'node:crypto';
import { enqueueEvents } from '@erqi/shared/data-access-events';
import { keysetPage, type Page } from '@erqi/shared/data-access-pagination';
import { actorOf, type Caller, Role, requireRole, type UserCaller } from '@erqi/shared/util-auth';
import { BadUserInput, Forbidden, NotFound, NotYetKnown } from '@erqi/shared/util-errors';
import type { DataSource, EntityManager, Repository } from 'typeorm';
import type { AppealCategoryService } from '../appeal-category/appeal-category.service';
import type { Clock } from '@erqi/shared/util-clock';
import type { DispatchService } from '../dispatch/dispatch.service';
import type { EnterpriseDirectory } from '../enterprise/enterprise-directory';
import type { LeaderLiaisons } from '../enterprise/leader-liaisons';
import { isUuid } from '@erqi/shared/util-uuid';
import { appealOutOfScope, appealScopeFilter } from '../appeal/appeal-access';
import { Appeal } from '../appeal/appeal.entity';
import { type AppealChannel, AppealStatus, submissionNote } from '../appeal/appeal.enums';
import { appealSubmittedEvent } from '../appeal/appeal.events';
import type { AppealsArgs, SubmitAppealInput } from '../appeal/appeal.input';
import { findPossibleDuplicate } from '../duplicates/duplicate-finder';
import type { WorkflowPolicy } from '../policy/workflow-policy';
import { dueAtFor } from '../policy/deadline-policy';
import { TimelineEntry } from '../appeal/timeline-entry.entity';
import { AppealDispatch } from '../dispatch/appeal-dispatch.entity';
import { checkPhotoIds, type PhotoService } from '../photo/photo.service';
import { APPEAL_SUBMITTERS } from '../policy/roles';
import { filingChannel, requireMayFileFor } from './who-files';

/** PostgreSQL's unique_violation, and the index that makes a client request id count once per submitter. */
const UNIQUE_VIOLATION = '23505';
const CLIENT_REQUEST_INDEX = 'appeal_client_request';

/** What a submission made elsewhere (a 吐槽大会 complaint) brings along. */
export interface SubmissionOptions {
  /** Writes the caller's own rows in the appeal's transaction, so both are written or neither. */
  alongside?: (manager: EntityManager, appeal: Appeal) => Promise<void>;
  /** The channel when the way in is not the filer's own (the channel table's entry point, e.g. OPEN311). */
  channel?: AppealChannel;
}

export class AppealService {
  private readonly appeals: Repository<Appeal>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly categories: AppealCategoryService,
    private readonly directories: {
      enterprises: EnterpriseDirectory;
      leaderLiaisons: LeaderLiaisons;
    },
    private readonly dispatcher: DispatchService,
    private readonly photos: PhotoService,
    private readonly clock: Clock,
    private readonly policy: WorkflowPolicy,
    /** Called after a transaction that enqueued events has committed, so they leave at once. */
    private readonly onEventsCommitted: () => void,
  ) {
    this.appeals = dataSource.getRepository(Appeal);
  }

  /** One appeal: NOT_FOUND if there is none, FORBIDDEN (and nothing of it) if it is outside the caller's scope (NOT_FOUND to a RESIDENT). */
  async get(caller: Caller, id: string): Promise<Appeal> {
    const scope = appealScopeFilter(caller, 'appeal');
    const found = isUuid(id)
      ? await this.appeals
          .createQueryBuilder('appeal')
          .addSelect(`(${scope.sql})`, 'scope_readable')
          .setParameters(scope.parameters)
          .where('appeal.id = :id', { id })
          .getRawAndEntities<{ scope_readable: boolean }>()
      : null;
    const appeal = found?.entities[0];
    if (!appeal) throw new NotFound('Appeal', id);
    if (found.raw[0]?.scope_readable !== true) throw appealOutOfScope(caller, id);
    return appeal;
  }

  /** Newest first, a page at a time, only those the caller may read (filtered in SQL, so counts and pages are right). */
  list(caller: Caller, args: AppealsArgs): Promise<Page<Appeal>> {
    const scope = appealScopeFilter(caller, 'appeal');
    const query = this.appeals.createQueryBuilder('appeal').where(scope.sql, scope.parameters);
    if (args.status) query.andWhere('appeal.status = :status', { status: args.status });
    if (args.handlingMode)
      query.andWhere('appeal.handling_mode = :handlingMode', { handlingMode: args.handlingMode });
    if (args.channel) query.andWhere('appeal.channel = :channel', { channel: args.channel });
    if (args.enterpriseId)
      query.andWhere('appeal.enterprise_id = :enterpriseId', { enterpriseId: args.enterpriseId });
    if (args.gridCellId)
      query.andWhere('appeal.grid_cell_id = :gridCellId', { gridCellId: args.gridCellId });
    return keysetPage(query, args, { sortColumn: 'submittedAt', direction: 'DESC' });
  }

  /**
   * Files a new appeal (郑好拍): checked first, then the appeal, its first timeline entry, its
   * dispatch to whoever must act and their events are written in one transaction, so a refused
   * submission leaves no trace and an accepted one is never left unannounced. An earlier appeal of
   * the same enterprise with a similar title is linked as `possibleDuplicateOf` for a worker to judge.
   * The photos listed are attached in the same transaction. With a `clientRequestId` the submitter
   * used before, the appeal it filed then is answered and nothing is written (an offline queue
   * resending after a lost answer), also when both copies arrive at once: the unique index decides.
   */
  async submit(
    caller: Caller,
    input: SubmitAppealInput,
    options: SubmissionOptions = {},
  ): Promise<Appeal> {
    const user = requireRole(caller, APPEAL_SUBMITTERS, 'file an appeal');
    if (
      (user.role === Role.ENTERPRISE || user.role === Role.EXPERIENCE_OFFICER) &&
      input.enterpriseId !== user.enterpriseId
    )
      throw new Forbidden(`A ${user.role} files appeals only for its own enterprise`);
    const channel = options.channel ?? filingChannel(user, input.channel);
    const clientRequestId = input.clientRequestId ?? null;
    if (clientRequestId !== null) {
      const earlier = await this.filedBefore(caller, user, clientRequestId, input);
      if (earlier) return earlier;
    }
    const photoIds = input.photoIds ?? [];
    checkPhotoIds(photoIds);
    const category = await this.categories.findByCode(input.category);
    if (!category)
      throw new BadUserInput(
        'category',
        'This appeal category is unknown; the query appealCategories lists the codes to use',
      );
    if (!isUuid(input.enterpriseId))
      throw new NotFound('Enterprise', input.enterpriseId, 'enterpriseId');
    // The local copy of the enterprise registry: no call to the enterprise service. An enterprise
    // registered a moment ago may not be in it yet: NOT_YET_KNOWN (retryable), nothing written.
    const enterprise = await this.directories.enterprises.findEnterprise(input.enterpriseId);
    if (!enterprise) throw new NotYetKnown('Enterprise', input.enterpriseId, 'enterpriseId');
    await requireMayFileFor(user, enterprise, this.directories.leaderLiaisons);

    const submittedAt = this.clock();
    const appeal = this.appeals.create({
      id: randomUUID(),
      title: input.title.trim(),
      description: input.description.trim(),
      status: AppealStatus.SUBMITTED,
      handlingMode: input.handlingMode,
      channel,
      categoryCode: category.code,
      enterpriseId: enterprise.id,
      gridCellId: enterprise.gridCellId,
      leadDepartmentId: null,
      submittedAt,
      dueAt: dueAtFor(
        input.handlingMode,
        submittedAt,
        this.policy.calendar,
        this.policy.handlingDeadlines,
      ),
      version: 1,
      submittedBy: user.subject,
      clientRequestId,
    });
    try {
      await this.dataSource.transaction(async (manager) => {
        appeal.possibleDuplicateOfId =
          (await findPossibleDuplicate(manager, appeal, this.policy.duplicates))?.id ?? null;
        // Dispatched in the same rows: the appeal is inserted with its lead (and the version a
        // dispatch counts up), its two timeline entries in one statement, its events in another.
        const plan = await this.dispatcher.plan(appeal, category, manager);
        const submitted = appealSubmittedEvent(appeal);
        const submissionEntry = {
          id: randomUUID(),
          appealId: appeal.id,
          at: submittedAt,
          actor: actorOf(caller),
          fromStatus: null,
          toStatus: AppealStatus.SUBMITTED,
          note: submissionNote(channel, user),
        };
        const dispatch = this.dispatcher.prepare(appeal, plan);
        appeal.leadDepartmentId = plan.lead.id;
        appeal.version += 1;
        await manager.insert(Appeal, appeal);
        await manager.insert(TimelineEntry, [submissionEntry, dispatch.timelineEntry]);
        await this.photos.attach(manager, user, appeal.id, photoIds);
        await manager.insert(AppealDispatch, dispatch.dispatches);
        await enqueueEvents(manager, [submitted, ...dispatch.events]);
        await options.alongside?.(manager, appeal);
      });
    } catch (error) {
      // The same id committed by a submission running at the same moment: this one wrote nothing.
      if (clientRequestId !== null && isClientRequestClash(error)) {
        const earlier = await this.filedBefore(caller, user, clientRequestId, input);
        if (earlier) return earlier;
      }
      throw error;
    }
    this.onEventsCommitted();
    return appeal;
  }

  /**
   * The appeal this submitter filed with this client request id, if any; the same id for a
   * different appeal (another enterprise or title) is a client's mistake, refused on the field.
   */
  private async filedBefore(
    caller: Caller,
    user: UserCaller,
    clientRequestId: string,
    input: SubmitAppealInput,
  ): Promise<Appeal | null> {
    const earlier = await this.appeals.findOneBy({ submittedBy: user.subject, clientRequestId });
    if (!earlier) return null;
    if (earlier.enterpriseId !== input.enterpriseId || earlier.title !== input.title.trim())
      throw new BadUserInput(
        'clientRequestId',
        'This client request id was already used for another appeal; make a new id for each appeal',
      );
    // Through the read rules, as any answer: a grid worker moved off the cell since gets FORBIDDEN.
    return this.get(caller, earlier.id);
  }
}

function isClientRequestClash(error: unknown): boolean {
  const driverError = (error as { driverError?: { code?: string; constraint?: string } })
    .driverError;
  return driverError?.code === UNIQUE_VIOLATION && driverError.constraint === CLIENT_REQUEST_INDEX;
}
