import type { GridContext } from '../context';
import type { Department } from './department.entity';

export const departmentReference = {
  __resolveReference(
    reference: Pick<Department, 'id'>,
    context: GridContext,
  ): Promise<Department | null> {
    return context.loaders.department.load(reference.id);
  },
};
