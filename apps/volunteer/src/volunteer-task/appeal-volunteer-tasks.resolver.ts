import { requireUser } from '@erqi/shared/util-auth';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { VolunteerContext } from '../context';
import { VolunteerTask } from './volunteer-task.entity';
import { Appeal } from '../appeal/appeal.entity';

@Resolver(() => Appeal)
export class AppealVolunteerTasksResolver {
  @FieldResolver(() => [VolunteerTask], {
    description:
      "The tasks (志愿任务) volunteer teams took on for this appeal, oldest first: the caller's team's for a team lead or member, all for supervisors and admins, none for others",
  })
  volunteerTasks(
    @Root() appeal: Appeal,
    @Ctx() context: VolunteerContext,
  ): Promise<VolunteerTask[]> {
    requireUser(context.caller);
    return context.loaders.tasksByAppeal.load(appeal.id);
  }
}
