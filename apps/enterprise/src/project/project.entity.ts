import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** 项目管家 (1+1+N): a project with one butler (staff), one contact at the project and N departments. */
@Directive('@key(fields: "id")')
@ObjectType({
  description:
    "An enterprise's project, looked after the 1+1+N way: one butler, one project contact, N departments (项目管家)",
})
@Entity({ name: 'project' })
@Index('project_enterprise', ['enterpriseId', 'name', 'id'])
@Index('project_butler', ['butlerSubject', 'name', 'id'])
export class Project {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Field(() => String)
  @Column('text')
  name!: string;

  /** Exposed as the `enterprise` field. */
  @Column('uuid', { name: 'enterprise_id' })
  enterpriseId!: string;

  /** The butler's user (token subject); exposed through `butler`. */
  @Column('text', { name: 'butler_subject' })
  butlerSubject!: string;

  @Column('text', { name: 'butler_name' })
  butlerName!: string;

  /** Exposed through `projectContact`, the phone masked for most roles. */
  @Column('text', { name: 'contact_name' })
  contactName!: string;

  @Column('text', { name: 'contact_phone' })
  contactPhone!: string;

  @Field(() => [String], { description: 'The N departments that serve the project, by code' })
  @Column('text', { name: 'department_codes', array: true })
  departmentCodes!: string[];

  /** 重点项目: the district follows it as key; the leaders liaising with its enterprise see it in `keyProjects`. */
  @Field(() => Boolean, {
    description: '重点项目: a key project the district follows (区领导联系重点企业和项目)',
  })
  @Column('boolean', { name: 'key_project', default: false })
  keyProject!: boolean;

  @Field(() => Date)
  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;
}
