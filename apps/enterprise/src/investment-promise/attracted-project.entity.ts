import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** 招商引资: a project the district attracted, to which policy promises were made. */
@ObjectType({ description: 'An investment project attracted to the district (双招双引: 招商)' })
@Entity({ name: 'attracted_project' })
export class AttractedProject {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Field(() => String)
  @Column('text')
  name!: string;

  @Field(() => String, { description: 'Who invests' })
  @Column('text')
  investor!: string;

  @Field(() => Float, { description: 'Planned investment in 万元 (ten thousand yuan)' })
  @Column('numeric', {
    name: 'investment_ten_thousand_yuan',
    transformer: { to: (value: number) => value, from: (value: string) => Number(value) },
  })
  investmentTenThousandYuan!: number;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @Column('date', { name: 'signed_on' })
  signedOn!: string;

  @Field(() => Boolean, { description: 'Invented sample data, not a real project' })
  @Column('boolean')
  sample!: boolean;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;
}
