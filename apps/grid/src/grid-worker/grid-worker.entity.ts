import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** 网格员: the person who looks after the enterprises and residents of their cells. */
@ObjectType({ description: 'A grid worker (网格员)' })
@Entity({ name: 'grid_worker' })
export class GridWorker {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Field(() => String)
  @Column('text')
  name!: string;

  /** Exposed through `GridWorkerResolver.phone`, masked for anonymous callers. */
  @Column('text')
  phone!: string;
}

/** Which worker looks after which cell; a worker may have several cells and a cell several workers. */
@Entity({ name: 'grid_worker_assignment' })
@Index(['gridCellId'])
export class GridWorkerAssignment {
  @PrimaryColumn('uuid', { name: 'grid_worker_id' })
  gridWorkerId!: string;

  @PrimaryColumn('uuid', { name: 'grid_cell_id' })
  gridCellId!: string;
}
