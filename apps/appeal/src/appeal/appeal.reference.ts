import type { AppealContext } from '../context';
import { appealForbidden } from './appeal-access';
import type { Appeal } from './appeal.entity';

/** Resolves `Appeal` references from other subgraphs in one batch per request: null if there is none, FORBIDDEN outside the caller's scope. */
export const appealReference = {
  async __resolveReference(
    reference: Pick<Appeal, 'id'>,
    context: AppealContext,
  ): Promise<Appeal | null> {
    const found = await context.loaders.appeal.load(reference.id);
    if (!found) return null;
    if (!found.readable) throw appealForbidden();
    return found.appeal;
  },
};
