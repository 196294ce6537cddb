import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ServiceChannel, ServiceMode } from './service-matter.enums';

/** 申请材料: one material a matter requires, and how it may be spared. */
@ObjectType({ description: 'A material a matter requires (申请材料), and how it may be spared' })
export class ServiceMaterial {
  @Field(() => String, { description: 'Unique within the matter, e.g. PREMISES' })
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Boolean, {
    description: '容缺: may be supplied after acceptance, by a promised date',
  })
  deferrable!: boolean;

  @Field(() => Boolean, {
    description: '告知承诺: may be replaced by a signed commitment, verified later',
  })
  replaceableByCommitment!: boolean;

  @Field(() => Boolean, {
    description: '免证: looked up from shared data (电子证照) under 免证办, never asked for',
  })
  certificateFree!: boolean;
}

/** 政务服务事项: a matter of the published list (事项清单); no approval outside it (十不准). */
@ObjectType({ description: 'A matter of the published service list (政务服务事项清单)' })
@Entity({ name: 'service_matter' })
export class ServiceMatter {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Field(() => String, { description: '事项编码, unique' })
  @Column('text')
  code!: string;

  @Field(() => String)
  @Column('text')
  name!: string;

  @Field(() => String, { description: 'The owning department, by code' })
  @Column('text', { name: 'department_code' })
  departmentCode!: string;

  @Field(() => Int, { description: '法定办结时限, working days' })
  @Column('integer', { name: 'legal_days' })
  legalDays!: number;

  @Field(() => Int, { description: '承诺办结时限, working days: the clock an application runs on' })
  @Column('integer', { name: 'promised_days' })
  promisedDays!: number;

  @Field(() => [ServiceMaterial])
  @Column('jsonb')
  materials!: ServiceMaterial[];

  @Field(() => [ServiceMode])
  @Column('text', { array: true })
  modes!: ServiceMode[];

  @Field(() => [ServiceChannel], { description: 'Where it can be applied for' })
  @Column('text', { array: true })
  channels!: ServiceChannel[];

  @Field(() => Boolean, { description: '高频事项' })
  @Column('boolean', { name: 'high_frequency' })
  highFrequency!: boolean;

  @Field(() => Boolean, {
    description: 'In the published list; a withdrawn matter takes no applications',
  })
  @Column('boolean')
  listed!: boolean;

  @Field(() => Boolean, { description: 'Invented for the sample data, not an official entry' })
  @Column('boolean')
  sample!: boolean;

  @Field(() => Int, { description: 'Raised by every change; each version is kept' })
  @Column('integer')
  version!: number;

  @Field(() => Date)
  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;

  @Field(() => String)
  @Column('text', { name: 'updated_by' })
  updatedBy!: string;
}

/** One version of a matter as it was saved: the catalogue's history (清单动态调整留痕). */
@ObjectType({ description: 'A matter as one change left it' })
@Entity({ name: 'service_matter_version' })
export class ServiceMatterVersion {
  @PrimaryColumn('uuid', { name: 'matter_id' })
  matterId!: string;

  @Field(() => Int)
  @PrimaryColumn('integer')
  version!: number;

  /** The whole matter as saved; exposed field by field through `name`, `promisedDays`, … */
  @Column('jsonb')
  snapshot!: Omit<ServiceMatter, 'updatedAt'> & { updatedAt: string };

  @Field(() => Date)
  @Column('timestamptz', { name: 'changed_at' })
  changedAt!: Date;

  @Field(() => String)
  @Column('text', { name: 'changed_by' })
  changedBy!: string;

  @Field(() => String, { nullable: true, description: 'Why it changed' })
  @Column('text', { nullable: true })
  reason!: string | null;
}
