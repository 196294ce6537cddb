import { Connection, PageArgs } from '@erqi/shared/data-access-pagination';
import { Arg, Args, Ctx, ObjectType, Query, Resolver } from 'type-graphql';
import type { GridContext } from '../context';
import { Department } from './department.entity';

@ObjectType()
export class DepartmentConnection extends Connection(Department) {}

@Resolver(() => Department)
export class DepartmentResolver {
  @Query(() => Department, { description: 'A department by its code, e.g. MARKET_REGULATION' })
  department(
    @Arg('code', () => String) code: string,
    @Ctx() context: GridContext,
  ): Promise<Department> {
    return context.departments.getByCode(code);
  }

  @Query(() => DepartmentConnection)
  departments(
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() context: GridContext,
  ): Promise<DepartmentConnection> {
    return context.departments.list(args);
  }
}
