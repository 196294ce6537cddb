import { keysetPage, type Page, type PageArgs } from '@erqi/shared/data-access-pagination';
import type { Caller } from '@erqi/shared/util-auth';
import { Forbidden, NotFound } from '@erqi/shared/util-errors';
import { isUuid } from '@erqi/shared/util-uuid';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { type AllianceScope, requireAllianceReader } from './alliance-access';
import { AllianceMember, EnterpriseAlliance } from './alliance.entity';
import type { AllianceYearTotals } from './alliance.types';

/** A member at some time in the year: joined by its last day, not left before its first. */
const MEMBER_IN_YEAR =
  'member.joined_on <= make_date(CAST(:year AS integer), 12, 31) AND (member.left_on IS NULL OR member.left_on >= make_date(CAST(:year AS integer), 1, 1))';

/** 企业联盟: alliances, their members and their yearly totals. */
export class AllianceService {
  constructor(private readonly dataSource: DataSource) {}

  /** One alliance; NOT_FOUND if unknown, FORBIDDEN to an enterprise that is not a member. */
  async get(caller: Caller, id: string): Promise<EnterpriseAlliance> {
    const scope = requireAllianceReader(caller);
    const alliance = isUuid(id)
      ? await this.dataSource.getRepository(EnterpriseAlliance).findOneBy({ id: id.toLowerCase() })
      : null;
    if (!alliance) {
      // An enterprise learns nothing of an alliance it does not belong to, not even that it is missing.
      if (scope.kind === 'member')
        throw new Forbidden('An enterprise sees only the alliances it belongs to');
      throw new NotFound('EnterpriseAlliance', id);
    }
    if (scope.kind === 'member' && !(await this.isMember(alliance.id, scope.enterpriseId)))
      throw new Forbidden('An enterprise sees only the alliances it belongs to');
    return alliance;
  }

  /** The alliances the caller may see, by name. */
  list(caller: Caller, args: PageArgs): Promise<Page<EnterpriseAlliance>> {
    const scope = requireAllianceReader(caller);
    const query = this.dataSource.getRepository(EnterpriseAlliance).createQueryBuilder('alliance');
    if (scope.kind === 'member')
      query.where(
        'EXISTS (SELECT 1 FROM enterprise_alliance_member member WHERE member.alliance_id = alliance.id AND member.enterprise_id = :memberId)',
        { memberId: scope.enterpriseId },
      );
    return keysetPage(query, args, { sortColumn: 'name' });
  }

  /** The current members (not left), earliest first; an enterprise sees only itself among them. */
  members(
    caller: Caller,
    alliance: EnterpriseAlliance,
    args: PageArgs,
  ): Promise<Page<AllianceMember>> {
    const scope = requireAllianceReader(caller);
    const query = narrowToScope(
      this.dataSource
        .getRepository(AllianceMember)
        .createQueryBuilder('member')
        .where('member.alliance_id = :allianceId AND member.left_on IS NULL', {
          allianceId: alliance.id,
        }),
      scope,
    );
    return keysetPage(query, args, {
      sortColumn: 'joinedOn',
      toCursorValue: (member) => member.joinedOn,
    });
  }

  /** The latest year for which any member recorded figures, null if none did. */
  async latestYear(alliance: EnterpriseAlliance): Promise<number | null> {
    const [row] = (await this.dataSource.query(
      `SELECT max(figures.year) AS year FROM enterprise_alliance_member member
       JOIN enterprise_year_figures figures ON figures.enterprise_id = member.enterprise_id
       WHERE member.alliance_id = $1`,
      [alliance.id],
    )) as Array<{ year: number | null }>;
    return row?.year ?? null;
  }

  /** The members' figures of a year added up (the latest year with figures when none is named). */
  async totals(
    caller: Caller,
    alliance: EnterpriseAlliance,
    year?: number | null,
  ): Promise<AllianceYearTotals | null> {
    const scope = requireAllianceReader(caller);
    const forYear = year ?? (await this.latestYear(alliance));
    if (forYear == null) return null;
    const row = (await this.dataSource
      .createQueryBuilder()
      .select('count(*)', 'memberCount')
      .addSelect('count(figures.id)', 'membersReporting')
      .addSelect('coalesce(sum(figures.revenue_yuan), 0)', 'revenueYuan')
      .addSelect('coalesce(sum(figures.jobs_offered), 0)', 'jobsOffered')
      .addSelect('coalesce(sum(figures.jobs_filled), 0)', 'jobsFilled')
      .from('enterprise_alliance_member', 'member')
      .leftJoin(
        'enterprise_year_figures',
        'figures',
        'figures.enterprise_id = member.enterprise_id AND figures.year = CAST(:year AS integer)',
      )
      .where('member.alliance_id = :allianceId', { allianceId: alliance.id })
      .andWhere(MEMBER_IN_YEAR)
      .setParameters({ year: forYear })
      .getRawOne()) as Record<string, string | number>;
    return {
      year: forYear,
      memberCount: Number(row['memberCount']),
      membersReporting: Number(row['membersReporting']),
      revenueYuan: scope.kind === 'all' ? Number(row['revenueYuan']) : null,
      jobsOffered: Number(row['jobsOffered']),
      jobsFilled: Number(row['jobsFilled']),
    };
  }

  private async isMember(allianceId: string, enterpriseId: string): Promise<boolean> {
    const rows = (await this.dataSource.query(
      'SELECT 1 FROM enterprise_alliance_member WHERE alliance_id = $1 AND enterprise_id = $2',
      [allianceId, enterpriseId],
    )) as unknown[];
    return rows.length > 0;
  }
}

function narrowToScope(
  query: SelectQueryBuilder<AllianceMember>,
  scope: AllianceScope,
): SelectQueryBuilder<AllianceMember> {
  return scope.kind === 'all'
    ? query
    : query.andWhere('member.enterprise_id = :ownEnterpriseId', {
        ownEnterpriseId: scope.enterpriseId,
      });
}
