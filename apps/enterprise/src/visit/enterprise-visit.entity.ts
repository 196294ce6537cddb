import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** 万人助万企: a visit by a grid worker or a cadre to an enterprise, with the needs heard there. */
@Directive('@key(fields: "id")')
@ObjectType({
  description:
    'A 万人助万企 visit to an enterprise by a grid worker or a cadre, with the needs heard',
})
@Entity({ name: 'enterprise_visit' })
export class EnterpriseVisit {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  /** Exposed as the `enterprise` field. */
  @Column('uuid', { name: 'enterprise_id' })
  enterpriseId!: string;

  @Field(() => Date, { description: 'When the visit took place' })
  @Column('timestamptz', { name: 'visited_at' })
  visitedAt!: Date;

  @Field(() => String, { description: 'What was talked about' })
  @Column('text')
  summary!: string;

  /** The visitor's token subject: who may raise the visit's needs. */
  @Column('text', { name: 'visitor_subject' })
  visitorSubject!: string;

  @Field(() => String, { description: 'GRID_WORKER, DEPARTMENT_STAFF, LEADER or ADMIN' })
  @Column('text', { name: 'visitor_role' })
  visitorRole!: string;

  @Field(() => String, {
    nullable: true,
    description: "The visitor's name, as their token gives it",
  })
  @Column('text', { name: 'visitor_name', nullable: true })
  visitorName!: string | null;

  @Field(() => String, { nullable: true, description: "A cadre's department, by code" })
  @Column('text', { name: 'visitor_department_code', nullable: true })
  visitorDepartmentCode!: string | null;

  @Field(() => Date)
  @Column('timestamptz', { name: 'recorded_at' })
  recordedAt!: Date;
}
