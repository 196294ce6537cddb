import type { AppealContext } from '../context';
import { appealOutOfScope } from './appeal-access';
import type { Appeal } from './appeal.entity';

/** Resolves `Appeal` references from other subgraphs in one batch per request: null if there is none, FORBIDDEN outside the caller's scope (NOT_FOUND to a RESIDENT). */
export const appealReference = {
  async __resolveReference(
    reference: Pick<Appeal, 'id'>,
    context: AppealContext,
  ): Promise<Appeal | null> {
    const found = await context.loaders.appeal.load(reference.id);
    if (!found) return null;
    if (!found.readable) throw appealOutOfScope(context.caller, reference.id);
    return found.appeal;
  },
};
