import { Ctx, Field, FieldResolver, Int, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { requireRole, Role } from '@erqi/shared/util-auth';
import { Appeal } from '../appeal/appeal.entity';
import type { AppealContext } from '../context';
import { AppealEscalation } from './appeal-escalation.entity';

@ObjectType({ description: 'What one 督办 scan did' })
export class EscalationScanResult {
  @Field(() => Int, { description: 'Appeal deadlines this scan escalated' })
  appealEscalations!: number;

  @Field(() => Int, { description: 'Ledger findings this scan escalated' })
  findingEscalations!: number;

  @Field(() => Int, { description: 'Appeals no longer behind, whose overdue mark was cleared' })
  cleared!: number;
}

@Resolver(() => Appeal)
export class EscalationResolver {
  @FieldResolver(() => Boolean, {
    description:
      'A deadline it still waits on has passed (督办); cleared when it catches up or gets a new deadline',
  })
  overdue(@Root() appeal: Appeal, @Ctx() context: AppealContext): Promise<boolean> {
    return context.loaders.overdueByAppeal.load(appeal.id);
  }

  @FieldResolver(() => [AppealEscalation], {
    description: 'Every deadline of this appeal that passed (督办), oldest first; each once',
  })
  escalations(@Root() appeal: Appeal, @Ctx() context: AppealContext): Promise<AppealEscalation[]> {
    return context.loaders.escalationsByAppeal.load(appeal.id);
  }

  @Mutation(() => EscalationScanResult, {
    description: 'ADMIN: runs the 督办 watcher’s scan now instead of waiting for the next one',
  })
  async runEscalationScan(@Ctx() context: AppealContext): Promise<EscalationScanResult> {
    requireRole(context.caller, [Role.ADMIN], 'run the 督办 scan');
    return context.escalationWatcher.scanOnce();
  }
}
