import type { Enterprise } from './enterprise.entity';

/** The appeal subgraph stores no Enterprise rows: a reference is answered with its key alone. */
export const enterpriseReference = {
  __resolveReference(reference: Pick<Enterprise, 'id'>): Enterprise {
    return { id: reference.id };
  },
};
