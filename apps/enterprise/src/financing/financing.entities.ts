import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn, Unique } from 'typeorm';
import { PolicyEligibility } from '../erqi-policy/policy.entity';

/** numeric columns come back from PostgreSQL as strings; the rate is a small decimal, a number is exact enough. */
const numeric = {
  to: (value: number) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/** 政银企 platform: a bank's loan product offered to the district's enterprises. */
@ObjectType({ description: 'A bank loan product on the 政银企 platform' })
@Entity({ name: 'bank_product' })
export class BankProduct {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Field(() => String, { description: 'The bank, e.g. 中原银行郑州二七支行' })
  @Column('text', { name: 'bank_name' })
  bankName!: string;

  @Field(() => String, { description: 'The product, e.g. 科技贷' })
  @Column('text', { name: 'product_name' })
  productName!: string;

  @Field(() => Int, { description: 'Smallest loan, in yuan' })
  @Column('integer', { name: 'min_amount' })
  minAmount!: number;

  @Field(() => Int, { description: 'Largest loan, in yuan' })
  @Column('integer', { name: 'max_amount' })
  maxAmount!: number;

  @Field(() => Float, { description: 'Annual interest rate in percent, e.g. 3.45' })
  @Column('numeric', { name: 'annual_rate_percent', precision: 5, scale: 2, transformer: numeric })
  annualRatePercent!: number;

  @Field(() => Int, { description: 'Longest term, in months' })
  @Column('integer', { name: 'max_term_months' })
  maxTermMonths!: number;

  @Field(() => PolicyEligibility, { description: 'Who the bank lends to under it' })
  @Column('jsonb')
  criteria!: PolicyEligibility;

  @Field(() => Boolean, { description: 'Invented sample data, not a real product' })
  @Column('boolean', { default: false })
  sample!: boolean;
}

/** 融资需求: what an enterprise needs to borrow. */
@ObjectType({ description: "An enterprise's financing need (融资需求)" })
@Entity({ name: 'financing_need' })
@Index('financing_need_enterprise', ['enterpriseId', 'createdAt'])
export class FinancingNeed {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'enterprise_id' })
  enterpriseId!: string;

  @Field(() => Int, { description: 'In yuan' })
  @Column('integer')
  amount!: number;

  @Field(() => Int, { description: 'In months' })
  @Column('integer', { name: 'term_months' })
  termMonths!: number;

  @Field(() => String, { description: 'What the money is for, e.g. 购置生产设备' })
  @Column('text')
  purpose!: string;

  @Field(() => String, { nullable: true, description: 'Needed by (YYYY-MM-DD)' })
  @Column('date', { name: 'needed_by', nullable: true })
  neededBy!: string | null;

  @Field(() => Date)
  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;
}

export enum BankAnswer {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
}
registerEnumType(BankAnswer, {
  name: 'BankAnswer',
  description: 'PENDING 待银行答复, ACCEPTED 银行已受理/同意, DECLINED 银行婉拒',
});

/** 对接记录: a need put to a bank product, and the bank's answer. */
@ObjectType({
  description: 'A financing need put to a bank product (对接), with the bank’s answer',
})
@Entity({ name: 'financing_match' })
@Unique('financing_match_once', ['needId', 'productId'])
export class FinancingMatch {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'need_id' })
  needId!: string;

  @Column('uuid', { name: 'product_id' })
  productId!: string;

  @Field(() => Date)
  @Column('timestamptz', { name: 'matched_at' })
  matchedAt!: Date;

  @Field(() => String)
  @Column('text', { name: 'matched_by' })
  matchedBy!: string;

  @Field(() => BankAnswer)
  @Column('text')
  answer!: BankAnswer;

  @Field(() => String, {
    nullable: true,
    description: "The bank's note, e.g. the amount offered or why not",
  })
  @Column('text', { name: 'answer_note', nullable: true })
  answerNote!: string | null;

  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { name: 'answered_at', nullable: true })
  answeredAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Who recorded the answer (ADMIN, the platform office)',
  })
  @Column('text', { name: 'answered_by', nullable: true })
  answeredBy!: string | null;
}
