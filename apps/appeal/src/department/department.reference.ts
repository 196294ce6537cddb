import type { Department } from './department.entity';

/** The appeal subgraph stores no Department rows: a reference is answered with its key alone. */
export const departmentReference = {
  __resolveReference(reference: Pick<Department, 'id'>): Department {
    return { id: reference.id };
  },
};
