import type { AppealContext } from '../context';
import type { Appeal } from './appeal.entity';

/** Resolves `Appeal` references from other subgraphs in one batch per request. */
export const appealReference = {
  __resolveReference(reference: Pick<Appeal, 'id'>, context: AppealContext): Promise<Appeal | null> {
    return context.loaders.appeal.load(reference.id);
  },
};
