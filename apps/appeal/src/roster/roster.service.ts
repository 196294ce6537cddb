import { keysetPage, type Page } from '@erqi/shared/data-access-pagination';
import { type Caller, requireUser } from '@erqi/shared/util-auth';
import type { DataSource, ObjectLiteral, Repository, SelectQueryBuilder } from 'typeorm';
import { Adviser } from './adviser.entity';
import { ExperienceOfficer } from './experience-officer.entity';
import type { RosterArgs, SupervisorsArgs } from './roster.input';
import { Supervisor } from './supervisor.entity';

/**
 * 三支队伍: the rosters. Names, groups and terms are what the district publishes, so any signed-in
 * person reads them; phones follow `visiblePhone`.
 */
export class RosterService {
  constructor(private readonly dataSource: DataSource) {}

  supervisors(caller: Caller, args: SupervisorsArgs): Promise<Page<Supervisor>> {
    requireUser(caller);
    const query = this.dataSource.getRepository(Supervisor).createQueryBuilder('member');
    if (args.group) query.andWhere('member.member_group = :group', { group: args.group });
    return this.page(query, args);
  }

  experienceOfficers(caller: Caller, args: RosterArgs): Promise<Page<ExperienceOfficer>> {
    requireUser(caller);
    return this.page(
      this.dataSource.getRepository(ExperienceOfficer).createQueryBuilder('member'),
      args,
    );
  }

  advisers(caller: Caller, args: RosterArgs): Promise<Page<Adviser>> {
    requireUser(caller);
    return this.page(this.dataSource.getRepository(Adviser).createQueryBuilder('member'), args);
  }

  /** The experience officers with these ids (attendance, complaints), in one query. */
  officersByIds(ids: readonly string[]): Promise<ExperienceOfficer[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.officers().createQueryBuilder('o').where('o.id IN (:...ids)', { ids }).getMany();
  }

  officers(): Repository<ExperienceOfficer> {
    return this.dataSource.getRepository(ExperienceOfficer);
  }

  private page<TMember extends ObjectLiteral & { id: string; name: string }>(
    query: SelectQueryBuilder<TMember>,
    args: RosterArgs,
  ): Promise<Page<TMember>> {
    if (args.status) query.andWhere('member.status = :status', { status: args.status });
    return keysetPage(query, args, { sortColumn: 'name' });
  }
}
