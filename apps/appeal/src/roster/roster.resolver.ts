import { Connection } from '@erqi/shared/data-access-pagination';
import { Args, Ctx, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { AppealContext } from '../context';
import { Adviser } from './adviser.entity';
import { ExperienceOfficer } from './experience-officer.entity';
import { visiblePhone } from './roster-access';
import { RosterArgs, SupervisorsArgs } from './roster.input';
import { Supervisor } from './supervisor.entity';

@ObjectType()
export class SupervisorConnection extends Connection(Supervisor) {}
@ObjectType()
export class ExperienceOfficerConnection extends Connection(ExperienceOfficer) {}
@ObjectType()
export class AdviserConnection extends Connection(Adviser) {}

const PHONE = {
  nullable: true,
  description:
    'Personal data, need-to-know: ADMIN and the member themself in full, LEADER and DISCIPLINE_OFFICER masked, others null',
};

@Resolver(() => Supervisor)
export class SupervisorResolver {
  @Query(() => SupervisorConnection, { description: '监督员, by name; any signed-in person' })
  supervisors(
    @Args(() => SupervisorsArgs) args: SupervisorsArgs,
    @Ctx() context: AppealContext,
  ): Promise<SupervisorConnection> {
    return context.rosters.supervisors(context.caller, args);
  }

  @FieldResolver(() => String, PHONE)
  phone(@Root() member: Supervisor, @Ctx() context: AppealContext): string | null {
    return visiblePhone(context.caller, member);
  }
}

@Resolver(() => ExperienceOfficer)
export class ExperienceOfficerResolver {
  @Query(() => ExperienceOfficerConnection, {
    description: '体验官, by name; any signed-in person',
  })
  experienceOfficers(
    @Args(() => RosterArgs) args: RosterArgs,
    @Ctx() context: AppealContext,
  ): Promise<ExperienceOfficerConnection> {
    return context.rosters.experienceOfficers(context.caller, args);
  }

  @FieldResolver(() => String, PHONE)
  phone(@Root() member: ExperienceOfficer, @Ctx() context: AppealContext): string | null {
    return visiblePhone(context.caller, member);
  }
}

@Resolver(() => Adviser)
export class AdviserResolver {
  @Query(() => AdviserConnection, { description: '顾问团, by name; any signed-in person' })
  advisers(
    @Args(() => RosterArgs) args: RosterArgs,
    @Ctx() context: AppealContext,
  ): Promise<AdviserConnection> {
    return context.rosters.advisers(context.caller, args);
  }

  @FieldResolver(() => String, PHONE)
  phone(@Root() member: Adviser, @Ctx() context: AppealContext): string | null {
    return visiblePhone(context.caller, member);
  }
}
