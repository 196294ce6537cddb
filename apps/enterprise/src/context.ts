import type { DataSource } from 'typeorm';
import { EnterpriseService } from './enterprise/enterprise.service';
import { createEnterpriseLoaders, type EnterpriseLoaders } from './loaders';

/** What every resolver of the enterprise subgraph receives: the services and this request's loaders. */
export interface EnterpriseContext {
  enterprises: EnterpriseService;
  loaders: EnterpriseLoaders;
}

export function createEnterpriseContextFactory(dataSource: DataSource): () => Promise<EnterpriseContext> {
  const enterprises = new EnterpriseService(dataSource);
  return async () => ({ enterprises, loaders: createEnterpriseLoaders(dataSource) });
}
