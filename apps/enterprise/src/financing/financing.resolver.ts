import { PageArgs } from '@erqi/shared/data-access-pagination';
import { NotFound } from '@erqi/shared/util-errors';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { EnterpriseContext } from '../context';
import { assertMaySeeEnterprise } from '../enterprise/enterprise-access';
import { Enterprise } from '../enterprise/enterprise.entity';
import { BankProduct, FinancingMatch, FinancingNeed } from './financing.entities';
import {
  CreateBankProductInput,
  FinancingNeedsArgs,
  PostFinancingNeedInput,
  RecordBankAnswerArgs,
} from './financing.input';
import {
  BankProductConnection,
  FinancingNeedConnection,
  FinancingProductMatch,
} from './financing.types';

@Resolver(() => FinancingNeed)
export class FinancingResolver {
  @Query(() => BankProductConnection, {
    description: '政银企: the banks’ loan products, by bank; everyone signed in',
  })
  bankProducts(
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() context: EnterpriseContext,
  ): Promise<BankProductConnection> {
    return context.erqiHelp.financing.listProducts(context.caller, args);
  }

  @Query(() => FinancingNeedConnection, {
    description:
      "Financing needs, newest first: an enterprise its own, a grid worker its cells', SUPERVISOR and ADMIN all",
  })
  financingNeeds(
    @Args(() => FinancingNeedsArgs) args: FinancingNeedsArgs,
    @Ctx() context: EnterpriseContext,
  ): Promise<FinancingNeedConnection> {
    return context.erqiHelp.financing.listNeeds(context.caller, args);
  }

  @Query(() => FinancingNeed)
  financingNeed(
    @Arg('id', () => ID) id: string,
    @Ctx() context: EnterpriseContext,
  ): Promise<FinancingNeed> {
    return context.erqiHelp.financing.getNeed(context.caller, id);
  }

  @Query(() => [FinancingProductMatch], {
    description:
      'The bank products a need fits, then those it nearly fits with what it lacks; for whoever sees the need',
  })
  financingMatches(
    @Arg('needId', () => ID) needId: string,
    @Ctx() context: EnterpriseContext,
  ): Promise<FinancingProductMatch[]> {
    return context.erqiHelp.financing.matchesOf(context.caller, needId);
  }

  @Mutation(() => BankProduct, { description: 'Adds a bank product to the platform; ADMIN' })
  createBankProduct(
    @Arg('input', () => CreateBankProductInput) input: CreateBankProductInput,
    @Ctx() context: EnterpriseContext,
  ): Promise<BankProduct> {
    return context.erqiHelp.financing.createProduct(context.caller, input);
  }

  @Mutation(() => FinancingNeed, {
    description: 'Posts a financing need; the enterprise for itself, or ADMIN',
  })
  postFinancingNeed(
    @Arg('input', () => PostFinancingNeedInput) input: PostFinancingNeedInput,
    @Ctx() context: EnterpriseContext,
  ): Promise<FinancingNeed> {
    return context.erqiHelp.financing.postNeed(context.caller, input);
  }

  @Mutation(() => FinancingMatch, {
    description: 'Records that a need was put to a bank product it fits (对接); ADMIN',
  })
  recordFinancingMatch(
    @Arg('needId', () => ID) needId: string,
    @Arg('productId', () => ID) productId: string,
    @Ctx() context: EnterpriseContext,
  ): Promise<FinancingMatch> {
    return context.erqiHelp.financing.recordMatch(context.caller, needId, productId);
  }

  @Mutation(() => FinancingMatch, {
    description: "Records the bank's answer (accepted or declined, with its note), once; ADMIN",
  })
  recordBankAnswer(
    @Args(() => RecordBankAnswerArgs) args: RecordBankAnswerArgs,
    @Ctx() context: EnterpriseContext,
  ): Promise<FinancingMatch> {
    return context.erqiHelp.financing.recordAnswer(context.caller, args);
  }

  @FieldResolver(() => Enterprise)
  async enterprise(
    @Root() need: FinancingNeed,
    @Ctx() context: EnterpriseContext,
  ): Promise<Enterprise> {
    return assertMaySeeEnterprise(
      context.caller,
      await context.loaders.enterprise.load(need.enterpriseId),
    ) as Enterprise;
  }

  @FieldResolver(() => [FinancingMatch], {
    description: 'The banks it was put to, and their answers, oldest first',
  })
  matches(
    @Root() need: FinancingNeed,
    @Ctx() context: EnterpriseContext,
  ): Promise<FinancingMatch[]> {
    return context.erqiHelpLoaders.matchesOfNeed.load(need.id);
  }
}

@Resolver(() => FinancingMatch)
export class FinancingMatchResolver {
  @FieldResolver(() => BankProduct)
  async product(
    @Root() match: FinancingMatch,
    @Ctx() context: EnterpriseContext,
  ): Promise<BankProduct> {
    const product = await context.erqiHelpLoaders.bankProduct.load(match.productId);
    if (!product) throw new NotFound('BankProduct', match.productId, 'product');
    return product;
  }
}
