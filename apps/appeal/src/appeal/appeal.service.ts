import { randomUUID } from 'node:crypto';
import { enqueueEvents } from '@erqi/shared/data-access-events';
import { keysetPage, type Page } from '@erqi/shared/data-access-pagination';
import { BadUserInput, NotFound } from '@erqi/shared/util-errors';
import type { DataSource, Repository } from 'typeorm';
import type { AppealCategoryService } from '../appeal-category/appeal-category.service';
import type { Clock } from '../clock';
import type { DispatchService } from '../dispatch/dispatch.service';
import type { EnterpriseDirectory } from '../enterprise/enterprise-directory';
import { isUuid } from '../uuid';
import { Appeal } from './appeal.entity';
import { AppealStatus, CHANNEL_ACTORS, submissionNote } from './appeal.enums';
import { appealSubmittedEvent } from './appeal.events';
import type { AppealsArgs, SubmitAppealInput } from './appeal.input';
import { findPossibleDuplicate } from '../duplicates/duplicate-finder';
import type { WorkflowPolicy } from '../workflow/policy';
import { dueAtFor } from './deadline-policy';
import { TimelineEntry } from './timeline-entry.entity';

export class AppealService {
  private readonly appeals: Repository<Appeal>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly categories: AppealCategoryService,
    private readonly enterpriseDirectory: EnterpriseDirectory,
    private readonly dispatcher: DispatchService,
    private readonly clock: Clock,
    private readonly policy: WorkflowPolicy,
    /** Called after a transaction that enqueued events has committed, so they leave at once. */
    private readonly onEventsCommitted: () => void,
  ) {
    this.appeals = dataSource.getRepository(Appeal);
  }

  async get(id: string): Promise<Appeal> {
    const appeal = isUuid(id) ? await this.appeals.findOneBy({ id }) : null;
    if (!appeal) throw new NotFound('Appeal', id);
    return appeal;
  }

  /** Newest first, a page at a time. */
  list(args: AppealsArgs): Promise<Page<Appeal>> {
    const query = this.appeals.createQueryBuilder('appeal');
    if (args.status) query.andWhere('appeal.status = :status', { status: args.status });
    if (args.handlingMode) query.andWhere('appeal.handling_mode = :handlingMode', { handlingMode: args.handlingMode });
    if (args.channel) query.andWhere('appeal.channel = :channel', { channel: args.channel });
    if (args.enterpriseId) query.andWhere('appeal.enterprise_id = :enterpriseId', { enterpriseId: args.enterpriseId });
    if (args.gridCellId) query.andWhere('appeal.grid_cell_id = :gridCellId', { gridCellId: args.gridCellId });
    return keysetPage(query, args, { sortColumn: 'submittedAt', direction: 'DESC' });
  }

  /**
   * Files a new appeal (郑好拍): checked first, then the appeal, its first timeline entry, its
   * dispatch to whoever must act and their events are written in one transaction, so a refused
   * submission leaves no trace and an accepted one is never left unannounced. An earlier appeal of
   * the same enterprise with a similar title is linked as `possibleDuplicateOf` for a worker to judge.
   */
  async submit(input: SubmitAppealInput): Promise<Appeal> {
    const category = await this.categories.findByCode(input.category);
    if (!category) throw new BadUserInput('category', 'This appeal category is unknown; the query appealCategories lists the codes to use');
    const enterprise = isUuid(input.enterpriseId) ? await this.enterpriseDirectory.findEnterprise(input.enterpriseId) : null;
    if (!enterprise) throw new NotFound('Enterprise', input.enterpriseId, 'enterpriseId');

    const submittedAt = this.clock();
    const appeal = this.appeals.create({
      id: randomUUID(),
      title: input.title.trim(),
      description: input.description.trim(),
      status: AppealStatus.SUBMITTED,
      handlingMode: input.handlingMode,
      channel: input.channel,
      categoryCode: category.code,
      enterpriseId: enterprise.id,
      gridCellId: enterprise.gridCellId,
      leadDepartmentId: null,
      submittedAt,
      dueAt: dueAtFor(input.handlingMode, submittedAt, this.policy.calendar, this.policy.handlingDeadlines),
      version: 1,
    });
    await this.dataSource.transaction(async (manager) => {
      appeal.possibleDuplicateOfId = (await findPossibleDuplicate(manager, appeal, this.policy.duplicates))?.id ?? null;
      await manager.insert(Appeal, appeal);
      await manager.insert(TimelineEntry, {
        id: randomUUID(),
        appealId: appeal.id,
        at: submittedAt,
        actor: CHANNEL_ACTORS[input.channel],
        fromStatus: null,
        toStatus: AppealStatus.SUBMITTED,
        note: submissionNote(input.channel),
      });
      await enqueueEvents(manager, [appealSubmittedEvent(appeal)]);
      await this.dispatcher.dispatch(appeal, manager);
    });
    this.onEventsCommitted();
    return appeal;
  }
}
