import type { EnterpriseContext } from '../context';
import type { Enterprise } from './enterprise.entity';

/** Resolves `Enterprise` references from other subgraphs in one batch per request. */
export const enterpriseReference = {
  __resolveReference(reference: Pick<Enterprise, 'id'>, context: EnterpriseContext): Promise<Enterprise | null> {
    return context.loaders.enterprise.load(reference.id);
  },
};
