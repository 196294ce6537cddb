import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** 志愿者: a member of one volunteer team. */
@ObjectType({ description: 'A volunteer (志愿者), member of one team' })
@Entity({ name: 'volunteer' })
export class Volunteer {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Field(() => String)
  @Column('text')
  name!: string;

  @Field(() => String, { description: 'Mobile number, 11 digits; one registration per number' })
  @Index({ unique: true })
  @Column('text')
  phone!: string;

  @Index()
  @Column('uuid', { name: 'volunteer_team_id' })
  teamId!: string;
}
