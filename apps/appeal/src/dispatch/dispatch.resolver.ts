import { Role, requireRole } from '@erqi/shared/util-auth';
import { Forbidden } from '@erqi/shared/util-errors';
import { Args, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import { Appeal } from '../appeal/appeal.entity';
import type { AppealContext } from '../context';
import { Department } from '../department/department.entity';
import { VolunteerTeam } from '../volunteer-team/volunteer-team.entity';
import { AppealDispatch } from './appeal-dispatch.entity';
import { DispatchTargetKind } from './dispatch.enums';
import { AcknowledgeDispatchArgs } from './dispatch.input';

@Resolver(() => AppealDispatch)
export class DispatchResolver {
  @Mutation(() => Appeal, {
    description:
      'A department reports in (报到) on an appeal dispatched to it: staff of that department or an admin (else FORBIDDEN); CONFLICT if it already did, NOT_FOUND if it was not dispatched',
  })
  acknowledgeDispatch(
    @Args(() => AcknowledgeDispatchArgs) { appealId, departmentCode }: AcknowledgeDispatchArgs,
    @Ctx() context: AppealContext,
  ): Promise<Appeal> {
    const user = requireRole(
      context.caller,
      [Role.DEPARTMENT_STAFF, Role.ADMIN],
      'report in on a dispatch',
    );
    if (user.role === Role.DEPARTMENT_STAFF && user.departmentCode !== departmentCode)
      throw new Forbidden('Only staff of the department itself may report in for it');
    return context.dispatches.acknowledge(appealId, departmentCode);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      'Working minutes (工作时间) left before acknowledgeBy, counted now as the deadline was (weekends and holidays do not count): 剩余 3 小时 20 分（工作时间）. 0 once passed; null once reported in, and for volunteer teams',
  })
  acknowledgeWorkingMinutesLeft(
    @Root() dispatch: AppealDispatch,
    @Ctx() context: AppealContext,
  ): number | null {
    return context.dispatches.acknowledgeWorkingMinutesLeft(dispatch);
  }

  @FieldResolver(() => Department, {
    nullable: true,
    description: 'The department, for a dispatch to one',
  })
  department(@Root() dispatch: AppealDispatch): Department | null {
    return dispatch.targetKind === DispatchTargetKind.DEPARTMENT ? { id: dispatch.targetId } : null;
  }

  @FieldResolver(() => VolunteerTeam, {
    nullable: true,
    description: 'The volunteer team, for a dispatch to one',
  })
  volunteerTeam(@Root() dispatch: AppealDispatch): VolunteerTeam | null {
    return dispatch.targetKind === DispatchTargetKind.VOLUNTEER_TEAM
      ? { id: dispatch.targetId }
      : null;
  }
}
