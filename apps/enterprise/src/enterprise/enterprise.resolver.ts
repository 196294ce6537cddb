import { Connection } from '@erqi/shared/data-access-pagination';
import {
  Arg,
  Args,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { EnterpriseContext } from '../context';
import { GridCell } from '../grid-cell/grid-cell.stub';
import { contactNameFor, contactPhoneFor } from './enterprise-access';
import { Enterprise } from './enterprise.entity';
import { EnterprisesArgs, RegisterEnterpriseInput } from './enterprise.input';

@ObjectType()
export class EnterpriseConnection extends Connection(Enterprise) {}

@Resolver(() => Enterprise)
export class EnterpriseResolver {
  @Query(() => Enterprise, { description: 'One enterprise by id; NOT_FOUND if there is none' })
  enterprise(
    @Arg('id', () => ID) id: string,
    @Ctx() context: EnterpriseContext,
  ): Promise<Enterprise> {
    return context.enterprises.get(context.caller, id);
  }

  @Query(() => Enterprise, {
    description:
      'One enterprise by its unified social credit code; BAD_USER_INPUT if the code is malformed, NOT_FOUND if nobody has it',
  })
  enterpriseByCreditCode(
    @Arg('code', () => String) code: string,
    @Ctx() context: EnterpriseContext,
  ): Promise<Enterprise> {
    return context.enterprises.getByCreditCode(context.caller, code);
  }

  @Query(() => EnterpriseConnection, {
    description: 'Enterprises ordered by name, a page at a time',
  })
  enterprises(
    @Args(() => EnterprisesArgs) args: EnterprisesArgs,
    @Ctx() context: EnterpriseContext,
  ): Promise<EnterpriseConnection> {
    return context.enterprises.list(context.caller, args);
  }

  @Mutation(() => Enterprise, {
    description:
      'Registers an enterprise in a grid cell; CONFLICT if its credit code is already registered',
  })
  registerEnterprise(
    @Arg('input', () => RegisterEnterpriseInput) input: RegisterEnterpriseInput,
    @Ctx() context: EnterpriseContext,
  ): Promise<Enterprise> {
    return context.enterprises.register(context.caller, input);
  }

  @Mutation(() => Enterprise, {
    description:
      '领导联系: the leader (by token subject) liaises with the enterprise and so sees it; ADMIN only; NOT_FOUND for an unknown enterprise',
  })
  assignLeaderLiaison(
    @Arg('leaderSubject', () => String) leaderSubject: string,
    @Arg('enterpriseId', () => ID) enterpriseId: string,
    @Ctx() context: EnterpriseContext,
  ): Promise<Enterprise> {
    return context.enterprises.assignLeaderLiaison(context.caller, leaderSubject, enterpriseId);
  }

  @Mutation(() => Enterprise, {
    description:
      'Ends a leader’s liaison with the enterprise (no error if there was none); ADMIN only; NOT_FOUND for an unknown enterprise',
  })
  removeLeaderLiaison(
    @Arg('leaderSubject', () => String) leaderSubject: string,
    @Arg('enterpriseId', () => ID) enterpriseId: string,
    @Ctx() context: EnterpriseContext,
  ): Promise<Enterprise> {
    return context.enterprises.removeLeaderLiaison(context.caller, leaderSubject, enterpriseId);
  }

  @FieldResolver(() => String, {
    description:
      'The person the grid worker deals with; masked (张*) for DEPARTMENT_STAFF and LEADER',
  })
  contactName(@Root() enterprise: Enterprise, @Ctx() context: EnterpriseContext): string {
    return contactNameFor(context.caller, enterprise);
  }

  @FieldResolver(() => String, {
    description:
      'Mainland mobile number of the contact; masked (138****0001) for DEPARTMENT_STAFF and LEADER',
  })
  contactPhone(@Root() enterprise: Enterprise, @Ctx() context: EnterpriseContext): string {
    return contactPhoneFor(context.caller, enterprise);
  }

  @FieldResolver(() => GridCell, { description: 'The grid cell the enterprise belongs to' })
  gridCell(@Root() enterprise: Enterprise): GridCell {
    return { id: enterprise.gridCellId };
  }
}
