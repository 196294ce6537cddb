import { maskPhone, Role } from '@erqi/shared/util-auth';
import { NotFound } from '@erqi/shared/util-errors';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Appeal } from '../appeal/appeal.entity';
import type { VolunteerContext } from '../context';
import { VolunteerTeam } from '../volunteer-team/volunteer-team.entity';
import { VolunteerTask } from './volunteer-task.entity';
import { Volunteer } from '../volunteer/volunteer.entity';
import {
  AcceptVolunteerTaskArgs,
  CompleteVolunteerTaskArgs,
  UpdateVolunteerTaskStatusArgs,
} from './volunteer-task.input';

@Resolver(() => VolunteerTask)
export class VolunteerTaskResolver {
  @Query(() => VolunteerTask, {
    description:
      "One volunteer task by id, for its team's members and lead, supervisors and admins (FORBIDDEN for others); NOT_FOUND if there is none",
  })
  volunteerTask(
    @Arg('id', () => ID) id: string,
    @Ctx() context: VolunteerContext,
  ): Promise<VolunteerTask> {
    return context.tasks.get(context.caller, id);
  }

  @Mutation(() => VolunteerTask, {
    description:
      "The lead's shortcut: moves a task to IN_PROGRESS (from OPEN, no member named, or from ACCEPTED) or DONE (from IN_PROGRESS, no note), by the team's lead or an admin (FORBIDDEN for others). A member's own steps are acceptVolunteerTask, startVolunteerTask and completeVolunteerTask; ACCEPTED here is BAD_USER_INPUT (it needs a member). NOT_FOUND for an unknown id; CONFLICT (with currentStatus) for any other move",
  })
  updateVolunteerTaskStatus(
    @Args(() => UpdateVolunteerTaskStatusArgs) { id, status }: UpdateVolunteerTaskStatusArgs,
    @Ctx() context: VolunteerContext,
  ): Promise<VolunteerTask> {
    return context.tasks.updateStatus(context.caller, id, status);
  }

  @Mutation(() => VolunteerTask, {
    description:
      "认领: a member takes an OPEN task on. A VOLUNTEER of the task's team for itself (volunteerId omitted or its own); the team's lead or an admin names the member (BAD_USER_INPUT volunteerId when it names none, or one not of the team; NOT_FOUND for an unknown one). FORBIDDEN for others; CONFLICT (with currentStatus) unless OPEN",
  })
  acceptVolunteerTask(
    @Args(() => AcceptVolunteerTaskArgs) { id, volunteerId }: AcceptVolunteerTaskArgs,
    @Ctx() context: VolunteerContext,
  ): Promise<VolunteerTask> {
    return context.taskSteps.accept(context.caller, id, volunteerId);
  }

  @Mutation(() => VolunteerTask, {
    description:
      "Starts an ACCEPTED task: the volunteer who accepted it, its team's lead or an admin (FORBIDDEN for others); CONFLICT (with currentStatus) unless ACCEPTED",
  })
  startVolunteerTask(
    @Arg('id', () => ID) id: string,
    @Ctx() context: VolunteerContext,
  ): Promise<VolunteerTask> {
    return context.taskSteps.start(context.caller, id);
  }

  @Mutation(() => VolunteerTask, {
    description:
      'Completes a task IN_PROGRESS with a note of what was done (1..500 visible characters, else BAD_USER_INPUT note and nothing written): the volunteer who accepted it, its lead or an admin; CONFLICT (with currentStatus) unless IN_PROGRESS',
  })
  completeVolunteerTask(
    @Args(() => CompleteVolunteerTaskArgs) { id, note }: CompleteVolunteerTaskArgs,
    @Ctx() context: VolunteerContext,
  ): Promise<VolunteerTask> {
    return context.taskSteps.complete(context.caller, id, note);
  }

  @FieldResolver(() => Volunteer, {
    nullable: true,
    description:
      'The member who accepted it (认领人); null while nobody has. A VOLUNTEER sees a teammate by name, the phone masked',
  })
  async acceptedBy(
    @Root() task: VolunteerTask,
    @Ctx() context: VolunteerContext,
  ): Promise<Volunteer | null> {
    if (!task.acceptedById) return null;
    const volunteer = await context.loaders.volunteer.load(task.acceptedById);
    if (!volunteer) return null;
    // Reading the task opens the member's name to its teammates, not their phone (docs/ACCESS.md).
    const { caller } = context;
    const teammate =
      caller.kind === 'user' &&
      caller.role === Role.VOLUNTEER &&
      caller.volunteerId !== volunteer.id;
    return teammate ? { ...volunteer, phone: maskPhone(volunteer.phone) } : volunteer;
  }

  @FieldResolver(() => VolunteerTeam)
  async team(
    @Root() task: VolunteerTask,
    @Ctx() context: VolunteerContext,
  ): Promise<VolunteerTeam> {
    const team = await context.loaders.volunteerTeam.load(task.teamId);
    if (!team) throw new NotFound('VolunteerTeam', task.teamId, 'teamId');
    return team;
  }

  @FieldResolver(() => Appeal, { description: 'The appeal the task came from' })
  appeal(@Root() task: VolunteerTask): Appeal {
    return { id: task.appealId };
  }
}
