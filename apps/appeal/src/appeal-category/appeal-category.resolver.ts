import { Ctx, Query, Resolver } from 'type-graphql';
import type { AppealContext } from '../context';
import { AppealCategory } from './appeal-category.entity';

@Resolver(() => AppealCategory)
export class AppealCategoryResolver {
  @Query(() => [AppealCategory], {
    description:
      'The categories an appeal can be filed under; pass a `code` as submitAppeal’s `category`',
  })
  appealCategories(@Ctx() context: AppealContext): Promise<AppealCategory[]> {
    return context.categories.list();
  }
}
