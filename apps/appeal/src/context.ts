import type { DataSource } from 'typeorm';
import { AppealCategoryService } from './appeal-category/appeal-category.service';
import { AppealService } from './appeal/appeal.service';
import type { Clock } from './clock';
import type { EnterpriseDirectory } from './enterprise/enterprise-directory';
import { type AppealLoaders, createAppealLoaders } from './loaders';

/** What every resolver of the appeal subgraph receives: the services and this request's loaders. */
export interface AppealContext {
  appeals: AppealService;
  categories: AppealCategoryService;
  loaders: AppealLoaders;
}

export interface AppealContextDependencies {
  enterpriseDirectory: EnterpriseDirectory;
  clock: Clock;
}

export function createAppealContextFactory(dataSource: DataSource, { enterpriseDirectory, clock }: AppealContextDependencies): () => Promise<AppealContext> {
  const categories = new AppealCategoryService(dataSource);
  const appeals = new AppealService(dataSource, categories, enterpriseDirectory, clock);
  return async () => ({ appeals, categories, loaders: createAppealLoaders(dataSource) });
}
