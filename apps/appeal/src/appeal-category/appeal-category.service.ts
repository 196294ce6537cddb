import type { DataSource, Repository } from 'typeorm';
import { AppealCategory } from './appeal-category.entity';

export class AppealCategoryService {
  private readonly categories: Repository<AppealCategory>;

  constructor(dataSource: DataSource) {
    this.categories = dataSource.getRepository(AppealCategory);
  }

  /** Every category, in the order of the published list. A short, fixed list: not paginated. */
  list(): Promise<AppealCategory[]> {
    return this.categories.find({ order: { position: 'ASC' } });
  }

  findByCode(code: string): Promise<AppealCategory | null> {
    return this.categories.findOneBy({ code });
  }
}
