import { Connection } from '@erqi/shared/data-access-pagination';
import { Field, ObjectType } from 'type-graphql';
import { PolicyLack } from '../erqi-policy/policy.types';
import { BankProduct, FinancingNeed } from './financing.entities';

@ObjectType({
  description: 'A bank product a financing need fits, or nearly fits, with what it lacks',
})
export class FinancingProductMatch {
  @Field(() => BankProduct)
  product!: BankProduct;

  @Field(() => Boolean, { description: 'Amount, term and every criterion of the bank fit' })
  qualifies!: boolean;

  @Field(() => [PolicyLack])
  lacks!: PolicyLack[];
}

@ObjectType()
export class BankProductConnection extends Connection(BankProduct) {}

@ObjectType()
export class FinancingNeedConnection extends Connection(FinancingNeed) {}
