import { Connection } from '@erqi/shared/data-access-pagination';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { EnterpriseContext } from '../context';
import { GridCell } from '../grid-cell/grid-cell.stub';
import { Enterprise } from './enterprise.entity';
import { EnterprisesArgs, RegisterEnterpriseInput } from './enterprise.input';

@ObjectType()
export class EnterpriseConnection extends Connection(Enterprise) {}

@Resolver(() => Enterprise)
export class EnterpriseResolver {
  @Query(() => Enterprise, { description: 'One enterprise by id; NOT_FOUND if there is none' })
  enterprise(@Arg('id', () => ID) id: string, @Ctx() context: EnterpriseContext): Promise<Enterprise> {
    return context.enterprises.get(id);
  }

  @Query(() => Enterprise, {
    description: 'One enterprise by its unified social credit code; BAD_USER_INPUT if the code is malformed, NOT_FOUND if nobody has it',
  })
  enterpriseByCreditCode(@Arg('code', () => String) code: string, @Ctx() context: EnterpriseContext): Promise<Enterprise> {
    return context.enterprises.getByCreditCode(code);
  }

  @Query(() => EnterpriseConnection, { description: 'Enterprises ordered by name, a page at a time' })
  enterprises(@Args(() => EnterprisesArgs) args: EnterprisesArgs, @Ctx() context: EnterpriseContext): Promise<EnterpriseConnection> {
    return context.enterprises.list(args);
  }

  @Mutation(() => Enterprise, { description: 'Registers an enterprise in a grid cell; CONFLICT if its credit code is already registered' })
  registerEnterprise(@Arg('input', () => RegisterEnterpriseInput) input: RegisterEnterpriseInput, @Ctx() context: EnterpriseContext): Promise<Enterprise> {
    return context.enterprises.register(input);
  }

  @FieldResolver(() => GridCell, { description: 'The grid cell the enterprise belongs to' })
  gridCell(@Root() enterprise: Enterprise): GridCell {
    return { id: enterprise.gridCellId };
  }
}
