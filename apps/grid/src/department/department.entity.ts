import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** 职能部门: a department that appeals are dispatched to, e.g. 市场监管局. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A government department (职能部门) that handles appeals' })
@Entity({ name: 'department' })
export class Department {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Field(() => String, {
    description: 'Stable code, used in Kafka topic names: dispatch.department.<code>',
  })
  @Index({ unique: true })
  @Column('text')
  code!: string;

  @Field(() => String)
  @Column('text')
  name!: string;
}
