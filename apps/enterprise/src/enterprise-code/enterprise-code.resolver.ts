import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { EnterpriseContext } from '../context';
import { Enterprise } from '../enterprise/enterprise.entity';
import { EnterpriseCode } from './enterprise-code.type';

@Resolver(() => Enterprise)
export class EnterpriseCodeFieldResolver {
  @FieldResolver(() => EnterpriseCode, {
    nullable: true,
    description:
      "政企码: the enterprise's current code; null while it is revoked. Only the enterprise itself and ADMIN may see it",
  })
  async code(
    @Root() enterprise: Enterprise,
    @Ctx() context: EnterpriseContext,
  ): Promise<EnterpriseCode | null> {
    context.codes.assertMayView(context.caller, enterprise.id);
    return context.codes.present(await context.loaders.currentCode.load(enterprise.id));
  }

  @Mutation(() => EnterpriseCode, {
    description:
      'Issues a new version of the code; older versions stop being accepted at once. ADMIN, or the enterprise itself',
  })
  rotateEnterpriseCode(
    @Arg('enterpriseId', () => ID) enterpriseId: string,
    @Ctx() context: EnterpriseContext,
  ): Promise<EnterpriseCode> {
    return context.codes.rotate(context.caller, enterpriseId);
  }

  @Mutation(() => Enterprise, {
    description: 'Revokes the current code: none is accepted until the code is rotated. ADMIN only',
  })
  async revokeEnterpriseCode(
    @Arg('enterpriseId', () => ID) enterpriseId: string,
    @Ctx() context: EnterpriseContext,
  ): Promise<Enterprise> {
    await context.codes.revoke(context.caller, enterpriseId);
    return context.enterprises.get(context.caller, enterpriseId);
  }
}

@Resolver(() => EnterpriseCode)
export class EnterpriseCodeResolver {
  @FieldResolver(() => String, {
    description: 'The code as an SVG QR image, for printing and display at the entrance',
  })
  qrSvg(@Root() code: EnterpriseCode, @Ctx() context: EnterpriseContext): Promise<string> {
    return context.codes.qrSvg(code);
  }
}
