import { keysetPage, type Page, type PageArgs } from '@erqi/shared/data-access-pagination';
import { NotFound } from '@erqi/shared/util-errors';
import type { DataSource, Repository } from 'typeorm';
import { isUuid } from '@erqi/shared/util-uuid';
import { VolunteerActivity } from './volunteer-activity.entity';

export class VolunteerActivityService {
  private readonly activities: Repository<VolunteerActivity>;

  constructor(dataSource: DataSource) {
    this.activities = dataSource.getRepository(VolunteerActivity);
  }

  async get(id: string): Promise<VolunteerActivity> {
    const activity = isUuid(id) ? await this.activities.findOneBy({ id }) : null;
    if (!activity) throw new NotFound('VolunteerActivity', id);
    return activity;
  }

  /** The latest activities first: a team looks at what is coming or just happened. */
  list(args: PageArgs): Promise<Page<VolunteerActivity>> {
    return keysetPage(this.activities.createQueryBuilder('activity'), args, {
      sortColumn: 'startsOn',
      direction: 'DESC',
    });
  }
}
