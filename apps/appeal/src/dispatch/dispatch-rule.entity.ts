import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A department as a rule stores it: the grid service's id, and the code its dispatch topic is named after. */
export interface RuleDepartment {
  id: string;
  code: string;
}

/**
 * 分派规则: which departments must act on appeals of a category, in one grid cell or everywhere. A
 * rule for the appeal's cell wins over one for the whole category; among equals, the higher priority.
 */
@ObjectType({
  description:
    'A dispatch rule (分派规则): who leads and who assists on appeals of a category, in one grid cell or, without one, everywhere',
})
@Entity({ name: 'dispatch_rule' })
@Index('dispatch_rule_listing', ['createdAt', 'id'])
export class DispatchRule {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  /** Exposed as `category`, resolved through the per-request category loader. */
  @Column('text', { name: 'category_code' })
  categoryCode!: string;

  /** Null: the rule applies in every cell that has no rule of its own. */
  @Column('uuid', { name: 'grid_cell_id', nullable: true })
  gridCellId!: string | null;

  @Column('uuid', { name: 'lead_department_id' })
  leadDepartmentId!: string;

  @Field(() => String, {
    description: 'The code of the lead department (牵头部门), e.g. URBAN_MANAGEMENT',
  })
  @Column('text', { name: 'lead_department_code' })
  leadDepartmentCode!: string;

  /** 协办部门, in the order the admin gave them; the order of the dispatches too. */
  @Column('jsonb', { name: 'assisting_departments' })
  assistingDepartments!: RuleDepartment[];

  @Field(() => Int, {
    description: 'Breaks ties between rules of the same category and scope: the higher wins',
  })
  @Column('integer')
  priority!: number;

  @Field(() => GraphQLDateTime)
  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Field(() => GraphQLDateTime)
  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}
