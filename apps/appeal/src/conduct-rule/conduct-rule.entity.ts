import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ConductRuleKind } from './conduct-rule.enums';

/** 十不准 / 十必须: one rule of conduct that a supervision finding or a misconduct case cites. */
@ObjectType({
  description:
    'One rule of 无事不扰十不准 (PROHIBITION) or 有事办好十必须 (OBLIGATION), cited by findings and misconduct cases',
})
@Entity({ name: 'conduct_rule' })
export class ConductRule {
  /** The rule's code (e.g. `NO-01`); named `id` for keyset pagination, `code` in the schema. */
  @Field(() => String, { name: 'code', description: 'e.g. NO-01 (十不准) or MUST-01 (十必须)' })
  @PrimaryColumn('text', { name: 'code' })
  id!: string;

  @Field(() => ConductRuleKind)
  @Column('text')
  kind!: ConductRuleKind;

  @Field(() => Int, { description: 'Its place in the catalogue: prohibitions first' })
  @Column('integer')
  position!: number;

  @Field(() => String, { description: 'The rule in the words of the district' })
  @Column('text')
  text!: string;

  @Field(() => Boolean, {
    description:
      'True where the source names this rule; false where the list was completed to ten plausibly',
  })
  @Column('boolean', { name: 'from_source' })
  fromSource!: boolean;
}
