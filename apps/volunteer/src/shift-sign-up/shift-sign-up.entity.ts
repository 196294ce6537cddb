import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** 报名: a volunteer's place on a shift; the shift's headcount counts these. */
@ObjectType({ description: "A volunteer's sign-up (报名) for a shift" })
@Entity({ name: 'shift_sign_up' })
@Index(['shiftId', 'volunteerId'], { unique: true })
export class ShiftSignUp {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'shift_id' })
  shiftId!: string;

  @Index()
  @Column('uuid', { name: 'volunteer_id' })
  volunteerId!: string;

  @Field(() => GraphQLDateTime)
  @Column('timestamptz', { name: 'signed_up_at' })
  signedUpAt!: Date;
}
