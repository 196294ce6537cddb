import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** 签到/签退: a volunteer's check-in to a shift and, once they leave, the check-out. */
@ObjectType({
  description:
    'A check-in (签到) of a volunteer to a shift, and the check-out (签退) once they leave',
})
@Entity({ name: 'check_in' })
@Index(['shiftId', 'volunteerId'], { unique: true })
export class CheckIn {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'shift_id' })
  shiftId!: string;

  @Index()
  @Column('uuid', { name: 'volunteer_id' })
  volunteerId!: string;

  @Field(() => GraphQLDateTime)
  @Column('timestamptz', { name: 'checked_in_at' })
  checkedInAt!: Date;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'Null while the volunteer is still on the shift',
  })
  @Column('timestamptz', { name: 'checked_out_at', nullable: true })
  checkedOutAt!: Date | null;
}
