import { Field, Int, ObjectType } from 'type-graphql';

/** 政企码: what officials scan on entering an enterprise. Visible to the enterprise itself and to ADMIN only. */
@ObjectType({
  description:
    "政企码: an enterprise's current code, scanned by every official who comes to inspect",
})
export class EnterpriseCode {
  /** Whose code this is; not a field, the QR image and the value say it. */
  enterpriseId!: string;

  @Field(() => String, { description: 'The signed code itself, as encoded in the QR image' })
  value!: string;

  @Field(() => Int, {
    description: 'Goes up by one on every rotation; only the latest version is accepted',
  })
  version!: number;

  @Field(() => Date)
  issuedAt!: Date;
}
