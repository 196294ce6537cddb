import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** 企业规模: the national SME classification (《中小企业划型标准规定》, 工信部联企业〔2011〕300号). */
export enum SizeClass {
  LARGE = 'LARGE',
  MEDIUM = 'MEDIUM',
  SMALL = 'SMALL',
  MICRO = 'MICRO',
}
registerEnumType(SizeClass, {
  name: 'SizeClass',
  description: 'LARGE 大型, MEDIUM 中型, SMALL 小型, MICRO 微型 (the national SME classification)',
});

/** 企业画像: what 二七帮 policy matching needs to know of an enterprise. */
@ObjectType({ description: 'What policy and financing matching know of an enterprise (企业画像)' })
@Entity({ name: 'enterprise_profile' })
export class EnterpriseProfile {
  @Field(() => ID)
  @PrimaryColumn('uuid', { name: 'enterprise_id' })
  enterpriseId!: string;

  @Field(() => String, { description: 'GB/T 4754-2017 section (门类), a letter A–T' })
  @Column('text', { name: 'industry_section' })
  industrySection!: string;

  @Field(() => String, { description: 'GB/T 4754-2017 class (小类), four digits, e.g. 5443' })
  @Column('text', { name: 'industry_class' })
  industryClass!: string;

  @Field(() => SizeClass)
  @Column('text', { name: 'size_class' })
  sizeClass!: SizeClass;

  @Field(() => String, { description: 'Date founded (成立日期), YYYY-MM-DD' })
  @Column('date', { name: 'founded_on' })
  foundedOn!: string;

  @Field(() => Boolean, { description: '高新技术企业 (recognised high-tech enterprise)' })
  @Column('boolean', { name: 'high_tech' })
  highTech!: boolean;

  @Field(() => Boolean, {
    description: '专精特新 (specialised, refined, distinctive and novel SME)',
  })
  @Column('boolean', { name: 'specialised_new' })
  specialisedNew!: boolean;

  @Field(() => Date)
  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;

  @Field(() => String, { description: 'Who changed it last, e.g. ENTERPRISE:八方顺亿 企业联络员' })
  @Column('text', { name: 'updated_by' })
  updatedBy!: string;
}
