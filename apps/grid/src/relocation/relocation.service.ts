import { type Caller, requireUser } from '@erqi/shared/util-auth';
import type { DataSource } from 'typeorm';
import { RelocationStatus } from '../household/household.entity';
import type { RelocationFigures } from './relocation.resolver';

/** 征迁/回迁 figures, counted from the households as their life events left them. */
export class RelocationService {
  constructor(private readonly dataSource: DataSource) {}

  /** Figures, not people: any signed-in caller may read them. */
  async figures(caller: Caller, communityCode: string): Promise<RelocationFigures> {
    requireUser(caller);
    const rows = (await this.dataSource.query(
      `SELECT relocation_status AS status, count(*)::int AS count FROM household
       WHERE community_code = $1 GROUP BY relocation_status`,
      [communityCode],
    )) as Array<{ status: RelocationStatus; count: number }>;
    const of = (status: RelocationStatus): number =>
      rows.find((row) => row.status === status)?.count ?? 0;
    const households = rows.reduce((total, row) => total + row.count, 0);
    const relocated =
      of(RelocationStatus.RELOCATED) +
      of(RelocationStatus.AWAITING_RETURN) +
      of(RelocationStatus.RETURNED);
    return {
      communityCode,
      households,
      relocated,
      relocatedPercent: households ? Math.round((relocated / households) * 1000) / 10 : 0,
      settledElsewhere: of(RelocationStatus.RELOCATED),
      awaitingReturn: of(RelocationStatus.AWAITING_RETURN),
      returned: of(RelocationStatus.RETURNED),
      notRelocated: of(RelocationStatus.NOT_RELOCATED),
    };
  }
}
