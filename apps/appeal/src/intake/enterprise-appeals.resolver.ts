import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Appeal } from '../appeal/appeal.entity';
import { PARENT_APPEALS_DEFAULT, ParentAppealsArgs } from '../appeal/appeal.input';
import type { AppealContext } from '../context';
import { Enterprise } from '../enterprise/enterprise.entity';

@Resolver(() => Enterprise)
export class EnterpriseAppealsResolver {
  @FieldResolver(() => [Appeal], {
    description: 'The appeals filed for this enterprise, newest first',
  })
  appeals(
    @Root() parent: Enterprise,
    @Args(() => ParentAppealsArgs) { first }: ParentAppealsArgs,
    @Ctx() context: AppealContext,
  ): Promise<Appeal[]> {
    return context.loaders.appealsByEnterprise(first ?? PARENT_APPEALS_DEFAULT).load(parent.id);
  }
}
