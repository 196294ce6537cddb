import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Appeal } from '../appeal/appeal.entity';
import type { AppealContext } from '../context';
import { AppealPhoto } from './appeal-photo.entity';

@Resolver(() => Appeal)
export class AppealPhotoResolver {
  @FieldResolver(() => [AppealPhoto], {
    description: 'The photos filed with it (照片), at most 6, in the order they were listed',
  })
  photos(@Root() appeal: Appeal, @Ctx() context: AppealContext): Promise<AppealPhoto[]> {
    return context.loaders.photosByAppeal.load(appeal.id);
  }
}
