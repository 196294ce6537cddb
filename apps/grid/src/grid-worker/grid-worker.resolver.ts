import { maskPhone } from '@erqi/shared/util-auth';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GridContext } from '../context';
import { GridWorker } from './grid-worker.entity';

@Resolver(() => GridWorker)
export class GridWorkerResolver {
  /** Anyone may see who looks after a cell; only a signed-in user gets the number to call (docs/ACCESS.md). */
  @FieldResolver(() => String, {
    description: 'Work phone; masked (138****0001) unless the caller is signed in',
  })
  phone(@Root() worker: GridWorker, @Ctx() context: GridContext): string {
    return context.caller.kind === 'user' ? worker.phone : maskPhone(worker.phone);
  }
}
