import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { EnterpriseContext } from '../context';
import { Enterprise } from '../enterprise/enterprise.entity';
import { EnterpriseProfile } from './enterprise-profile.entity';
import { EnterpriseProfileInput } from './enterprise-profile.input';

@Resolver(() => Enterprise)
export class EnterpriseProfileResolver {
  @FieldResolver(() => EnterpriseProfile, {
    nullable: true,
    description: 'What policy matching knows of it (企业画像); null until someone fills it in',
  })
  profile(
    @Root() enterprise: Enterprise,
    @Ctx() context: EnterpriseContext,
  ): Promise<EnterpriseProfile | null> {
    // The enterprise itself was checked against the caller's scope where it was read.
    return context.erqiHelpLoaders.profileOf.load(enterprise.id);
  }

  @Mutation(() => EnterpriseProfile, {
    description:
      "Sets an enterprise's profile (企业画像): the enterprise its own, DEPARTMENT_STAFF and ADMIN any",
  })
  updateEnterpriseProfile(
    @Arg('enterpriseId', () => ID) enterpriseId: string,
    @Arg('input', () => EnterpriseProfileInput) input: EnterpriseProfileInput,
    @Ctx() context: EnterpriseContext,
  ): Promise<EnterpriseProfile> {
    return context.erqiHelp.profiles.update(context.caller, enterpriseId, input);
  }
}
