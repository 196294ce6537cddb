import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** 诉求类别: what an appeal is about, e.g. 证照办理; decides who leads it unless a dispatch rule says otherwise. */
@ObjectType({ description: 'What an appeal is about (诉求类别), e.g. licensing or snow and ice' })
@Entity({ name: 'appeal_category' })
export class AppealCategory {
  @Field(() => String, {
    description: 'Stable code, passed as `category` to submitAppeal, e.g. LICENSING',
  })
  @PrimaryColumn('text')
  code!: string;

  @Field(() => String)
  @Column('text')
  name!: string;

  @Field(() => Boolean, {
    description: 'Whether volunteer teams may be asked to help with appeals of this kind',
  })
  @Column('boolean', { name: 'volunteer_eligible' })
  volunteerEligible!: boolean;

  /** The department (owned by the grid service) that leads this kind of case by default. */
  @Column('uuid', { name: 'default_department_id' })
  defaultDepartmentId!: string;

  /** Where the category stands in the published list; `appealCategories` answers in this order. */
  @Column('integer')
  position!: number;
}
