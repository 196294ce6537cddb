import type { Role } from '@erqi/shared/util-auth';
import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * An Open311 API key: the credential an outside client (FixMyStreet and the like) files with, bound
 * to one identity of ours as the token system knows it (a role, a subject and the scope claims the
 * filing rules read). Only the SHA-256 of the key is kept: the key itself is shown once, on issue.
 */
@ObjectType({ description: 'An Open311 API key (its secret is never shown again after issue)' })
@Entity({ name: 'open311_api_key' })
export class Open311ApiKey {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  /** Hex SHA-256 of the key; the key has 256 random bits, so no salt or slow hash is needed. */
  @Column('text', { name: 'key_hash' })
  keyHash!: string;

  @Field(() => String, { description: 'Who the key is for, e.g. "FixMyStreet 二七"' })
  @Column('text')
  label!: string;

  @Field(() => String, { description: 'The role the key acts as, e.g. ENTERPRISE' })
  @Column('text')
  role!: Role;

  @Field(() => String, { description: 'The subject (token `sub`) the key acts as' })
  @Column('text')
  subject!: string;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  name!: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'ENTERPRISE, EXPERIENCE_OFFICER: its enterprise',
  })
  @Column('uuid', { name: 'enterprise_id', nullable: true })
  enterpriseId!: string | null;

  @Field(() => [ID], { description: 'GRID_WORKER: its cells' })
  @Column('uuid', { name: 'grid_cell_ids', array: true, default: () => `'{}'` })
  gridCellIds!: string[];

  @Field(() => String, { description: 'Who issued it (token subject of the ADMIN)' })
  @Column('text', { name: 'issued_by' })
  issuedBy!: string;

  @Field(() => GraphQLDateTime)
  @Column('timestamptz', { name: 'issued_at' })
  issuedAt!: Date;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'Null while the key works' })
  @Column('timestamptz', { name: 'revoked_at', nullable: true })
  revokedAt!: Date | null;
}

@ObjectType({ description: 'A key just issued: the only time its secret is shown' })
export class IssuedOpen311ApiKey {
  @Field(() => String, { description: 'The secret, to pass as `api_key`; never shown again' })
  key!: string;

  @Field(() => Open311ApiKey)
  apiKey!: Open311ApiKey;
}
