import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Appeal } from '../appeal/appeal.entity';
import { PARENT_APPEALS_DEFAULT, ParentAppealsArgs } from '../appeal/appeal.input';
import type { AppealContext } from '../context';
import { Department } from '../department/department.entity';

@Resolver(() => Department)
export class DepartmentAppealsResolver {
  @FieldResolver(() => [Appeal], { description: 'The appeals this department leads, newest first' })
  appeals(
    @Root() parent: Department,
    @Args(() => ParentAppealsArgs) { first }: ParentAppealsArgs,
    @Ctx() context: AppealContext,
  ): Promise<Appeal[]> {
    return context.loaders.appealsByLeadDepartment(first ?? PARENT_APPEALS_DEFAULT).load(parent.id);
  }
}
