import type { Appeal } from './appeal.entity';

/** The volunteer subgraph stores no appeals: a reference is answered with its key alone. */
export const appealReference = {
  __resolveReference(reference: Pick<Appeal, 'id'>): Appeal {
    return { id: reference.id };
  },
};
