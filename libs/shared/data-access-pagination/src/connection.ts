import { ArgsType, type ClassType, Directive, Field, Int, ObjectType } from 'type-graphql';
import { Max, Min } from 'class-validator';

/** Page size when the caller does not say. */
export const DEFAULT_PAGE_SIZE = 20;
/** The largest page one request may ask for. */
export const MAX_PAGE_SIZE = 100;

@Directive('@shareable')
@ObjectType({ description: 'Where a page ends and whether another follows' })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page' })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    defaultValue: DEFAULT_PAGE_SIZE,
    description: `How many, 1 to ${MAX_PAGE_SIZE}`,
  })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number = DEFAULT_PAGE_SIZE;

  @Field(() => String, { nullable: true, description: "The previous page's endCursor" })
  after?: string | null;
}

export interface Page<TNode> {
  nodes: TNode[];
  pageInfo: PageInfo;
  /** A number, or (from `keysetPage`) the count still to come: run only when an operation asks for it. */
  totalCount: number | Promise<number>;
}

/** Makes a `<Name>Connection` object type whose `nodes` are of `nodeType`. */
export function Connection<TNode extends object>(
  nodeType: ClassType<TNode>,
): ClassType<Page<TNode>> {
  @ObjectType()
  abstract class ConnectionType implements Page<TNode> {
    @Field(() => [nodeType])
    nodes!: TNode[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many match the filter, over all pages' })
    totalCount!: number | Promise<number>;
  }
  return ConnectionType as unknown as ClassType<Page<TNode>>;
}
