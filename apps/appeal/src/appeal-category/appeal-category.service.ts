import type { DataSource, Repository } from 'typeorm';
import { AppealCategory } from './appeal-category.entity';

/**
 * How long a category once read is answered from memory. Categories change only when a release
 * seeds or migrates them, never through the API, yet every submission asks for its own: a minute
 * bounds how long a replica keeps an old copy after such a release.
 */
const REMEMBERED_MS = 60_000;

export class AppealCategoryService {
  private readonly categories: Repository<AppealCategory>;
  /** Categories found, by code; never the codes not found (those are the caller's to choose). */
  private readonly remembered = new Map<string, { category: AppealCategory; until: number }>();

  constructor(dataSource: DataSource) {
    this.categories = dataSource.getRepository(AppealCategory);
  }

  /** Every category, in the order of the published list. A short, fixed list: not paginated. */
  list(): Promise<AppealCategory[]> {
    return this.categories.find({ order: { position: 'ASC' } });
  }

  /** The category with this code, or null; read at most once a minute per code (see `REMEMBERED_MS`). */
  async findByCode(code: string): Promise<AppealCategory | null> {
    const now = Date.now();
    const known = this.remembered.get(code);
    if (known && known.until > now) return known.category;
    const category = await this.categories.findOneBy({ code });
    if (category) this.remembered.set(code, { category, until: now + REMEMBERED_MS });
    else this.remembered.delete(code);
    return category;
  }
}
