import { PHOTOS_PATH } from '@erqi/appeal/util-contract';
import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** 照片: a photo of the problem, uploaded on its own and attached to the appeal it was filed with. */
@ObjectType({ description: 'A photo of an appeal (照片); its bytes are at `url` on the gateway' })
@Entity({ name: 'appeal_photo' })
export class AppealPhoto {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Field(() => String, { description: 'image/jpeg, image/png or image/webp' })
  @Column('text', { name: 'content_type' })
  contentType!: string;

  @Field(() => Int, { description: 'Its size in bytes' })
  @Column('int')
  bytes!: number;

  @Field(() => GraphQLDateTime)
  @Column('timestamptz', { name: 'uploaded_at' })
  uploadedAt!: Date;

  /** The token subject of whoever uploaded it: the only one who may use or see it until it is attached. */
  @Column('text', { name: 'uploader_subject' })
  uploaderSubject!: string;

  /** Null until a submission attaches it. */
  @Column('uuid', { name: 'appeal_id', nullable: true })
  appealId!: string | null;

  /** Its place among the appeal's photos, as the submission listed them. */
  @Column('smallint', { nullable: true })
  position!: number | null;

  /** The image itself: read only when served, never with a list. */
  @Column('bytea', { select: false })
  content!: Buffer;

  @Field(() => String, {
    description: 'Where the bytes are (GET with the same Authorization as /graphql)',
  })
  get url(): string {
    return `${PHOTOS_PATH}/${this.id}`;
  }
}
