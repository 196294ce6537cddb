import type { EnterpriseContext } from '../context';
import { assertMaySeeEnterprise } from './enterprise-access';
import type { Enterprise } from './enterprise.entity';

/**
 * Resolves `Enterprise` references from other subgraphs in one batch per request, under the same rules
 * as the queries: an enterprise outside the caller's scope is null with a FORBIDDEN error.
 */
export const enterpriseReference = {
  async __resolveReference(
    reference: Pick<Enterprise, 'id'>,
    context: EnterpriseContext,
  ): Promise<Enterprise | null> {
    return assertMaySeeEnterprise(
      context.caller,
      await context.loaders.enterprise.load(reference.id),
    );
  },
};
