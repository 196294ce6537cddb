import { keysetPage, type Page } from '@erqi/shared/data-access-pagination';
import { actorOf, type Caller } from '@erqi/shared/util-auth';
import type { Clock } from '@erqi/shared/util-clock';
import { BadUserInput, Conflict, NotFound } from '@erqi/shared/util-errors';
import { shanghaiDateOf } from '@erqi/shared/util-shanghai-time';
import { isUuid } from '@erqi/shared/util-uuid';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import {
  assertMayRecordFiguresOf,
  assertMaySeeFiguresOf,
  requireFiguresReader,
  whereFiguresVisible,
} from './figures-access';
import { EnterpriseYearFigures, EnterpriseYearFiguresVersion } from './year-figures.entity';
import {
  MAX_YEARS,
  type RecordEnterpriseYearFiguresInput,
  type YearFiguresListArgs,
} from './year-figures.input';

const UNIQUE_VIOLATION = '23505';

/** 企业年度经营数据: recording an enterprise's figures for a year (every version kept) and reading them. */
export class YearFiguresService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** The figures of one year, null when none were recorded; NOT_FOUND for an unknown enterprise. */
  async get(
    caller: Caller,
    enterpriseId: string,
    year: number,
  ): Promise<EnterpriseYearFigures | null> {
    assertMaySeeFiguresOf(caller, enterpriseId);
    await this.assertEnterpriseExists(this.dataSource.manager, enterpriseId);
    return this.dataSource
      .getRepository(EnterpriseYearFigures)
      .findOneBy({ enterpriseId: enterpriseId.toLowerCase(), year });
  }

  /** The enterprise's latest `last` years with figures, newest first. */
  async history(
    caller: Caller,
    enterpriseId: string,
    last: number,
  ): Promise<EnterpriseYearFigures[]> {
    assertMaySeeFiguresOf(caller, enterpriseId);
    await this.assertEnterpriseExists(this.dataSource.manager, enterpriseId);
    return this.dataSource.getRepository(EnterpriseYearFigures).find({
      where: { enterpriseId: enterpriseId.toLowerCase() },
      order: { year: 'DESC' },
      take: Math.min(Math.max(last, 1), MAX_YEARS),
    });
  }

  /** One year's figures of every enterprise the caller may see, largest revenue first. */
  listYear(caller: Caller, args: YearFiguresListArgs): Promise<Page<EnterpriseYearFigures>> {
    const scope = requireFiguresReader(caller);
    const query = whereFiguresVisible(
      this.dataSource
        .getRepository(EnterpriseYearFigures)
        .createQueryBuilder('figures')
        .where('figures.year = :year', { year: args.year }),
      'figures',
      scope,
    );
    return keysetPage(query, args, { sortColumn: 'revenueYuan', direction: 'DESC' });
  }

  /**
   * Records a year's figures as a new version: ADMIN or the enterprise itself. Actuals only for this
   * year or past ones (Shanghai calendar); jobs filled never above jobs offered; nothing is written on a refusal.
   */
  async record(
    caller: Caller,
    input: RecordEnterpriseYearFiguresInput,
  ): Promise<EnterpriseYearFigures> {
    assertMayRecordFiguresOf(caller, input.enterpriseId);
    const now = this.clock();
    const thisYear = Number(shanghaiDateOf(now).slice(0, 4));
    if (input.year > thisYear)
      throw new BadUserInput(
        'year',
        `year ${input.year} has not begun; record actuals for ${thisYear} or earlier (next year's plan goes in plannedRevenueNextYearYuan)`,
      );
    const jobsOffered = input.jobsOffered ?? null;
    const jobsFilled = input.jobsFilled ?? null;
    if (jobsFilled !== null && (jobsOffered === null || jobsFilled > jobsOffered))
      throw new BadUserInput(
        'jobsFilled',
        jobsOffered === null
          ? 'jobsFilled needs jobsOffered: filled of how many?'
          : `jobsFilled (${jobsFilled}) must not exceed jobsOffered (${jobsOffered})`,
      );
    const enterpriseId = input.enterpriseId.toLowerCase();
    return this.dataSource
      .transaction(async (manager) => {
        await this.assertEnterpriseExists(manager, enterpriseId);
        const current = await manager
          .getRepository(EnterpriseYearFigures)
          .createQueryBuilder('figures')
          .setLock('pessimistic_write')
          .where('figures.enterprise_id = :enterpriseId AND figures.year = :year', {
            enterpriseId,
            year: input.year,
          })
          .getOne();
        const currentVersion = current?.version ?? 0;
        if (input.expectedVersion != null && input.expectedVersion !== currentVersion)
          throw new Conflict(
            `The figures of ${input.year} are at version ${currentVersion}, not ${input.expectedVersion}: read them again first`,
            { currentVersion },
          );
        const values = {
          enterpriseId,
          year: input.year,
          version: currentVersion + 1,
          revenueYuan: input.revenueYuan,
          plannedRevenueNextYearYuan: input.plannedRevenueNextYearYuan,
          jobsOffered,
          jobsFilled,
          source: input.source?.trim() || null,
          sample: false,
          recordedBy: actorOf(caller),
          recordedAt: now,
        };
        const figures = manager
          .getRepository(EnterpriseYearFigures)
          .create({ ...values, id: current?.id ?? randomUUID() });
        await manager.getRepository(EnterpriseYearFigures).save(figures);
        await manager
          .getRepository(EnterpriseYearFiguresVersion)
          .insert({ ...values, id: randomUUID() });
        return figures;
      })
      .catch((error: unknown) => {
        // Two first recordings of one year at once: the second loses, as a stale version would.
        if ((error as { driverError?: { code?: string } }).driverError?.code === UNIQUE_VIOLATION)
          throw new Conflict(
            `The figures of ${input.year} were recorded by someone else just now: read them again first`,
          );
        throw error;
      });
  }

  private async assertEnterpriseExists(
    manager: EntityManager,
    enterpriseId: string,
  ): Promise<void> {
    const rows = isUuid(enterpriseId)
      ? ((await manager.query('SELECT 1 FROM enterprise WHERE id = $1', [
          enterpriseId.toLowerCase(),
        ])) as unknown[])
      : [];
    if (rows.length === 0) throw new NotFound('Enterprise', enterpriseId, 'enterpriseId');
  }
}
