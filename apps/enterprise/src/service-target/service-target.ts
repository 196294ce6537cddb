import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Max, Min } from 'class-validator';
import { ServiceMode } from '../service-matter/service-matter.enums';

/** A year's target for one 易企办 mode, e.g. 2024: 550 matters 免证可办 (data, set by ADMIN). */
@Entity({ name: 'service_target' })
export class ServiceTargetRow {
  @PrimaryColumn('integer')
  year!: number;

  @PrimaryColumn('text')
  mode!: ServiceMode;

  @Column('integer')
  target!: number;

  @Column('text', { name: 'set_by' })
  setBy!: string;

  @Column('timestamptz', { name: 'set_at' })
  setAt!: Date;
}

@ObjectType({ description: "A year's 易企办 target and how the list meets it now" })
export class ServiceTarget {
  @Field(() => Int)
  year!: number;

  @Field(() => ServiceMode)
  mode!: ServiceMode;

  @Field(() => String, { description: "What counts, in the article's words" })
  counts!: string;

  @Field(() => Int, { description: 'Matters the year aims at' })
  target!: number;

  @Field(() => Int, { description: 'Matters of the published list that meet it now' })
  achieved!: number;

  @Field(() => Float, { description: 'achieved ÷ target, capped at 1 (1 when the target is 0)' })
  progress!: number;

  @Field(() => String)
  setBy!: string;

  @Field(() => Date)
  setAt!: Date;
}

@InputType({ description: 'One target of a year' })
export class ServiceTargetInput {
  @Field(() => ServiceMode)
  mode!: ServiceMode;

  @Field(() => Int, { description: 'Matters, 0 to 100000' })
  @Min(0, { message: 'target must not be below zero' })
  @Max(100_000, { message: 'target must be at most 100000 matters' })
  target!: number;
}
