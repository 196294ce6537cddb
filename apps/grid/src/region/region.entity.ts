import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export enum RegionLevel {
  /** 区 */
  DISTRICT = 'DISTRICT',
  /** 街道 */
  STREET = 'STREET',
  /** 社区 */
  COMMUNITY = 'COMMUNITY',
}
registerEnumType(RegionLevel, {
  name: 'RegionLevel',
  description: 'District (区), subdistrict (街道) or community (社区)',
});

/** An administrative area: 二七区 → 侯寨街道 → 八卦庙社区. */
@ObjectType({
  description: 'An administrative area: district, subdistrict (street office) or community',
})
@Entity({ name: 'region' })
export class Region {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Field(() => String, { description: 'Administrative division code, e.g. 410103 for 二七区' })
  @Index({ unique: true })
  @Column('text')
  code!: string;

  @Field(() => String)
  @Column('text')
  name!: string;

  @Field(() => RegionLevel)
  @Column('text')
  level!: RegionLevel;

  @Column('uuid', { name: 'parent_id', nullable: true })
  parentId!: string | null;
}
