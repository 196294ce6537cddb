import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, Unique } from 'typeorm';

/** 企业: an enterprise looked after by the grid, known by its 统一社会信用代码 (unified social credit code). */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'An enterprise, identified by its unified social credit code' })
@Entity({ name: 'enterprise' })
@Unique('enterprise_credit_code_unique', ['creditCode'])
@Index('enterprise_grid_cell_name', ['gridCellId', 'name', 'id'])
@Index('enterprise_name', ['name', 'id'])
export class Enterprise {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Field(() => String, { description: 'Registered name, as on the business licence' })
  @Column('text')
  name!: string;

  @Field(() => String, {
    description:
      'Unified social credit code: 18 characters, the last a check character (GB 32100-2015)',
  })
  @Column('text', { name: 'credit_code' })
  creditCode!: string;

  /** A cell of the grid subgraph; exposed as the `gridCell` entity reference. */
  @Column('uuid', { name: 'grid_cell_id' })
  gridCellId!: string;

  @Field(() => String, { description: 'The person the grid worker deals with' })
  @Column('text', { name: 'contact_name' })
  contactName!: string;

  @Field(() => String, { description: 'Mainland mobile number of the contact' })
  @Column('text', { name: 'contact_phone' })
  contactPhone!: string;

  @Field(() => Date, { description: 'When the enterprise was registered here' })
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
